package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.evaluation.Scenarios.dec;

import java.util.List;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.junit.jupiter.api.Test;

/** A scenario whose parts do not fit together is refused with every problem located. */
class ScenarioCheckTest {

    private static Scenario of(UnitInput... units) {
        return new Scenario(ScoringSettings.defaults(), List.of(units));
    }

    @Test
    void namesATierBeyondTheScheme() {
        Scenario scenario = of(Scenarios.unit("a", "一组", null, Scenarios.item("1-1", 10, 5)));
        assertThat(scenario.problems()).extracting(ScenarioProblem::path).containsExactly("units[0].items[0].tier");
    }

    @Test
    void namesAnUnknownSchemeOnlyWhenATierIsAssessed() {
        ScoredItem unknown = new ScoredItem(new IndicatorCode("1-1"), "", Points.of(5), "五档", 1, List.of(), List.of());
        ScoredItem ungraded = ScoredItem.unscored(new IndicatorCode("1-2"), "", Points.of(5), "五档");
        assertThat(of(Scenarios.unit("a", "一组", null, unknown, ungraded)).problems())
                .extracting(ScenarioProblem::path).containsExactly("units[0].items[0].scheme");
    }

    @Test
    void refusesMoreScoresThanTheGroupHasRaters() {
        ScoredItem eight = Scenarios.pending("1-1", 10).withScores(Scenarios.scores("1", "1", "1", "1", "1", "1", "1", "1"));
        assertThat(of(Scenarios.unit("a", "一组", null, eight)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("超过集中考评组人数 7"));
    }

    @Test
    void refusesAnUnknownAwardLevel() {
        UnitInput unit = new UnitInput("a", "甲", "", "", List.of(), List.of(new Incentive("省部级", "奖")), List.of(), null);
        assertThat(of(unit).problems()).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("units[0].incentives[0].level"));
    }

    @Test
    void refusesDuplicateUnitsAndCodes() {
        UnitInput a = Scenarios.unit("a", "一组", null, Scenarios.item("1-1", 5, 1), Scenarios.item("1-1", 5, 1));
        assertThat(of(a, a).problems()).extracting(ScenarioProblem::path)
                .contains("units[0].items[1].code", "units[1].id");
    }

    @Test
    void theEngineRefusesAnInvalidScenarioWithEveryProblem() {
        Scenario scenario = of(Scenarios.unit("a", "一组", null, Scenarios.item("1-1", 10, 5), Scenarios.item("1-2", 10, 9)));
        assertThatThrownBy(() -> ScoringEngine.score(scenario)).isInstanceOf(InvalidScenarioException.class)
                .satisfies(e -> assertThat(((InvalidScenarioException) e).problems()).hasSize(2));
    }

    @Test
    void refusesAPublicAppraisalAboveOneHundred() {
        assertThatThrownBy(() -> Scenarios.unit("a", "一组", dec("100.5"))).hasMessageContaining("0 到 100");
    }

    @Test
    void refusesAPanelOfMoreThanSevenRaters() {
        ScoringSettings d = ScoringSettings.defaults();
        assertThatThrownBy(() -> new ScoringSettings(8, d.aggregation(), d.itemRounding(), d.schemes(),
                d.incentiveLevels(), d.formula(), d.bands())).hasMessageContaining("1 到 7 人");
    }

    @Test
    void scoresAScenarioWithoutUnits() {
        assertThat(ScoringEngine.score(of()).units()).isEmpty();
    }
}
