package org.jixiao.table;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 项目 as it stands in one unit's table: the category with its declared points and its indicators.
 *
 * @param key            the template category it instantiates
 * @param name           name as shown, e.g. 重点工作目标
 * @param role           what rules treat it as
 * @param declaredPoints points the table declares for it ("重点工作目标（15分）"); {@code null} when none
 * @param firstLevel     一级指标 in table order
 */
public record TableCategory(
        String key,
        String name,
        CategoryRole role,
        @Nullable Points declaredPoints,
        List<FirstLevelIndicator> firstLevel) {

    public TableCategory {
        firstLevel = List.copyOf(firstLevel);
    }

    public static TableCategory empty(CategoryTemplate template) {
        return new TableCategory(template.key(), template.name(), template.role(), template.points(), List.of());
    }

    /** Sum of what its indicators contribute. */
    public Points actualPoints() {
        return Points.sum(firstLevel.stream().map(FirstLevelIndicator::actualPoints).toList());
    }

    public int secondLevelCount() {
        return firstLevel.stream().mapToInt(l1 -> l1.secondLevel().size()).sum();
    }

    public TableCategory withFirstLevel(List<FirstLevelIndicator> rows) {
        return new TableCategory(key, name, role, declaredPoints, rows);
    }
}
