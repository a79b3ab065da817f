package org.jixiao.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * 绩效目标考评表 — one unit's target table for one assessment cycle: categories, first-level and
 * second-level indicators. The aggregate: every edit goes through it and keeps row identities.
 */
public final class TargetTable {

    private final UUID id;
    private final long cycleId;
    private final long unitId;
    private final String unitName;
    private final int year;
    private List<TableCategory> categories;

    public TargetTable(UUID id, long cycleId, long unitId, String unitName, int year, List<TableCategory> categories) {
        this.id = id;
        this.cycleId = cycleId;
        this.unitId = unitId;
        this.unitName = unitName == null ? "" : unitName.strip();
        this.year = year;
        this.categories = List.copyOf(categories);
    }

    /** A new table with the template's categories, its fixed items instantiated and nothing else. */
    public static TargetTable draft(long cycleId, long unitId, String unitName, TableTemplate template) {
        List<TableCategory> categories = template.categories().stream()
                .map(c -> TableCategory.empty(c).withFirstLevel(fixedItems(c)))
                .toList();
        return new TargetTable(UUID.randomUUID(), cycleId, unitId, unitName, template.year(), categories);
    }

    private static List<FirstLevelIndicator> fixedItems(CategoryTemplate category) {
        return category.fixedItems().stream()
                .map(item -> FirstLevelIndicator.item(item.code(), item.area(), item.text(), item.weight(),
                        Responsibility.NONE))
                .toList();
    }

    public UUID id() { return id; }
    public long cycleId() { return cycleId; }
    public long unitId() { return unitId; }
    public String unitName() { return unitName; }
    public int year() { return year; }
    public List<TableCategory> categories() { return categories; }

    public Optional<TableCategory> category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<FirstLevelIndicator> firstLevel(UUID rowId) {
        return allFirstLevel().stream().filter(l1 -> l1.id().equals(rowId)).findFirst();
    }

    public Optional<SecondLevelIndicator> secondLevel(UUID rowId) {
        return allFirstLevel().stream().flatMap(l1 -> l1.secondLevel().stream())
                .filter(l2 -> l2.id().equals(rowId)).findFirst();
    }

    public List<FirstLevelIndicator> allFirstLevel() {
        return categories.stream().flatMap(c -> c.firstLevel().stream()).toList();
    }

    /** Sum of what the categories contribute. */
    public Points totalPoints() {
        return Points.sum(categories.stream().map(TableCategory::actualPoints).toList());
    }

    // ---- edits -------------------------------------------------------------------------------

    public void addFirstLevel(String categoryKey, FirstLevelIndicator row) {
        TableCategory category = category(categoryKey)
                .orElseThrow(() -> new IllegalArgumentException("考评表中没有该考评项目：" + categoryKey));
        List<FirstLevelIndicator> rows = new ArrayList<>(category.firstLevel());
        rows.add(row);
        replaceCategory(category.withFirstLevel(rows));
    }

    /** Replaces an authored first-level indicator's content, keeping its second level. */
    public void replaceFirstLevel(FirstLevelIndicator row) {
        editFirstLevel(row.id(), existing -> {
            if (existing.isItem() && !row.isItem()) {
                throw new IllegalStateException("固定或单项指标的内容和分值不可修改，只能填写责任分工");
            }
            return row.withSecondLevel(existing.secondLevel());
        });
    }

    /** Sets who answers for an item without second level; its content and weight stay as they are. */
    public void assignItem(UUID rowId, Responsibility responsibility) {
        editFirstLevel(rowId, l1 -> {
            if (!l1.isItem()) {
                throw new IllegalStateException("该一级指标下设二级指标，请在二级指标上填写责任分工");
            }
            return new FirstLevelIndicator(l1.id(), l1.code(), l1.text(), l1.points(), l1.basis(), l1.area(),
                    responsibility, l1.secondLevel());
        });
    }

    public void removeFirstLevel(UUID rowId) {
        TableCategory category = categoryOfFirstLevel(rowId);
        replaceCategory(category.withFirstLevel(
                category.firstLevel().stream().filter(l1 -> !l1.id().equals(rowId)).toList()));
    }

    /** Moves a first-level indicator up ({@code -1}) or down ({@code +1}) within its category. */
    public void moveFirstLevel(UUID rowId, int direction) {
        TableCategory category = categoryOfFirstLevel(rowId);
        replaceCategory(category.withFirstLevel(moved(category.firstLevel(), rowId, direction,
                FirstLevelIndicator::id)));
    }

    public void addSecondLevel(UUID firstLevelId, SecondLevelIndicator row) {
        editFirstLevel(firstLevelId, l1 -> {
            if (l1.isItem()) {
                throw new IllegalStateException("该指标为固定或单项指标，不能添加二级指标");
            }
            List<SecondLevelIndicator> rows = new ArrayList<>(l1.secondLevel());
            rows.add(row);
            return l1.withSecondLevel(rows);
        });
    }

    public void replaceSecondLevel(SecondLevelIndicator row) {
        FirstLevelIndicator parent = parentOf(row.id());
        editFirstLevel(parent.id(), l1 -> l1.withSecondLevel(l1.secondLevel().stream()
                .map(l2 -> l2.id().equals(row.id()) ? row : l2).toList()));
    }

    public void removeSecondLevel(UUID rowId) {
        FirstLevelIndicator parent = parentOf(rowId);
        editFirstLevel(parent.id(), l1 -> l1.withSecondLevel(l1.secondLevel().stream()
                .filter(l2 -> !l2.id().equals(rowId)).toList()));
    }

    public void moveSecondLevel(UUID rowId, int direction) {
        FirstLevelIndicator parent = parentOf(rowId);
        editFirstLevel(parent.id(), l1 -> l1.withSecondLevel(moved(l1.secondLevel(), rowId, direction,
                SecondLevelIndicator::id)));
    }

    public FirstLevelIndicator parentOf(UUID secondLevelId) {
        return allFirstLevel().stream()
                .filter(l1 -> l1.secondLevel().stream().anyMatch(l2 -> l2.id().equals(secondLevelId)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("考评表中没有该二级指标"));
    }

    public TableCategory categoryOfFirstLevel(UUID firstLevelId) {
        return categories.stream()
                .filter(c -> c.firstLevel().stream().anyMatch(l1 -> l1.id().equals(firstLevelId)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("考评表中没有该一级指标"));
    }

    private void editFirstLevel(UUID rowId, UnaryOperator<FirstLevelIndicator> edit) {
        TableCategory category = categoryOfFirstLevel(rowId);
        replaceCategory(category.withFirstLevel(category.firstLevel().stream()
                .map(l1 -> l1.id().equals(rowId) ? edit.apply(l1) : l1).toList()));
    }

    private void replaceCategory(TableCategory replacement) {
        categories = categories.stream()
                .map(c -> c.key().equals(replacement.key()) ? replacement : c)
                .toList();
    }

    private static <T> List<T> moved(List<T> rows, UUID rowId, int direction,
                                     java.util.function.Function<T, UUID> idOf) {
        List<T> result = new ArrayList<>(rows);
        for (int i = 0; i < result.size(); i++) {
            if (idOf.apply(result.get(i)).equals(rowId)) {
                int target = i + Integer.signum(direction);
                if (target >= 0 && target < result.size()) {
                    result.add(target, result.remove(i));
                }
                return result;
            }
        }
        return result;
    }
}
