package org.jixiao.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    @Test
    void parsesANumberAsWritten() {
        DocumentNumber number = DocumentNumber.parse("泉委办〔2025〕10号");

        assertThat(number.issuer()).isEqualTo("泉委办");
        assertThat(number.year()).isEqualTo(2025);
        assertThat(number.serial()).isEqualTo("10");
        assertThat(number).hasToString("泉委办〔2025〕10号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"泉委办(2019)25 号", "泉委办（2019）25号", "泉委办[2019]25号", "泉委办 〔2019〕 25 号"})
    void normalizesTheBracketsSeedsUse(String text) {
        assertThat(DocumentNumber.parse(text)).hasToString("泉委办〔2019〕25号");
    }

    @Test
    void findsTheNumberInsideATitle() {
        assertThat(DocumentNumber.find("《泉州半导体高新技术产业园区党工委主要职责内设机构和人员编制规定》(泉委办〔2018〕84号)"))
                .hasValueSatisfying(n -> assertThat(n).hasToString("泉委办〔2018〕84号"));
    }

    @Test
    void findsNothingInATitleWithoutNumber() {
        assertThat(DocumentNumber.find("三定方案")).isEmpty();
        assertThat(DocumentNumber.find(null)).isEmpty();
    }

    @Test
    void rejectsTextThatIsNoNumberSayingHowOneLooks() {
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentNumber.parse("党建2022年工作要点"))
                .withMessageContaining("泉委办〔2025〕10号");
    }

    @Test
    void rejectsImpossibleYears() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DocumentNumber("泉委办", 1800, "1"));
    }
}
