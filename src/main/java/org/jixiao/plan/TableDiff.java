package org.jixiao.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;

/**
 * 版本比较 — what changed from one version of a table to another: rows added and removed, the fields
 * of rows that changed, groups whose order changed, and the points per category and in total.
 * Rows are the same row when they have the same id (ids are stable across edits and re-imports).
 *
 * @param reordered the categories and first-level rows whose rows beneath them changed order
 */
public record TableDiff(List<RowChange> added, List<RowChange> removed, List<RowChange> changed,
                        List<String> reordered, List<CategoryPoints> categories, BigDecimal totalBefore,
                        BigDecimal totalAfter) {

    public TableDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        reordered = List.copyOf(reordered);
        categories = List.copyOf(categories);
    }

    /**
     * A row that was added, removed or changed, as it reads after the change (before it, for a
     * removed row), with the fields that differ; an added row lists its filled fields with an empty
     * before, a removed row with an empty after.
     */
    public record RowChange(UUID id, RowContent.Level level, String category, String code, String text,
                            String label, List<FieldChange> fields) {

        public RowChange {
            fields = List.copyOf(fields);
        }

        /** Its points (分值/权重) after the change, or before it for a removed row; empty when none. */
        public String points() {
            FieldChange points = field(RowField.POINTS);
            if (points == null) {
                return "";
            }
            return points.after().isEmpty() ? points.before() : points.after();
        }

        /** The change of one field, if it changed. */
        public @Nullable FieldChange field(RowField field) {
            return fields.stream().filter(f -> f.field() == field).findFirst().orElse(null);
        }
    }

    /** One field's text before and after. */
    public record FieldChange(RowField field, String before, String after) {
    }

    /** A category's points (what its rows add up to) before and after. */
    public record CategoryPoints(String key, String name, BigDecimal before, BigDecimal after) {

        public BigDecimal difference() {
            return after.subtract(before);
        }
    }

    public static TableDiff between(TargetTable from, TargetTable to) {
        Map<UUID, RowContent> before = byId(RowContent.of(from));
        Map<UUID, RowContent> after = byId(RowContent.of(to));
        List<RowChange> added = new ArrayList<>();
        List<RowChange> changed = new ArrayList<>();
        for (RowContent row : after.values()) {
            RowContent old = before.get(row.id());
            if (old == null) {
                added.add(change(row, fieldsBetween(null, row)));
            } else {
                List<FieldChange> fields = fieldsBetween(old, row);
                if (!fields.isEmpty()) {
                    changed.add(change(row, fields));
                }
            }
        }
        List<RowChange> removed = before.values().stream().filter(row -> !after.containsKey(row.id()))
                .map(row -> change(row, fieldsBetween(row, null))).toList();
        return new TableDiff(added, removed, changed, reordered(from, to), points(from, to),
                from.totalPoints().value(), to.totalPoints().value());
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && reordered.isEmpty();
    }

    public BigDecimal totalDifference() {
        return totalAfter.subtract(totalBefore);
    }

    /** The ids of every row added, removed or changed. */
    public Set<UUID> touchedRows() {
        return Stream.of(added, removed, changed).flatMap(List::stream).map(RowChange::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<UUID, RowContent> byId(List<RowContent> rows) {
        return rows.stream().collect(Collectors.toMap(RowContent::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static RowChange change(RowContent row, List<FieldChange> fields) {
        return new RowChange(row.id(), row.level(), row.categoryName(), row.code(), row.text(), row.label(), fields);
    }

    private static List<FieldChange> fieldsBetween(@Nullable RowContent before, @Nullable RowContent after) {
        List<FieldChange> fields = new ArrayList<>();
        for (RowField field : RowField.values()) {
            String a = before == null ? "" : before.field(field);
            String b = after == null ? "" : after.field(field);
            boolean placeOfNewOrGoneRow = field == RowField.PLACE && (before == null || after == null);
            if (!a.equals(b) && !placeOfNewOrGoneRow) {
                fields.add(new FieldChange(field, a, b));
            }
        }
        return fields;
    }

    /** Categories whose first-level rows, and first-level rows whose second-level rows, changed order. */
    private static List<String> reordered(TargetTable from, TargetTable to) {
        List<String> result = new ArrayList<>();
        for (TableCategory category : to.categories()) {
            from.category(category.key()).ifPresent(old -> {
                if (!sameOrder(ids(old.firstLevel(), FirstLevelIndicator::id),
                        ids(category.firstLevel(), FirstLevelIndicator::id))) {
                    result.add(category.name());
                }
            });
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                from.firstLevel(l1.id()).ifPresent(old -> {
                    if (!sameOrder(ids(old.secondLevel(), SecondLevelIndicator::id),
                            ids(l1.secondLevel(), SecondLevelIndicator::id))) {
                        result.add(RowContent.label(l1.code(), l1.text()));
                    }
                });
            }
        }
        return result;
    }

    private static <T> List<UUID> ids(List<T> rows, Function<T, UUID> id) {
        return rows.stream().map(id).toList();
    }

    /** Whether the rows present in both lists come in the same order (added and removed rows aside). */
    static boolean sameOrder(List<UUID> before, List<UUID> after) {
        return before.stream().filter(after::contains).toList()
                .equals(after.stream().filter(before::contains).toList());
    }

    private static List<CategoryPoints> points(TargetTable from, TargetTable to) {
        List<CategoryPoints> result = new ArrayList<>();
        for (TableCategory category : to.categories()) {
            BigDecimal before = from.category(category.key()).map(c -> c.actualPoints().value()).orElse(BigDecimal.ZERO);
            result.add(new CategoryPoints(category.key(), category.name(), before, category.actualPoints().value()));
        }
        for (TableCategory old : from.categories()) {
            if (to.category(old.key()).isEmpty()) {
                result.add(new CategoryPoints(old.key(), old.name(), old.actualPoints().value(), BigDecimal.ZERO));
            }
        }
        return result;
    }
}
