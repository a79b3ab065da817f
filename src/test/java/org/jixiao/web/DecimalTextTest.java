package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"4", " 1.5 ", "-0.25", "+3", ".5", "2.", "123456789012345.123456", "１２"})
    void readsPlainDecimalsAsPeopleTypeThem(String text) {
        assertThat(DecimalText.parse(text)).isInstanceOf(BigDecimal.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999", "1E3", "abc", "", "-", "1,5", "1234567890123456", "0.1234567", "NaN", "1 000"})
    void refusesNotationsAndSizesNoScoreOrWeightHas(String text) {
        assertThatThrownBy(() -> DecimalText.parse(text)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"１２"})
    void fullWidthDigitsKeepTheirValue(String text) {
        assertThat(DecimalText.parse(text)).isEqualByComparingTo("12");
    }
}
