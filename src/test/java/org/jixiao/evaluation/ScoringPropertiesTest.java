package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;

/** Properties of the engine over generated scenarios: empty panels, zero weights, empty groups included. */
class ScoringPropertiesTest {

    @Property
    void everyItemScoreLiesWithinZeroAndItsWeight(@ForAll("scenarios") Scenario scenario) {
        for (UnitResult unit : ScoringEngine.score(scenario).units()) {
            for (ItemResult item : unit.items()) {
                assertThat(item.score()).isBetween(BigDecimal.ZERO, item.weight().value());
            }
        }
    }

    @Property
    void theCompositeNeverDecreasesWhenARaterScoreIncreases(@ForAll("scenarios") Scenario scenario,
                                                            @ForAll("fractions") BigDecimal raise) {
        for (int u = 0; u < scenario.units().size(); u++) {
            UnitInput unit = scenario.units().get(u);
            for (int i = 0; i < unit.items().size(); i++) {
                ScoredItem item = unit.items().get(i);
                if (item.raterScores().isEmpty()) {
                    continue;
                }
                RaterScore first = item.raterScores().get(0);
                BigDecimal room = item.weight().value().subtract(first.score());
                List<RaterScore> raised = new ArrayList<>(item.raterScores());
                raised.set(0, new RaterScore(first.rater(),
                        first.score().add(room.multiply(raise)).setScale(2, java.math.RoundingMode.DOWN)));
                BigDecimal before = ScoringEngine.score(scenario).units().get(u).composite();
                BigDecimal after = ScoringEngine.score(replaceItem(scenario, u, i, item.withScores(raised)))
                        .units().get(u).composite();
                assertThat(after).isGreaterThanOrEqualTo(before);
            }
        }
    }

    @Property
    void ranksFollowTheDocumentedTieBreak(@ForAll("scenarios") Scenario scenario) {
        List<UnitResult> units = ranked(ScoringEngine.score(scenario));
        Comparator<UnitResult> bestFirst = Comparator
                .comparing(UnitResult::composite, Comparator.reverseOrder())
                .thenComparing(UnitResult::tableScore, Comparator.reverseOrder())
                .thenComparing((UnitResult r) -> r.adjustments().deductionTotal())
                .thenComparing((UnitResult r) -> r.breakdown().appraisalScaled(), Comparator.reverseOrder());
        for (UnitResult unit : units) {
            long betterInSeries = units.stream()
                    .filter(o -> o.series().equals(unit.series()) && bestFirst.compare(o, unit) < 0).count();
            long betterInGroup = units.stream().filter(o -> o.series().equals(unit.series())
                    && o.group().equals(unit.group()) && bestFirst.compare(o, unit) < 0).count();
            assertThat(unit.rankInSeries()).isEqualTo(betterInSeries + 1);
            assertThat(unit.rankInGroup()).isEqualTo(betterInGroup + 1);
        }
    }

    @Property
    void ranksAreAPermutationWhenNoTwoUnitsAreEqualInEverything(@ForAll("scenarios") Scenario scenario) {
        List<UnitResult> units = ranked(ScoringEngine.score(scenario));
        for (String series : units.stream().map(UnitResult::series).distinct().toList()) {
            List<UnitResult> inSeries = units.stream().filter(u -> u.series().equals(series)).toList();
            long distinctStandings = inSeries.stream().map(u -> java.util.stream.Stream.of(u.composite(), u.tableScore(),
                    u.adjustments().deductionTotal(), u.breakdown().appraisalScaled())
                    .map(BigDecimal::stripTrailingZeros).toList())
                    .distinct().count();
            if (distinctStandings == inSeries.size()) {
                assertThat(inSeries).extracting(UnitResult::rankInSeries).containsExactlyInAnyOrderElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, inSeries.size()).boxed().toList());
            }
        }
    }

    @Property
    void pendingCountMatchesTheItemsWithoutTierOrScores(@ForAll("scenarios") Scenario scenario) {
        Results results = ScoringEngine.score(scenario);
        for (int u = 0; u < scenario.units().size(); u++) {
            long expected = scenario.units().get(u).items().stream()
                    .filter(i -> i.tier() == null && i.raterScores().isEmpty()).count();
            assertThat(results.units().get(u).pendingItems()).isEqualTo(expected);
        }
    }

    @Property
    void aUnitIsRankedOnlyWhenCompleteOrProvisionalAndThenMarkedSo(@ForAll("scenarios") Scenario scenario) {
        for (UnitResult unit : ScoringEngine.score(scenario).units()) {
            boolean ranked = unit.isComplete() || scenario.settings().provisional();
            assertThat(unit.rankInSeries() != null).isEqualTo(ranked);
            assertThat(unit.band() != null).isEqualTo(ranked);
            assertThat(unit.provisional()).isEqualTo(ranked && !unit.isComplete());
        }
    }

    /**
     * The documents' formula, computed here from the inputs: 考评表得分 × 70% + 公众评议得分 × 30%
     * (as written on a 100-point cycle) + min(加分, 2) − min(扣分, 10), rounded once to 0.01 HALF_UP.
     */
    @Property
    void theCompositeIsTheDocumentedFormula(@ForAll("scenarios") Scenario scenario) {
        Results results = ScoringEngine.score(scenario);
        for (int u = 0; u < scenario.units().size(); u++) {
            UnitInput input = scenario.units().get(u);
            UnitResult unit = results.units().get(u);
            BigDecimal table = unit.items().stream().map(ItemResult::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal appraisal = input.publicAppraisal() == null ? BigDecimal.ZERO : input.publicAppraisal();
            BigDecimal bonus = input.incentives().stream()
                    .map(i -> switch (i.level()) {
                        case "国家级" -> new BigDecimal("2");
                        case "省级" -> BigDecimal.ONE;
                        default -> new BigDecimal("0.5");
                    }).reduce(BigDecimal.ZERO, BigDecimal::add).min(new BigDecimal("2"));
            BigDecimal deductions = input.deductions().stream().map(Deduction::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).min(BigDecimal.TEN);
            BigDecimal expected = table.multiply(new BigDecimal("0.7")).add(appraisal.multiply(new BigDecimal("0.3")))
                    .add(bonus).subtract(deductions).setScale(2, java.math.RoundingMode.HALF_UP);
            assertThat(unit.composite()).isEqualTo(expected);
        }
    }

    @Property
    void theTableScoreOfTierGradedItemsIsTheirExactSum(@ForAll("scenarios") Scenario scenario) {
        // rounding once at the end: the table score is the sum of exact item scores, never of rounded ones
        Results results = ScoringEngine.score(scenario);
        for (UnitResult unit : results.units()) {
            BigDecimal sum = unit.items().stream().map(ItemResult::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(unit.tableScore()).isEqualByComparingTo(sum);
        }
    }

    /**
     * Rescoring after some units changed (their inputs replaced, or the unit gone) gives exactly what
     * scoring the changed scenario from scratch gives, ranks and bands of the other units included.
     */
    @Property
    void rescoringTheChangedUnitsGivesWhatScoringAfreshGives(@ForAll("scenarios") Scenario before,
                                                             @ForAll("scenarios") Scenario replacements,
                                                             @ForAll("changes") List<Integer> changes) {
        List<UnitInput> units = new ArrayList<>();
        Set<String> changed = new HashSet<>();
        for (int u = 0; u < before.units().size(); u++) {
            UnitInput unit = before.units().get(u);
            int change = changes.get(u % changes.size());
            if (change == 0 || replacements.units().isEmpty()) {
                units.add(unit);
                continue;
            }
            changed.add(unit.id());
            if (change == 1) {
                UnitInput r = replacements.units().get(u % replacements.units().size());
                units.add(new UnitInput(unit.id(), unit.name(), r.series(), r.group(), r.items(), r.incentives(),
                        r.deductions(), r.publicAppraisal()));
            }
        }
        Scenario after = new Scenario(before.settings(), units);
        Results previous = ScoringEngine.score(before);

        assertThat(ScoringEngine.rescore(after, previous, changed)).isEqualTo(ScoringEngine.score(after));
        // and the reuse is real: with nothing marked changed, a changed unit keeps its old figures
        for (UnitResult kept : ScoringEngine.rescore(after, previous, Set.of()).units()) {
            previous.unit(kept.unitId()).ifPresent(old -> assertThat(kept.items()).isEqualTo(old.items()));
        }
    }

    @Provide
    Arbitrary<List<Integer>> changes() {
        // per unit: 0 unchanged, 1 inputs replaced, 2 no longer scored
        return Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(8);
    }

    private static List<UnitResult> ranked(Results results) {
        return results.units().stream().filter(u -> u.rankInSeries() != null).toList();
    }

    // ---- generators ----------------------------------------------------------------------------

    @Provide
    Arbitrary<BigDecimal> fractions() {
        return Arbitraries.integers().between(0, 100).map(p -> BigDecimal.valueOf(p, 2));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Aggregation> aggregation = Arbitraries.of(Aggregation.class);
        Arbitrary<List<UnitInput>> units = unit().list().ofMaxSize(8)
                .uniqueElements(UnitInput::id);
        Arbitrary<Boolean> provisional = Arbitraries.of(true, false);
        return Combinators.combine(aggregation, units, provisional)
                .as((a, us, p) -> new Scenario(ScoringSettings.defaults().withAggregation(a).withProvisional(p), us));
    }

    private Arbitrary<UnitInput> unit() {
        Arbitrary<String> id = Arbitraries.strings().alpha().ofLength(4);
        Arbitrary<String> series = Arbitraries.of("市直政府系列", "区第二系列");
        Arbitrary<String> group = Arbitraries.of("一组", "二组", "三组");
        Arbitrary<List<ScoredItem>> items = item().list().ofMaxSize(6).uniqueElements(i -> i.code().value());
        Arbitrary<List<Incentive>> incentives = Arbitraries.of("国家级", "省级", "市级")
                .map(level -> new Incentive(level, "奖")).list().ofMaxSize(3);
        Arbitrary<List<Deduction>> deductions = cents(0, 300)
                .map(p -> new Deduction(p, "察访")).list().ofMaxSize(2);
        Arbitrary<BigDecimal> appraisal = cents(0, 10_000).injectNull(0.2);
        return Combinators.combine(id, series, group, items, incentives, deductions, appraisal)
                .as((i, s, g, it, in, d, a) -> new UnitInput(i, i, s, g, it, in, d, a));
    }

    private Arbitrary<ScoredItem> item() {
        Arbitrary<String> code = Arbitraries.integers().between(1, 30).map(n -> "1-" + n);
        Arbitrary<Integer> weightCents = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0, 4000)));
        Arbitrary<String> scheme = Arbitraries.of(Scenarios.COEFFICIENTS, Scenarios.DIFFERENTIAL);
        Arbitrary<Integer> tier = Arbitraries.integers().between(1, 3).injectNull(0.3);
        Arbitrary<List<Promotion>> promotions = Arbitraries.of(Promotion.Kind.class)
                .map(k -> new Promotion(k, "")).list().ofMaxSize(3);
        return Combinators.combine(code, weightCents, scheme, tier, promotions).flatAs((c, w, s, t, p) ->
                Arbitraries.integers().between(0, w).map(cents -> BigDecimal.valueOf(cents, 2))
                        .list().ofMaxSize(7)
                        .map(values -> new ScoredItem(new IndicatorCode(c), "", new Points(BigDecimal.valueOf(w, 2)),
                                s, t, p, values.stream().map(v -> new RaterScore("", v)).toList())));
    }

    private static Arbitrary<BigDecimal> cents(int min, int max) {
        return Arbitraries.integers().between(min, max).map(c -> BigDecimal.valueOf(c, 2));
    }

    private static Scenario replaceItem(Scenario scenario, int unitIndex, int itemIndex, ScoredItem item) {
        List<UnitInput> units = new ArrayList<>(scenario.units());
        UnitInput unit = units.get(unitIndex);
        List<ScoredItem> items = new ArrayList<>(unit.items());
        items.set(itemIndex, item);
        units.set(unitIndex, new UnitInput(unit.id(), unit.name(), unit.series(), unit.group(), items,
                unit.incentives(), unit.deductions(), unit.publicAppraisal()));
        return new Scenario(scenario.settings(), units);
    }
}
