package org.jixiao.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.web.Refused;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTenCharactersOfThreeClassesWithoutTheUsername() {
        assertThat(PasswordPolicy.problems("Quanzhou2025", "kjj")).isEmpty();
        assertThat(PasswordPolicy.problems("quanzhou#2025", "kjj")).isEmpty();
        assertThat(PasswordPolicy.problems("QUANZHOU#zz", "kjj")).isEmpty();
    }

    @Test
    void refusesAShortPasswordSayingHowLongItIs() {
        assertThat(PasswordPolicy.problems("Qz#2025ab", "kjj")).containsExactly("长度至少 10 个字符（现为 9 个）");
    }

    @Test
    void refusesTwoClassesNamingTheClassesThatCouldBeAdded() {
        assertThat(PasswordPolicy.problems("quanzhou2025", "kjj"))
                .containsExactly("须包含大写字母、小写字母、数字、符号中的至少 3 类（现有 2 类，可加入大写字母或符号）");
    }

    @Test
    void refusesAPasswordContainingTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.problems("Kjj-Leader#2025", "kjj-leader")).containsExactly("不能包含用户名");
    }

    @Test
    void acceptsChineseCharactersButCountsOnlyAsciiSymbolsAndLimitsTheBytesBCryptReads() {
        assertThat(PasswordPolicy.problems("泉州Quanzhou1", "kjj")).isEmpty();
        assertThat(PasswordPolicy.problems("泉州quanzhou1", "kjj"))
                .containsExactly("须包含大写字母、小写字母、数字、符号中的至少 3 类（现有 2 类，可加入大写字母或符号）");
        assertThat(PasswordPolicy.problems("泉".repeat(25) + "Aa1", "kjj"))
                .containsExactly("长度不能超过 72 个字节（字母、数字、符号各占 1 个，汉字占 3 个）");
    }

    @Test
    void listsEveryProblemAtOnce() {
        assertThat(PasswordPolicy.problems("kjj", "kjj")).hasSize(3);
    }

    @Test
    void requireRefusesWithAStableCodeAndTheWholeReason() {
        assertThatThrownBy(() -> PasswordPolicy.require("abc", "kjj"))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("PASSWORD_POLICY");
                    assertThat(refused.kind()).isEqualTo(Refused.Kind.INVALID);
                    assertThat(refused.getMessage()).startsWith("密码不符合要求：长度至少 10 个字符");
                });
    }
}
