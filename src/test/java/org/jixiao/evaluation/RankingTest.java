package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.evaluation.Scenarios.dec;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranks within the series and the group, and the tie-break. */
class RankingTest {

    private static UnitInput unit(String id, String group, String appraisal, ScoredItem item, List<Incentive> incentives,
                                  List<Deduction> deductions) {
        return new UnitInput(id, id, Scenarios.SERIES, group, List.of(item), incentives, deductions, dec(appraisal));
    }

    private static ScoredItem scored(String score) {
        return Scenarios.pending("1-1", 100).withScores(Scenarios.scores(score));
    }

    private static List<Integer> seriesRanks(UnitInput... units) {
        return Scenarios.score(units).units().stream().map(UnitResult::rankInSeries).toList();
    }

    @Test
    void higherCompositeRanksFirst() {
        assertThat(seriesRanks(unit("a", "一组", "80", scored("70"), List.of(), List.of()),
                unit("b", "一组", "80", scored("90"), List.of(), List.of()))).containsExactly(2, 1);
    }

    @Test
    void equalCompositeIsResolvedByTheHigherTableScore() {
        // a: 80 × 0.7 + 80 × 0.3 = 80.00; b: 70 × 0.7 + 100 × 0.3 + 1 = 80.00
        assertThat(seriesRanks(unit("a", "一组", "80", scored("80"), List.of(), List.of()),
                unit("b", "一组", "100", scored("70"), List.of(new Incentive("省级", "奖")), List.of())))
                .containsExactly(1, 2);
    }

    @Test
    void equalCompositeAndTableScoreIsResolvedByFewerDeductions() {
        // both 80 × 0.7 + 80 × 0.3 = 80; b adds 0.5 and loses 0.5
        assertThat(seriesRanks(unit("a", "一组", "80", scored("80"), List.of(), List.of()),
                unit("b", "一组", "80", scored("80"), List.of(new Incentive("市级", "奖")),
                        List.of(new Deduction(dec("0.5"), "台账不全"))))).containsExactly(1, 2);
    }

    @Test
    void unitsEqualInEverythingShareARankAndTheNextRankIsSkipped() {
        assertThat(seriesRanks(unit("a", "一组", "80", scored("80"), List.of(), List.of()),
                unit("b", "一组", "80", scored("80"), List.of(), List.of()),
                unit("c", "一组", "80", scored("60"), List.of(), List.of()))).containsExactly(1, 1, 3);
    }

    @Test
    void ranksWithinTheGroupAndWithinTheSeriesSeparately() {
        Results results = Scenarios.score(
                unit("a", "一组", "80", scored("90"), List.of(), List.of()),
                unit("b", "二组", "80", scored("80"), List.of(), List.of()),
                unit("c", "一组", "80", scored("70"), List.of(), List.of()));
        assertThat(results.units()).extracting(UnitResult::rankInSeries).containsExactly(1, 2, 3);
        assertThat(results.units()).extracting(UnitResult::rankInGroup).containsExactly(1, 1, 2);
    }

    @Test
    void eachSeriesIsRankedOnItsOwn() {
        UnitInput other = new UnitInput("z", "区属单位", "区第二系列", "一组", List.of(scored("10")), List.of(), List.of(),
                BigDecimal.ZERO);
        Results results = Scenarios.score(unit("a", "一组", "80", scored("90"), List.of(), List.of()), other);
        assertThat(results.units()).extracting(UnitResult::rankInSeries).containsExactly(1, 1);
    }

    @Test
    void theOrderOfInputDoesNotChangeTheRanks() {
        UnitInput a = unit("a", "一组", "80", scored("80"), List.of(), List.of());
        UnitInput b = unit("b", "一组", "80", scored("80"), List.of(), List.of(new Deduction(dec("0.1"), "x")));
        assertThat(Scenarios.score(a, b).unit("a").orElseThrow().rankInSeries())
                .isEqualTo(Scenarios.score(b, a).unit("a").orElseThrow().rankInSeries()).isEqualTo(1);
    }
}
