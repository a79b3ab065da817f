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
        assertThat(shares.bandOf(2, 10)).isEqualTo("优秀");
        assertThat(shares.bandOf(3, 10)).isEqualTo("良好");
        assertThat(shares.bandOf(7, 10)).isEqualTo("良好");
        assertThat(shares.bandOf(8, 10)).isEqualTo("一般");
        // 4 units: 20% of 4 is 0.8 → nobody is 优秀
        assertThat(shares.bandOf(1, 4)).isEqualTo("良好");
    }

    @Test
    void unitsSharingARankShareTheBand() {
        assertThat(shares.bandOf(2, 10)).isEqualTo(shares.bandOf(2, 10)).isEqualTo("优秀");
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
