package org.jixiao.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorCodeTest {

    @Test
    void readsItsParts() {
        IndicatorCode code = new IndicatorCode(" 1-3-2 ");

        assertThat(code.value()).isEqualTo("1-3-2");
        assertThat(code.parts()).containsExactly(1, 3, 2);
        assertThat(code.depth()).isEqualTo(3);
        assertThat(code.leadingNumber()).isEqualTo(1);
    }

    @Test
    void knowsItsChildren() {
        IndicatorCode parent = new IndicatorCode("1-3");

        assertThat(parent.isParentOf(new IndicatorCode("1-3-2"))).isTrue();
        assertThat(parent.isParentOf(new IndicatorCode("1-4-1"))).isFalse();
        assertThat(parent.isParentOf(new IndicatorCode("1-3-2-1"))).isFalse();
        assertThat(new IndicatorCode("1-1").isParentOf(new IndicatorCode("1-10-1"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-", "一-1", "1—3", "1.3", "1-2-3-4-5"})
    void rejectsMalformedCodes(String text) {
        assertThat(IndicatorCode.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorCode(text)).withMessageContaining("1-3-2");
    }

    @Test
    void acceptsCodesAsTablesWriteThem() {
        assertThat(IndicatorCode.isValid("7-1")).isTrue();
        assertThat(IndicatorCode.isValid("1-17")).isTrue();
        assertThat(IndicatorCode.isValid(null)).isFalse();
    }
}
