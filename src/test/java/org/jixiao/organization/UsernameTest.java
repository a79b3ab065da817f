package org.jixiao.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.web.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"sw", "kjj", "kjj-leader", "rater_1", "zhang.san", "ABC123"})
    void acceptsLettersDigitsDotUnderscoreAndHyphen(String name) {
        assertThat(new Username(name).value()).isEqualTo(name);
    }

    @Test
    void acceptsSixtyFourCharactersButNotSixtyFive() {
        assertThat(new Username("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new Username("a".repeat(65))).isInstanceOf(Refused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "张三", "kjj leader", "kjj@quanzhou", "kjj/1", " kjj"})
    void refusesOtherCharactersAndFewerThanThree(String name) {
        assertThatThrownBy(() -> new Username(name))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("USERNAME_INVALID");
                    assertThat(refused.getMessage()).contains("2–64 个字符");
                });
    }
}
