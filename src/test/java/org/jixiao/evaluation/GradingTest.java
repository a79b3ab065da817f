package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.evaluation.Scenarios.dec;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.junit.jupiter.api.Test;

/** Grade schemes, promotion and where an item's score comes from. */
class GradingTest {

    private final GradeScheme coefficients = ScoringSettings.defaults().schemes().get(Scenarios.COEFFICIENTS);

    @Test
    void coefficientTierEarnsWeightTimesCoefficient() {
        assertThat(coefficients.points(dec("1.5"), 2)).isEqualByComparingTo("1.35");
        assertThat(coefficients.points(dec("10"), 4)).isEqualByComparingTo("6");
        assertThat(coefficients.tierName(3)).isEqualTo("一般");
    }

    @Test
    void differentialTierLosesTheDifferentialPerTierBelowTheTop() {
        GradeScheme threeTier = new GradeScheme.Differential(List.of("一档", "二档", "三档"), dec("1.5"));
        assertThat(threeTier.points(dec("4"), 1)).isEqualByComparingTo("4");
        assertThat(threeTier.points(dec("4"), 2)).isEqualByComparingTo("2.5");
        assertThat(threeTier.points(dec("4"), 3)).isEqualByComparingTo("1");
    }

    @Test
    void differentialNeverGoesBelowZero() {
        GradeScheme steep = new GradeScheme.Differential(List.of("一档", "二档", "三档"), dec("3"));
        assertThat(steep.points(dec("4"), 3)).isEqualByComparingTo("0");
    }

    @Test
    void rejectsACoefficientAboveOne() {
        assertThatThrownBy(() -> new Tier("超好", dec("1.1"))).hasMessageContaining("0 到 1");
    }

    @Test
    void eachPromotionRaisesTheTierByOne() {
        ScoredItem item = Scenarios.item("1-1", 10, 4).withTier(4, List.of(Scenarios.pilot("省级试点"),
                Scenarios.media("市级媒体")));
        ItemResult result = Scenarios.score(Scenarios.unit("a", "一组", null, item)).units().get(0).items().get(0);
        assertThat(result.tier().finalTier()).isEqualTo(2);
        assertThat(result.score()).isEqualByComparingTo("9.00");
    }

    @Test
    void promotionNeverRaisesAboveTheTopTier() {
        ScoredItem item = Scenarios.item("1-1", 10, 1).withTier(1, List.of(Scenarios.pilot("国家级试点")));
        ItemResult result = Scenarios.score(Scenarios.unit("a", "一组", null, item)).units().get(0).items().get(0);
        assertThat(result.tier().finalTier()).isEqualTo(1);
        assertThat(result.tier().promotionsWithoutEffect()).isEqualTo(1);
        assertThat(result.score()).isEqualByComparingTo("10");
    }

    @Test
    void anItemWithoutTierOrScoresIsPendingAndCountsZero() {
        UnitResult unit = Scenarios.score(Scenarios.unit("a", "一组", dec("80"),
                Scenarios.pending("1-1", 60), Scenarios.item("1-2", 40, 1))).units().get(0);
        assertThat(unit.items().get(0).source()).isEqualTo(ScoreSource.PENDING);
        assertThat(unit.items().get(0).score()).isEqualByComparingTo("0");
        assertThat(unit.pendingItems()).isEqualTo(1);
        assertThat(unit.tableScore()).isEqualByComparingTo("40");
    }

    @Test
    void rejectsARaterScoreAboveTheWeightWithTheItemAndRaterNamed() {
        assertThatThrownBy(() -> Scenarios.pending("1-3", 2).withScores(Scenarios.scores("2.5")))
                .hasMessage("指标 1-3 的评分 2.5（评分人：考评员1） 超出范围，应在 0 到权重 2 之间");
    }

    @Test
    void rejectsANegativeRaterScore() {
        assertThatThrownBy(() -> new ScoredItem(new IndicatorCode("1-1"), "", Points.of(2), "", null, List.of(),
                List.of(new RaterScore("王五", new BigDecimal("-1"))))).hasMessageContaining("超出范围");
    }

    @Test
    void numbersTiersFromOne() {
        assertThatThrownBy(() -> Scenarios.item("1-1", 2, 0)).hasMessageContaining("从 1（最高档）起编号");
    }
}
