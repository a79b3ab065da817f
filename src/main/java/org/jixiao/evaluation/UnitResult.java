package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit's result with everything needed to show every point adding up.
 *
 * @param tableScore   考评表得分, sum of the item scores, pending items counting what is in (0 when nothing)
 * @param pendingItems how many items are not final (未评分, or fewer rater scores than the panel)
 * @param rankInSeries rank among the ranked units of its series (see {@link ScoringEngine}); {@code null}
 *                     while the unit is pending and the cycle gives no provisional results
 * @param rankInGroup  rank among the ranked units of its group within the series; {@code null} likewise
 * @param band         等次; {@code null} likewise
 * @param provisional  whether the rank and band are 暂定: given to a pending unit because the cycle allows it
 */
public record UnitResult(String unitId, String name, String series, String group, BigDecimal tableScore,
                         BigDecimal tableTotal, int pendingItems, boolean appraisalPending, BigDecimal composite,
                         @Nullable Integer rankInSeries, @Nullable Integer rankInGroup, @Nullable String band,
                         List<ItemResult> items, Adjustments adjustments, CompositeBreakdown breakdown,
                         boolean provisional) {

    public UnitResult {
        items = List.copyOf(items);
    }

    /** Whether every item is final and the public appraisal is known, i.e. the composite is final. */
    public boolean isComplete() {
        return pendingItems == 0 && !appraisalPending;
    }

    /** What is still missing: "1-2（评分 2/7）", "2-1（未评分）", "公众评议得分". Empty when complete. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        items.stream().filter(ItemResult::isPending).forEach(i -> missing.add(i.pendingLabel()));
        if (appraisalPending) {
            missing.add("公众评议得分");
        }
        return missing;
    }

    /**
     * 应评人数: how many rater scores each rater-scored item of the unit expects (the same for every
     * item of a unit); {@code null} when the panel is unknown (no rater assigned) and any score completes.
     */
    public @org.jspecify.annotations.Nullable Integer expectedPanel() {
        return items.stream().map(ItemResult::expectedScores).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** 完成, 待完成 or 待完成（暂定）. */
    public String stateLabel() {
        return isComplete() ? "完成" : provisional ? "待完成（暂定）" : "待完成";
    }
}
