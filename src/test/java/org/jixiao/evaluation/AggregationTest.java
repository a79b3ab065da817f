package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.evaluation.Scenarios.decimals;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregationTest {

    private static final Rounding HUNDREDTHS = Rounding.HUNDREDTHS;

    @Test
    void meanCountsEveryScoreAndRoundsHalfUp() {
        PanelOutcome mean = Aggregation.MEAN.aggregate(decimals("3", "3", "4"), HUNDREDTHS);
        assertThat(mean.value()).isEqualByComparingTo("3.33");
        assertThat(mean.dropped()).isEmpty();
        assertThat(Aggregation.MEAN.aggregate(decimals("1", "2", "2"), HUNDREDTHS).value()).isEqualByComparingTo("1.67");
    }

    @Test
    void trimmedMeanDropsExactlyOneHighestAndOneLowestEvenWhenTied() {
        PanelOutcome trimmed = Aggregation.TRIMMED_MEAN.aggregate(decimals("5", "1", "5", "1", "3"), HUNDREDTHS);
        assertThat(trimmed.dropped()).containsExactly(0, 1);
        assertThat(trimmed.counted()).isEqualTo(3);
        assertThat(trimmed.value()).isEqualByComparingTo("3.00");
    }

    @Test
    void trimmedMeanOfEqualScoresDropsTwoOfThem() {
        PanelOutcome trimmed = Aggregation.TRIMMED_MEAN.aggregate(decimals("4", "4", "4"), HUNDREDTHS);
        assertThat(trimmed.dropped()).containsExactly(0, 1);
        assertThat(trimmed.value()).isEqualByComparingTo("4");
    }

    @Test
    void trimmedMeanWithFewerThanThreeScoresFallsBackToTheMean() {
        PanelOutcome two = Aggregation.TRIMMED_MEAN.aggregate(decimals("2", "3"), HUNDREDTHS);
        assertThat(two.applied()).isEqualTo(Aggregation.MEAN);
        assertThat(two.dropped()).isEmpty();
        assertThat(two.value()).isEqualByComparingTo("2.50");
        assertThat(Aggregation.TRIMMED_MEAN.aggregate(decimals("1.5"), HUNDREDTHS).value()).isEqualByComparingTo("1.5");
    }

    @Test
    void medianTakesTheMiddleScoreOfAnOddPanel() {
        PanelOutcome median = Aggregation.MEDIAN.aggregate(decimals("9", "1", "5"), HUNDREDTHS);
        assertThat(median.value()).isEqualByComparingTo("5");
        assertThat(median.dropped()).containsExactly(0, 1);
    }

    @Test
    void medianOfAnEvenPanelIsTheMeanOfTheTwoMiddleScores() {
        PanelOutcome median = Aggregation.MEDIAN.aggregate(decimals("1", "4", "2", "9"), HUNDREDTHS);
        assertThat(median.value()).isEqualByComparingTo("3.00");
        assertThat(median.counted()).isEqualTo(2);
        assertThat(median.dropped()).containsExactly(0, 3);
    }

    @Test
    void medianWithTiesKeepsTheOrderOfEntry() {
        PanelOutcome median = Aggregation.MEDIAN.aggregate(decimals("2", "2", "2"), HUNDREDTHS);
        assertThat(median.dropped()).containsExactly(0, 2);
        assertThat(median.value()).isEqualByComparingTo("2");
    }

    @Test
    void roundsWithTheConfiguredScaleAndMode() {
        Rounding down = new Rounding(1, RoundingMode.DOWN);
        assertThat(Aggregation.MEAN.aggregate(decimals("1", "1", "2"), down).value()).isEqualTo(Scenarios.dec("1.3"));
    }

    @Test
    void refusesAnEmptyPanelWithAMessageInsteadOfDividingByZero() {
        for (Aggregation aggregation : Aggregation.values()) {
            assertThatThrownBy(() -> aggregation.aggregate(List.of(), HUNDREDTHS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("未评分");
        }
    }
}
