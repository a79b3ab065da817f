package org.jixiao.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The results of a scenario: one per scored unit, in the order the units were given, and the units
 * that could not be scored with their reason.
 */
public record Results(List<UnitResult> units, List<Unscorable> unscorable) {

    public Results {
        units = List.copyOf(units);
        unscorable = List.copyOf(unscorable);
    }

    public Results(List<UnitResult> units) {
        this(units, List.of());
    }

    public Optional<UnitResult> unit(String unitId) {
        return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
    }

    /** Units ordered by series, then rank in series (unranked last), then name — the order of a results page. */
    public List<UnitResult> ranked() {
        return units.stream()
                .sorted(Comparator.comparing(UnitResult::series)
                        .thenComparing(UnitResult::rankInSeries, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(UnitResult::name))
                .toList();
    }

    /** How many units are complete, pending and cannot be scored — what a publication preview counts. */
    public Counts counts() {
        int complete = (int) units.stream().filter(UnitResult::isComplete).count();
        return new Counts(complete, units.size() - complete, unscorable.size());
    }

    /** Units by state. */
    public record Counts(int complete, int pending, int unscorable) {
    }
}
