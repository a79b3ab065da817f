package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.evaluation.Scenarios.dec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adjustments and the composite formula. */
class CompositeTest {

    private static UnitResult score(ScoringSettings settings, UnitInput unit) {
        return ScoringEngine.score(new Scenario(settings, List.of(unit))).units().get(0);
    }

    private static UnitInput fullMarks(BigDecimal appraisal, List<Incentive> incentives, List<Deduction> deductions) {
        return new UnitInput("a", "甲单位", Scenarios.SERIES, "一组", List.of(Scenarios.item("1-1", 100, 1)),
                incentives, deductions, appraisal);
    }

    @Test
    void addsSeventyPercentOfTheTableAndThirtyPercentOfTheAppraisal() {
        UnitResult unit = score(ScoringSettings.defaults(), fullMarks(dec("80"), List.of(), List.of()));
        assertThat(unit.composite()).isEqualTo(dec("94.00"));
    }

    @Test
    void capsTheBonusAtTheConfiguredCap() {
        UnitResult unit = score(ScoringSettings.defaults(), fullMarks(dec("80"),
                List.of(new Incentive("国家级", "甲"), new Incentive("国家级", "乙")), List.of()));
        assertThat(unit.adjustments().bonusClaimed()).isEqualByComparingTo("4");
        assertThat(unit.adjustments().bonus()).isEqualByComparingTo("2");
        assertThat(unit.composite()).isEqualByComparingTo("96.00");
    }

    @Test
    void keepsABonusBelowTheCapWhole() {
        UnitResult unit = score(ScoringSettings.defaults(), fullMarks(dec("80"),
                List.of(new Incentive("市级", "文明单位")), List.of()));
        assertThat(unit.adjustments().bonus()).isEqualByComparingTo("0.5");
    }

    @Test
    void subtractsEveryDeductionUncapped() {
        UnitResult unit = score(ScoringSettings.defaults(), fullMarks(dec("80"), List.of(), List.of(
                new Deduction(dec("1.5"), "台账不全"), new Deduction(dec("2"), "信息公开不及时"))));
        assertThat(unit.adjustments().deductionTotal()).isEqualByComparingTo("3.5");
        assertThat(unit.composite()).isEqualByComparingTo("90.50");
    }

    @Test
    void scalesTheAppraisalToTheTableTotal() {
        UnitInput thousandPoints = new UnitInput("a", "甲单位", Scenarios.SERIES, "一组",
                List.of(Scenarios.item("1-1", 1000, 2)), List.of(), List.of(), dec("85"));
        UnitResult unit = score(ScoringSettings.defaults(), thousandPoints);
        assertThat(unit.breakdown().appraisalScaled()).isEqualByComparingTo("850");
        assertThat(unit.composite()).isEqualByComparingTo("885.00"); // 900 × 0.7 + 850 × 0.3
    }

    @Test
    void countsAMissingAppraisalAsZeroAndSaysSo() {
        UnitResult unit = score(ScoringSettings.defaults(), fullMarks(null, List.of(), List.of()));
        assertThat(unit.appraisalPending()).isTrue();
        assertThat(unit.composite()).isEqualByComparingTo("70.00");
    }

    @Test
    void appliesConfiguredSharesCapAndRounding() {
        CompositeFormula formula = new CompositeFormula(dec("0.6"), dec("0.4"), dec("1"),
                new Rounding(1, RoundingMode.DOWN));
        UnitResult unit = score(ScoringSettings.defaults().withFormula(formula), fullMarks(dec("77.77"),
                List.of(new Incentive("国家级", "甲")), List.of()));
        // 60 + 31.108 + 1 = 92.108 → 92.1
        assertThat(unit.composite()).isEqualTo(dec("92.1"));
    }

    @Test
    void roundsOnlyTheFinalSum() {
        UnitInput unit = new UnitInput("a", "甲单位", Scenarios.SERIES, "一组",
                List.of(Scenarios.pending("1-1", 100).withScores(Scenarios.scores("33.35", "33.35", "33.35"))),
                List.of(), List.of(), dec("33.35"));
        // 23.345 + 10.005 = 33.35; rounding each part first would give 23.35 + 10.01 = 33.36
        UnitResult result = score(ScoringSettings.defaults(), unit);
        assertThat(result.breakdown().tablePart()).isEqualByComparingTo("23.345");
        assertThat(result.breakdown().appraisalPart()).isEqualByComparingTo("10.005");
        assertThat(result.composite()).isEqualTo(dec("33.35"));
    }
}
