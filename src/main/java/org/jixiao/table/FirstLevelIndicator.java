package org.jixiao.table;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 一级指标 — a goal of a category with its points and policy basis, broken down into second-level
 * indicators. Items that have no second level (行政能力 items, 精神文明 …) carry their own
 * responsibility instead; {@code area} then names the sub-area they belong to (e.g. 从严治党).
 *
 * @param id             stable row identity within the table
 * @param code           序号 such as 1-3; absent when the source table gave none
 * @param text           the goal as written
 * @param points         分值 declared for it (often written in the text as "（5分）"); absent when none
 * @param basis          文件依据, in the order written
 * @param area           sub-area of a fixed item (从严治党, 依法履职 …), empty otherwise
 * @param responsibility for an item without second level: who answers for it; {@code null} otherwise
 * @param secondLevel    二级指标 in table order
 */
public record FirstLevelIndicator(
        UUID id,
        @Nullable IndicatorCode code,
        String text,
        @Nullable Points points,
        List<PolicyReference> basis,
        String area,
        @Nullable Responsibility responsibility,
        List<SecondLevelIndicator> secondLevel) {

    public FirstLevelIndicator {
        if (id == null) {
            throw new IllegalArgumentException("一级指标缺少标识");
        }
        text = text == null ? "" : text.strip();
        area = area == null ? "" : area.strip();
        basis = List.copyOf(basis);
        secondLevel = List.copyOf(secondLevel);
    }

    public static FirstLevelIndicator create(@Nullable IndicatorCode code, String text, @Nullable Points points,
                                             List<PolicyReference> basis) {
        return new FirstLevelIndicator(UUID.randomUUID(), code, text, points, basis, "", null, List.of());
    }

    /** An item scored on its own, without second level: a fixed 行政能力 item or a single-item category. */
    public static FirstLevelIndicator item(@Nullable IndicatorCode code, String area, String text, Points points,
                                           Responsibility responsibility) {
        return new FirstLevelIndicator(UUID.randomUUID(), code, text, points, List.of(), area, responsibility,
                List.of());
    }

    /** Whether it is scored as one row (no second level beneath it). */
    public boolean isItem() {
        return responsibility != null;
    }

    /** Sum of the second-level weights. */
    public Points secondLevelWeight() {
        return Points.sum(secondLevel.stream().map(SecondLevelIndicator::weightOrZero).toList());
    }

    /**
     * The points this indicator actually contributes: the sum of its second-level weights when it
     * has a second level, its declared points otherwise.
     */
    public Points actualPoints() {
        if (!secondLevel.isEmpty()) {
            return secondLevelWeight();
        }
        return points == null ? Points.ZERO : points;
    }

    public FirstLevelIndicator withSecondLevel(List<SecondLevelIndicator> rows) {
        return new FirstLevelIndicator(id, code, text, points, basis, area, responsibility, rows);
    }
}
