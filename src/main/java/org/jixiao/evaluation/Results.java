package org.jixiao.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The results of a scenario: one per unit, in the order the units were given. */
public record Results(List<UnitResult> units) {

    public Results {
        units = List.copyOf(units);
    }

    public Optional<UnitResult> unit(String unitId) {
        return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
    }

    /** Units ordered by series, then rank in series, then name — the order of a results page. */
    public List<UnitResult> ranked() {
        return units.stream()
                .sorted(Comparator.comparing(UnitResult::series)
                        .thenComparingInt(UnitResult::rankInSeries)
                        .thenComparing(UnitResult::name))
                .toList();
    }
}
