package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.evaluation.Scenarios.dec;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    private static UnitInput withPanel(String id, Integer expected, ScoredItem... items) {
        return new UnitInput(id, id, Scenarios.SERIES, "一组", List.of(items), List.of(), List.of(), dec("90"),
                expected);
    }

    @Test
    void oneScoreOutOfSevenLeavesTheItemPending() {
        UnitResult unit = Scenarios.score(withPanel("a", 7, Scenarios.pending("1-1", 100)
                .withScores(Scenarios.scores("90")))).units().get(0);
        assertThat(unit.pendingItems()).isEqualTo(1);
        assertThat(unit.missing()).containsExactly("1-1（评分 1/7）");
        assertThat(unit.rankInSeries()).isNull();
        assertThat(unit.band()).isNull();
    }

    @Test
    void allExpectedScoresCompleteTheItem() {
        UnitResult unit = Scenarios.score(withPanel("a", 3, Scenarios.pending("1-1", 100)
                .withScores(Scenarios.scores("90", "80", "85")))).units().get(0);
        assertThat(unit.isComplete()).isTrue();
        assertThat(unit.rankInSeries()).isEqualTo(1);
        assertThat(unit.stateLabel()).isEqualTo("完成");
    }

    @Test
    void aTierCompletesAnItemNobodyScores() {
        UnitResult unit = Scenarios.score(withPanel("a", 7, Scenarios.item("1-1", 100, 1))).units().get(0);
        assertThat(unit.isComplete()).isTrue();
    }

    @Test
    void aMissingAppraisalLeavesTheUnitPendingWithoutBand() {
        UnitResult unit = Scenarios.score(new UnitInput("a", "a", Scenarios.SERIES, "一组",
                List.of(Scenarios.item("1-1", 100, 1)), List.of(), List.of(), null)).units().get(0);
        assertThat(unit.missing()).containsExactly("公众评议得分");
        assertThat(unit.band()).isNull();
    }

    @Test
    void unscorableUnitsStayInTheResultsAndCountInTheQuota() {
        RatingBands shares = new RatingBands.RankShares(List.of(new RatingBands.Share("优秀", dec("0.5")),
                new RatingBands.Share("一般", null)));
        // 1 scored unit + 1 unscorable: 50% of 2 is 1 place, not 50% of 1 (0 places)
        Results results = ScoringEngine.score(new Scenario(ScoringSettings.defaults().withBands(shares),
                List.of(withPanel("a", null, Scenarios.item("1-1", 100, 1))),
                List.of(new Unscorable("b", "乙单位", Scenarios.SERIES, "一组", "考评表序号 4-1 重复"))));
        assertThat(results.units().get(0).band()).isEqualTo("优秀");
        assertThat(results.unscorable()).extracting(Unscorable::reason).containsExactly("考评表序号 4-1 重复");
        assertThat(results.counts()).isEqualTo(new Results.Counts(1, 0, 1));
    }

    @Test
    void theTrimMinimumIsConfigurable() {
        ScoredItem fourScores = Scenarios.pending("1-1", 100).withScores(Scenarios.scores("60", "80", "90", "100"));
        Scenario trimFrom5 = new Scenario(ScoringSettings.defaults().withTrimMinimum(5),
                List.of(withPanel("a", null, fourScores)));
        assertThat(ScoringEngine.score(trimFrom5).units().get(0).items().get(0).score()).isEqualTo(dec("82.50"));
        assertThat(Scenarios.score(withPanel("a", null, fourScores)).units().get(0).items().get(0).score())
                .isEqualTo(dec("85.00"));
    }
}
