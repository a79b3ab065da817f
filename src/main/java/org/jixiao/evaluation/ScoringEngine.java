package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The year-end scoring as a pure function: the same scenario always gives the same results, and
 * nothing outside the scenario is read. Rules (docs/scoring.md has them with a worked example):
 * <ul>
 *   <li>item: rater scores → their aggregation; else an assessed tier → its points after promotion;
 *       else 未评分 (0, counted as pending). Every item score lies within [0, weight];</li>
 *   <li>table score: sum of item scores; composite by the {@link CompositeFormula};</li>
 *   <li>ranks within the series and within the group: composite, then table score, then fewer
 *       deductions, then public appraisal; units equal on all four share a rank (1, 1, 3);</li>
 *   <li>band by {@link RatingBands}.</li>
 * </ul>
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * Scores every unit of the scenario.
     *
     * @throws InvalidScenarioException when its parts do not fit together (see {@link Scenario#problems()})
     */
    public static Results score(Scenario scenario) {
        List<ScenarioProblem> problems = scenario.problems();
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        ScoringSettings settings = scenario.settings();
        List<Scored> scored = scenario.units().stream().map(unit -> scoreUnit(unit, settings)).toList();

        List<Ranking.Standing> standings = scored.stream().map(Scored::standing).toList();
        Map<String, UnitInput> byId = scenario.units().stream()
                .collect(Collectors.toMap(UnitInput::id, Function.identity()));
        Map<String, Integer> inSeries = Ranking.ranks(standings, s -> byId.get(s.unitId()).series());
        Map<String, Integer> inGroup = Ranking.ranks(standings,
                s -> byId.get(s.unitId()).series() + "\u0000" + byId.get(s.unitId()).group());
        Map<String, Integer> seriesSizes = new HashMap<>();
        scenario.units().forEach(u -> seriesSizes.merge(u.series(), 1, Integer::sum));

        List<UnitResult> results = new ArrayList<>();
        for (Scored s : scored) {
            UnitInput unit = s.unit();
            int rankInSeries = inSeries.get(unit.id());
            String band = settings.bands().bandOf(s.breakdown().composite(), rankInSeries,
                    seriesSizes.get(unit.series()));
            int pending = (int) s.items().stream().filter(ItemResult::isPending).count();
            results.add(new UnitResult(unit.id(), unit.name(), unit.series(), unit.group(),
                    s.breakdown().tableScore(), s.breakdown().tableTotal(), pending, unit.publicAppraisal() == null,
                    s.breakdown().composite(), rankInSeries, inGroup.get(unit.id()), band, s.items(),
                    s.adjustments(), s.breakdown()));
        }
        return new Results(results);
    }

    private record Scored(UnitInput unit, List<ItemResult> items, Adjustments adjustments,
                          CompositeBreakdown breakdown) {

        Ranking.Standing standing() {
            return new Ranking.Standing(unit.id(), breakdown.composite(), breakdown.tableScore(),
                    breakdown.deductions(), breakdown.appraisalScaled());
        }
    }

    private static Scored scoreUnit(UnitInput unit, ScoringSettings settings) {
        List<ItemResult> items = unit.items().stream().map(item -> ItemScoring.score(item, settings)).toList();
        BigDecimal tableScore = sum(items.stream().map(ItemResult::score).toList());
        BigDecimal tableTotal = sum(unit.items().stream().map(item -> item.weight().value()).toList());
        Adjustments adjustments = adjustments(unit, settings);
        return new Scored(unit, items, adjustments,
                Composite.of(settings.formula(), tableScore, tableTotal, unit.publicAppraisal(), adjustments));
    }

    private static Adjustments adjustments(UnitInput unit, ScoringSettings settings) {
        List<Adjustments.AwardedIncentive> awarded = unit.incentives().stream()
                .map(i -> new Adjustments.AwardedIncentive(i, settings.incentiveLevels().get(i.level())))
                .toList();
        BigDecimal claimed = sum(awarded.stream().map(Adjustments.AwardedIncentive::points).toList());
        BigDecimal cap = settings.formula().bonusCap();
        BigDecimal deductions = sum(unit.deductions().stream().map(Deduction::points).toList());
        return new Adjustments(awarded, claimed, cap, claimed.min(cap), unit.deductions(), deductions);
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
