package org.jixiao.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;

/**
 * 调整范围 — what a change of a table may touch while a mid-year adjustment is open: the rows the
 * adjustment names (their fields, their removal), second-level rows added, changed, removed or
 * reordered under a named first-level row, and nothing else. Categories, unnamed rows and the
 * order of unnamed rows stay as approved.
 */
public final class AdjustmentScope {

    private final Set<UUID> named;

    public AdjustmentScope(PlanAdjustment adjustment) {
        this(adjustment.rows());
    }

    AdjustmentScope(List<UUID> named) {
        this.named = Set.copyOf(named);
    }

    /**
     * The rows and groups the change from {@code before} to {@code after} touches outside the
     * adjustment, as a person recognises them ("1-3-2 建成…"); empty when the change stays within it.
     */
    public List<String> outside(TargetTable before, TargetTable after) {
        Set<String> outside = new LinkedHashSet<>();
        categories(before, after, outside);
        Map<UUID, RowContent> old = byId(before);
        Map<UUID, RowContent> now = byId(after);
        for (RowContent row : now.values()) {
            RowContent was = old.get(row.id());
            if (was == null) {
                if (!(row.level() == RowContent.Level.SECOND && isNamed(row.parentId()))) {
                    outside.add("新增" + row.level().label() + " " + row.label());
                }
            } else if (!was.fields().equals(row.fields()) && !mayChange(was, row)) {
                outside.add(row.label());
            }
        }
        for (RowContent row : old.values()) {
            if (!now.containsKey(row.id()) && !mayRemove(row)) {
                outside.add("删除" + row.level().label() + " " + row.label());
            }
        }
        order(before, after, outside);
        return List.copyOf(outside);
    }

    private boolean isNamed(@Nullable UUID rowId) {
        return rowId != null && named.contains(rowId);
    }

    private boolean mayChange(RowContent was, RowContent row) {
        if (isNamed(row.id())) {
            return true;
        }
        return row.level() == RowContent.Level.SECOND && isNamed(was.parentId())
                && isNamed(row.parentId());
    }

    private boolean mayRemove(RowContent row) {
        return isNamed(row.id()) || (row.level() == RowContent.Level.SECOND && isNamed(row.parentId()));
    }

    private static void categories(TargetTable before, TargetTable after, Set<String> outside) {
        List<String> keysBefore = before.categories().stream().map(TableCategory::key).toList();
        List<String> keysAfter = after.categories().stream().map(TableCategory::key).toList();
        if (!keysBefore.equals(keysAfter)) {
            outside.add("考评项目的设置");
        }
        for (TableCategory category : after.categories()) {
            before.category(category.key()).ifPresent(old -> {
                if (!old.name().equals(category.name()) || !Objects.equals(old.declaredPoints(),
                        category.declaredPoints()) || old.role() != category.role()) {
                    outside.add("考评项目 " + old.name());
                }
            });
        }
    }

    /** Unnamed rows keep their order among themselves; under a named first-level row anything goes. */
    private void order(TargetTable before, TargetTable after, Set<String> outside) {
        for (TableCategory category : after.categories()) {
            before.category(category.key()).ifPresent(old -> {
                if (!TableDiff.sameOrder(unnamed(old.firstLevel(), FirstLevelIndicator::id),
                        unnamed(category.firstLevel(), FirstLevelIndicator::id))) {
                    outside.add(category.name() + " 的一级指标顺序");
                }
            });
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                if (isNamed(l1.id())) {
                    continue;
                }
                before.firstLevel(l1.id()).ifPresent(old -> {
                    if (!TableDiff.sameOrder(unnamed(old.secondLevel(), SecondLevelIndicator::id),
                            unnamed(l1.secondLevel(), SecondLevelIndicator::id))) {
                        outside.add(RowContent.label(l1.code(), l1.text()) + " 下二级指标的顺序");
                    }
                });
            }
        }
    }

    private <T> List<UUID> unnamed(List<T> rows, Function<T, UUID> id) {
        List<UUID> ids = new ArrayList<>();
        for (T row : rows) {
            UUID rowId = id.apply(row);
            if (!isNamed(rowId)) {
                ids.add(rowId);
            }
        }
        return ids;
    }

    private static Map<UUID, RowContent> byId(TargetTable table) {
        return RowContent.of(table).stream().collect(Collectors.toMap(RowContent::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }
}
