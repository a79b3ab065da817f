package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's result with everything needed to show every point adding up.
 *
 * @param tableScore   考评表得分, sum of the item scores, pending items counting 0
 * @param pendingItems how many items are 未评分
 * @param rankInSeries rank among the units of its series (see {@link ScoringEngine} for the tie-break)
 * @param rankInGroup  rank among the units of its group within the series
 * @param band         等次
 */
public record UnitResult(String unitId, String name, String series, String group, BigDecimal tableScore,
                         BigDecimal tableTotal, int pendingItems, boolean appraisalPending, BigDecimal composite,
                         int rankInSeries, int rankInGroup, String band, List<ItemResult> items,
                         Adjustments adjustments, CompositeBreakdown breakdown) {

    public UnitResult {
        items = List.copyOf(items);
    }

    /** Whether every item is scored and the public appraisal is known, i.e. the composite is final. */
    public boolean isComplete() {
        return pendingItems == 0 && !appraisalPending;
    }
}
