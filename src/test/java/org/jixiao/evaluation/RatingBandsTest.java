package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.evaluation.Scenarios.dec;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatingBandsTest {

    private final RatingBands.Thresholds thresholds = new RatingBands.Thresholds(List.of(
            new RatingBands.Threshold("优秀", dec("85")), new RatingBands.Threshold("良好", dec("75")),
            new RatingBands.Threshold("一般", null)));

    private final RatingBands.RankShares shares = new RatingBands.RankShares(List.of(
            new RatingBands.Share("优秀", dec("0.2")), new RatingBands.Share("良好", dec("0.5")),
            new RatingBands.Share("一般", null)));

    @Test
    void aThresholdIsReachedInclusively() {
        assertThat(thresholds.bandOf(dec("85.00"))).isEqualTo("优秀");
        assertThat(thresholds.bandOf(dec("84.99"))).isEqualTo("良好");
        assertThat(thresholds.bandOf(dec("75"))).isEqualTo("良好");
        assertThat(thresholds.bandOf(dec("-3"))).isEqualTo("一般");
    }

    @Test
    void rankSharesAreQuotasThatNeverRoundUp() {
        // 10 units: top 2 优秀, next 5 良好, rest 一般
        assertThat(shares.bandOf(2, 1, 10)).isEqualTo("优秀");
        assertThat(shares.bandOf(3, 1, 10)).isEqualTo("良好");
        assertThat(shares.bandOf(7, 1, 10)).isEqualTo("良好");
        assertThat(shares.bandOf(8, 1, 10)).isEqualTo("一般");
        // 4 units: 20% of 4 is 0.8 → nobody is 优秀
        assertThat(shares.bandOf(1, 1, 4)).isEqualTo("良好");
    }

    @Test
    void aStrictQuotaIsNeverExceededByUnitsTiedAcrossItsEdge() {
        // 10 units, 优秀 ≤ 20% = 2 places; three units tied at rank 2 would occupy places 2–4
        assertThat(shares.ties()).isEqualTo(TieRule.STRICT);
        assertThat(shares.bandOf(1, 1, 10)).isEqualTo("优秀");
        assertThat(shares.bandOf(2, 3, 10)).isEqualTo("良好");
        // two units tied at rank 1 fit the 2 places exactly
        assertThat(shares.bandOf(1, 2, 10)).isEqualTo("优秀");
    }

    @Test
    void withTiesSharingUnitsTiedAcrossTheEdgeAllGetTheBand() {
        RatingBands.RankShares sharing = new RatingBands.RankShares(shares.bands(), TieRule.TIES_SHARE);
        assertThat(sharing.bandOf(2, 3, 10)).isEqualTo("优秀");
        assertThat(sharing.bandOf(3, 1, 10)).isEqualTo("良好");
    }

    @Test
    void theEngineKeepsAStrictQuotaWhenTwoUnitsTieOnTheLastPlace() {
        // 5 units, 优秀 ≤ 20% = 1 place; a and b are equal on every key and share rank 1
        List<UnitInput> units = List.of(
                Scenarios.unit("a", "一组", dec("90"), Scenarios.item("1-1", 100, 1)),
                Scenarios.unit("b", "一组", dec("90"), Scenarios.item("1-1", 100, 1)),
                Scenarios.unit("c", "一组", dec("90"), Scenarios.item("1-1", 100, 2)),
                Scenarios.unit("d", "一组", dec("90"), Scenarios.item("1-1", 100, 3)),
                Scenarios.unit("e", "一组", dec("90"), Scenarios.item("1-1", 100, 4)));
        Results strict = ScoringEngine.score(new Scenario(ScoringSettings.defaults().withBands(shares), units));
        assertThat(strict.units()).extracting(UnitResult::rankInSeries).containsExactly(1, 1, 3, 4, 5);
        assertThat(strict.units()).extracting(UnitResult::band).containsExactly("良好", "良好", "良好", "一般", "一般");
        Results sharing = ScoringEngine.score(new Scenario(ScoringSettings.defaults()
                .withBands(new RatingBands.RankShares(shares.bands(), TieRule.TIES_SHARE)), units));
        assertThat(sharing.units()).extracting(UnitResult::band).containsExactly("优秀", "优秀", "良好", "一般", "一般");
    }

    @Test
    void theEngineGivesBandsByRankShareWithinTheSeries() {
        ScoringSettings settings = ScoringSettings.defaults().withBands(shares);
        List<UnitInput> units = List.of(
                Scenarios.unit("a", "一组", dec("90"), Scenarios.item("1-1", 100, 1)),
                Scenarios.unit("b", "一组", dec("90"), Scenarios.item("1-1", 100, 2)),
                Scenarios.unit("c", "二组", dec("90"), Scenarios.item("1-1", 100, 3)),
                Scenarios.unit("d", "二组", dec("90"), Scenarios.item("1-1", 100, 4)),
                Scenarios.unit("e", "二组", dec("80"), Scenarios.item("1-1", 100, 4)));
        Results results = ScoringEngine.score(new Scenario(settings, units));
        assertThat(results.units()).extracting(UnitResult::band)
                .containsExactly("优秀", "良好", "良好", "一般", "一般");
    }

    @Test
    void bandNamesComeFromTheSettings() {
        RatingBands custom = new RatingBands.Thresholds(List.of(new RatingBands.Threshold("好", dec("60")),
                new RatingBands.Threshold("较差", null)));
        Results results = ScoringEngine.score(new Scenario(ScoringSettings.defaults().withBands(custom),
                List.of(Scenarios.unit("a", "一组", dec("90"), Scenarios.item("1-1", 100, 1)))));
        assertThat(results.units().get(0).band()).isEqualTo("好");
    }

    @Test
    void requiresACatchAllLastBand() {
        assertThatThrownBy(() -> new RatingBands.Thresholds(List.of(new RatingBands.Threshold("优秀", dec("90")))))
                .hasMessageContaining("不设分数线");
        assertThatThrownBy(() -> new RatingBands.RankShares(List.of(new RatingBands.Share("优秀", dec("0.2")))))
                .hasMessageContaining("不设比例");
    }

    @Test
    void requiresThresholdsFromHighToLow() {
        assertThatThrownBy(() -> new RatingBands.Thresholds(List.of(new RatingBands.Threshold("良好", dec("80")),
                new RatingBands.Threshold("优秀", dec("90")), new RatingBands.Threshold("一般", null))))
                .hasMessageContaining("从高到低");
    }
}
