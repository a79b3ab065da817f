package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
 *   <li>a unit is complete when every item is (all expected rater scores, or a tier) and its public
 *       appraisal is known; a pending unit gets no rank and no band unless the settings allow
 *       provisional results, and then they are marked 暂定.</li>
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
        return score(scenario, unit -> null);
    }

    /**
     * Scores the scenario reusing the item results and totals of {@code previous} for every unit not in
     * {@code changed}, and ranks all units again: what {@link #score} gives when the scenario differs
     * from the one {@code previous} was computed from only in the units named in {@code changed} (their
     * inputs, or whether they are scored at all), in far less time for one changed unit of many. A
     * unit missing from {@code previous} is scored afresh.
     *
     * @throws InvalidScenarioException as {@link #score}
     */
    public static Results rescore(Scenario scenario, Results previous, Set<String> changed) {
        Map<String, UnitResult> before = previous.units().stream()
                .collect(Collectors.toMap(UnitResult::unitId, Function.identity()));
        return score(scenario, unit -> changed.contains(unit.id()) ? null : before.get(unit.id()));
    }

    private static Results score(Scenario scenario, Function<UnitInput, @Nullable UnitResult> reusable) {
        List<ScenarioProblem> problems = scenario.problems();
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        ScoringSettings settings = scenario.settings();
        List<Scored> scored = scenario.units().stream().map(unit -> {
            UnitResult kept = reusable.apply(unit);
            return kept == null ? scoreUnit(unit, settings)
                    : new Scored(unit, kept.items(), kept.adjustments(), kept.breakdown());
        }).toList();

        // a pending unit is ranked only where the cycle allows provisional results
        List<Ranking.Standing> standings = scored.stream()
                .filter(s -> s.complete() || settings.provisional()).map(Scored::standing).toList();
        Map<String, UnitInput> byId = scenario.units().stream()
                .collect(Collectors.toMap(UnitInput::id, Function.identity()));
        Map<String, Integer> inSeries = Ranking.ranks(standings, s -> byId.get(s.unitId()).series());
        Map<String, Integer> inGroup = Ranking.ranks(standings,
                s -> byId.get(s.unitId()).series() + "\u0000" + byId.get(s.unitId()).group());
        // quotas are shares of every unit taking part, the pending and unscorable ones included
        Map<String, Integer> seriesSizes = new HashMap<>();
        scenario.units().forEach(u -> seriesSizes.merge(u.series(), 1, Integer::sum));
        scenario.unscorable().forEach(u -> seriesSizes.merge(u.series(), 1, Integer::sum));
        Map<String, Integer> sharing = new HashMap<>();
        inSeries.forEach((id, rank) -> sharing.merge(byId.get(id).series() + "\u0000" + rank, 1, Integer::sum));

        List<UnitResult> results = new ArrayList<>();
        for (Scored s : scored) {
            UnitInput unit = s.unit();
            Integer rankInSeries = inSeries.get(unit.id());
            String band = rankInSeries == null ? null : settings.bands().bandOf(s.breakdown().composite(),
                    rankInSeries, sharing.get(unit.series() + "\u0000" + rankInSeries), seriesSizes.get(unit.series()));
            results.add(new UnitResult(unit.id(), unit.name(), unit.series(), unit.group(),
                    s.breakdown().tableScore(), s.breakdown().tableTotal(), s.pendingItems(),
                    unit.publicAppraisal() == null, s.breakdown().composite(), rankInSeries, inGroup.get(unit.id()),
                    band, s.items(), s.adjustments(), s.breakdown(), rankInSeries != null && !s.complete()));
        }
        return new Results(results, scenario.unscorable());
    }

    private record Scored(UnitInput unit, List<ItemResult> items, Adjustments adjustments,
                          CompositeBreakdown breakdown) {

        Ranking.Standing standing() {
            return new Ranking.Standing(unit.id(), breakdown.composite(), breakdown.tableScore(),
                    breakdown.deductions(), breakdown.appraisalScaled());
        }

        int pendingItems() {
            return (int) items.stream().filter(ItemResult::isPending).count();
        }

        boolean complete() {
            return pendingItems() == 0 && unit.publicAppraisal() != null;
        }
    }

    private static Scored scoreUnit(UnitInput unit, ScoringSettings settings) {
        List<ItemResult> items = unit.items().stream()
                .map(item -> ItemScoring.score(item, settings, unit.expectedScores())).toList();
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
        BigDecimal deductionCap = settings.formula().deductionCap();
        return new Adjustments(awarded, claimed, cap, claimed.min(cap), unit.deductions(), deductions, deductionCap,
                deductionCap == null ? deductions : deductions.min(deductionCap));
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
