package org.jixiao.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(Points.of("1.5")).isEqualTo(new Points(new BigDecimal("1.50"))).isEqualTo(Points.of("1.500"));
        assertThat(Points.of(4)).isEqualTo(Points.of("4.0"));
    }

    @Test
    void printsTheShortestPlainForm() {
        assertThat(Points.of("4.00")).hasToString("4");
        assertThat(Points.of("1.50")).hasToString("1.5");
        assertThat(Points.of("0.25")).hasToString("0.25");
        assertThat(Points.of(100)).hasToString("100");
    }

    @Test
    void rejectsNegativePoints() {
        assertThatIllegalArgumentException().isThrownBy(() -> Points.of("-1")).withMessageContaining("负数");
    }

    @Test
    void rejectsMoreThanTwoDecimals() {
        assertThatIllegalArgumentException().isThrownBy(() -> Points.of("1.255")).withMessageContaining("两位小数");
    }

    @Test
    void rejectsTextThatIsNoNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> Points.of("五分")).withMessageContaining("五分");
    }

    @Test
    void sumsDecimalWeightsExactly() {
        assertThat(Points.sum(List.of(Points.of("1.5"), Points.of("1.5"), Points.of("0.1"), Points.of("0.2"))))
                .isEqualTo(Points.of("3.3"));
        assertThat(Points.sum(List.of())).isEqualTo(Points.ZERO);
    }

    @Test
    void differenceIsAlwaysNonNegative() {
        assertThat(Points.of(4).minus(Points.of(5))).isEqualTo(Points.of(1));
        assertThat(Points.of(5).minus(Points.of(4))).isEqualTo(Points.of(1));
    }

    @Test
    void comparesByAmount() {
        assertThat(Points.of(11).exceeds(Points.of(10))).isTrue();
        assertThat(Points.of(10).exceeds(Points.of(10))).isFalse();
        assertThat(Points.ZERO.isZero()).isTrue();
    }
}
