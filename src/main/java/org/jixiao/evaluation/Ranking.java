package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Competition ranking ("1, 1, 3") by the documented order: composite, then table score (higher
 * first), then deductions (fewer first), then public appraisal (higher first, missing counting 0).
 * Only units equal on all four share a rank; the order of input never matters.
 */
final class Ranking {

    /** What ranking looks at. */
    record Standing(String unitId, BigDecimal composite, BigDecimal tableScore, BigDecimal deductions,
                    BigDecimal appraisal) {
    }

    static final Comparator<Standing> BEST_FIRST = Comparator
            .comparing(Standing::composite, Comparator.reverseOrder())
            .thenComparing(Standing::tableScore, Comparator.reverseOrder())
            .thenComparing(Standing::deductions)
            .thenComparing(Standing::appraisal, Comparator.reverseOrder());

    private Ranking() {
    }

    /** Rank of every unit within the partition {@code key} puts it in. */
    static Map<String, Integer> ranks(List<Standing> standings, Function<Standing, String> key) {
        Map<String, Integer> ranks = new HashMap<>();
        Map<String, List<Standing>> partitions = standings.stream().collect(Collectors.groupingBy(key));
        for (List<Standing> partition : partitions.values()) {
            List<Standing> sorted = partition.stream().sorted(BEST_FIRST).toList();
            for (int i = 0; i < sorted.size(); i++) {
                boolean tiedWithPrevious = i > 0 && BEST_FIRST.compare(sorted.get(i - 1), sorted.get(i)) == 0;
                int rank = tiedWithPrevious ? ranks.get(sorted.get(i - 1).unitId()) : i + 1;
                ranks.put(sorted.get(i).unitId(), rank);
            }
        }
        return ranks;
    }
}
