package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.evaluation.Scenarios.dec;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/scoring.md, figure by figure. */
class WorkedExampleTest {

    private final Results results = ScoringEngine.score(Scenarios.workedExample());
    private final UnitResult science = results.unit("keji").orElseThrow();

    @Test
    void scoresEveryItemOfTheScienceBureauAsComputedByHand() {
        assertThat(science.items()).extracting(ItemResult::score)
                .containsExactly(dec("36.60"), dec("27.00"), dec("20.00"), dec("5.00"), dec("3.25"));
    }

    @Test
    void dropsTheFirstEnteredOfTiedHighestAndLowestScores() {
        PanelOutcome panel = science.items().get(0).panel();
        assertThat(panel.dropped()).containsExactly(0, 3);
        assertThat(panel.sum()).isEqualByComparingTo("183");
        assertThat(panel.counted()).isEqualTo(5);
    }

    @Test
    void promotionStopsAtTheTopTier() {
        TierOutcome tier = science.items().get(2).tier();
        assertThat(tier.assessed()).isEqualTo(2);
        assertThat(tier.finalTier()).isEqualTo(1);
        assertThat(tier.tierName()).isEqualTo("好");
        assertThat(tier.promotionsWithoutEffect()).isEqualTo(1);
    }

    @Test
    void ratersTakePrecedenceOverTheTierAndTwoScoresFallBackToTheMean() {
        ItemResult item = science.items().get(4);
        assertThat(item.source()).isEqualTo(ScoreSource.RATERS);
        assertThat(item.tier().points()).isEqualByComparingTo("3.60");
        assertThat(item.panel().applied()).isEqualTo(Aggregation.MEAN);
        assertThat(item.score()).isEqualByComparingTo("3.25");
    }

    @Test
    void capsTheBonusAndSubtractsTheDeduction() {
        assertThat(science.adjustments().bonusClaimed()).isEqualByComparingTo("3");
        assertThat(science.adjustments().bonus()).isEqualByComparingTo("2");
        assertThat(science.adjustments().deductionTotal()).isEqualByComparingTo("0.5");
    }

    @Test
    void composesTheScienceBureauTo91Point72() {
        CompositeBreakdown b = science.breakdown();
        assertThat(b.tableScore()).isEqualTo(dec("91.85"));
        assertThat(b.tablePart()).isEqualByComparingTo("64.295");
        assertThat(b.appraisalPart()).isEqualByComparingTo("25.92");
        assertThat(b.unrounded()).isEqualByComparingTo("91.715");
        assertThat(science.composite()).isEqualTo(dec("91.72"));
        assertThat(science.band()).isEqualTo("优秀");
        assertThat(science.isComplete()).isTrue();
    }

    @Test
    void givesThePendingIndustryBureauNoRankAndNoBand() {
        assertThat(results.units()).extracting(UnitResult::composite)
                .containsExactly(dec("91.72"), dec("87.20"), dec("87.20"));
        assertThat(results.units()).extracting(UnitResult::rankInSeries).containsExactly(1, null, 2);
        assertThat(results.units()).extracting(UnitResult::rankInGroup).containsExactly(1, null, 1);
        assertThat(results.units()).extracting(UnitResult::band).containsExactly("优秀", null, "良好");
        assertThat(results.unit("gongxin").orElseThrow().missing()).containsExactly("2-1（未评分）");
    }

    @Test
    void ranksTheEqualCompositesByTableScoreWhenProvisionalResultsAreAllowed() {
        Scenario example = Scenarios.workedExample();
        Results provisional = ScoringEngine.score(new Scenario(example.settings().withProvisional(true),
                example.units()));
        assertThat(provisional.units()).extracting(UnitResult::rankInSeries).containsExactly(1, 2, 3);
        assertThat(provisional.units()).extracting(UnitResult::rankInGroup).containsExactly(1, 2, 1);
        assertThat(provisional.units()).extracting(UnitResult::provisional).containsExactly(false, true, false);
        assertThat(provisional.unit("gongxin").orElseThrow().stateLabel()).isEqualTo("待完成（暂定）");
    }

    @Test
    void reportsThePendingItemOfTheIndustryBureau() {
        UnitResult industry = results.unit("gongxin").orElseThrow();
        assertThat(industry.pendingItems()).isEqualTo(1);
        assertThat(industry.isComplete()).isFalse();
        assertThat(industry.items()).extracting(ItemResult::source)
                .containsExactly(ScoreSource.TIER, ScoreSource.RATERS, ScoreSource.PENDING);
        assertThat(List.of(industry.tableScore(), industry.composite())).containsExactly(dec("86.00"), dec("87.20"));
    }
}
