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
    void subtractsEveryDeductionBelowTheCap() {
        UnitResult unit = score(ScoringSettings.defaults(), fullMarks(dec("80"), List.of(), List.of(
                new Deduction(dec("1.5"), "台账不全"), new Deduction(dec("2"), "信息公开不及时"))));
        assertThat(unit.adjustments().deductionTotal()).isEqualByComparingTo("3.5");
        assertThat(unit.composite()).isEqualByComparingTo("90.50");
    }

    @Test
    void entersTheAppraisalAsWrittenWhateverTheTableRowsTotal() {
        // a real table whose rows total 93.5: 93.5 × 70% + 85 × 30% = 65.45 + 25.5 = 90.95 (not 89.29)
        UnitInput rowsTotal93point5 = new UnitInput("a", "甲单位", Scenarios.SERIES, "一组",
                List.of(Scenarios.item("1-1", 60, 1), new ScoredItem(new org.jixiao.table.IndicatorCode("1-2"), "",
                        new org.jixiao.table.Points(dec("33.5")), Scenarios.COEFFICIENTS, 1, List.of(), List.of())),
                List.of(), List.of(), dec("85"));
        UnitResult unit = score(ScoringSettings.defaults(), rowsTotal93point5);
        assertThat(unit.tableScore()).isEqualByComparingTo("93.5");
        assertThat(unit.breakdown().appraisalScaled()).isEqualByComparingTo("85");
        assertThat(unit.composite()).isEqualTo(dec("90.95"));
    }

    @Test
    void aHundredPointTableGivesTheDocumentsFormula() {
        UnitResult unit = score(ScoringSettings.defaults(), new UnitInput("a", "甲单位", Scenarios.SERIES, "一组",
                List.of(Scenarios.item("1-1", 100, 2)), List.of(), List.of(), dec("85")));
        assertThat(unit.tableTotal()).isEqualByComparingTo("100");
        assertThat(unit.composite()).isEqualTo(dec("88.50")); // 90 × 0.7 + 85 × 0.3
    }

    @Test
    void aThousandPointCycleScalesTheAppraisalByItsFullMark() {
        CompositeFormula thousand = new CompositeFormula(dec("0.70"), dec("0.30"), dec("20"), Rounding.HUNDREDTHS,
                dec("1000"), dec("100"));
        UnitInput thousandPoints = new UnitInput("a", "甲单位", Scenarios.SERIES, "一组",
                List.of(Scenarios.item("1-1", 1000, 2)), List.of(), List.of(), dec("85"));
        UnitResult unit = score(ScoringSettings.defaults().withFormula(thousand), thousandPoints);
        assertThat(unit.breakdown().appraisalScaled()).isEqualByComparingTo("850");
        assertThat(unit.composite()).isEqualByComparingTo("885.00"); // 900 × 0.7 + 850 × 0.3
    }

    @Test
    void aThousandPointTableOnAHundredPointCycleDoesNotScaleTheAppraisal() {
        UnitInput thousandPoints = new UnitInput("a", "甲单位", Scenarios.SERIES, "一组",
                List.of(Scenarios.item("1-1", 1000, 2)), List.of(), List.of(), dec("85"));
        UnitResult unit = score(ScoringSettings.defaults(), thousandPoints);
        assertThat(unit.composite()).isEqualByComparingTo("655.50"); // 900 × 0.7 + 85 × 0.3
    }

    @Test
    void capsTheDeductionsAtTheConfiguredCap() {
        UnitResult unit = score(ScoringSettings.defaults(), fullMarks(dec("80"), List.of(), List.of(
                new Deduction(dec("50"), "察访发现严重问题"))));
        assertThat(unit.adjustments().deductionClaimed()).isEqualByComparingTo("50");
        assertThat(unit.adjustments().deductionTotal()).isEqualByComparingTo("10");
        assertThat(unit.composite()).isEqualByComparingTo("84.00"); // 100 × 0.7 + 80 × 0.3 − 10
        CompositeFormula uncapped = new CompositeFormula(dec("0.70"), dec("0.30"), dec("2"), Rounding.HUNDREDTHS,
                dec("100"), null);
        UnitResult without = score(ScoringSettings.defaults().withFormula(uncapped), fullMarks(dec("80"), List.of(),
                List.of(new Deduction(dec("50"), "察访发现严重问题"))));
        assertThat(without.composite()).isEqualByComparingTo("44.00");
    }

    @Test
    void roundsOnceAtTheEndByDefaultAndPerItemWhenConfigured() {
        // three items of 33.333… (100 ÷ 3 each): once at the end 100.00, per item 33.33 × 3 = 99.99
        List<ScoredItem> thirds = List.of(raters("1-1"), raters("1-2"), raters("1-3"));
        UnitInput unit = new UnitInput("a", "甲单位", Scenarios.SERIES, "一组", thirds, List.of(), List.of(),
                dec("100"));
        CompositeFormula allTable = new CompositeFormula(BigDecimal.ONE, BigDecimal.ZERO, dec("2"),
                Rounding.HUNDREDTHS);
        ScoringSettings once = ScoringSettings.defaults().withFormula(allTable).withAggregation(Aggregation.MEAN);
        assertThat(score(once, unit).composite()).isEqualTo(dec("100.00"));
        assertThat(score(once.withRoundingPolicy(RoundingPolicy.PER_ITEM), unit).composite())
                .isEqualTo(dec("99.99"));
    }

    private static ScoredItem raters(String code) {
        // scores 33, 33, 34 → mean 33.333…
        return new ScoredItem(new org.jixiao.table.IndicatorCode(code), "",
                new org.jixiao.table.Points(dec("40")), Scenarios.COEFFICIENTS, null, List.of(),
                Scenarios.scores("33", "33", "34"));
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
