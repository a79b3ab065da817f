package org.jixiao.evaluation.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.evaluation.ScoredItem;
import org.jixiao.evaluation.ScoredItems;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;

/**
 * The scored rows of one unit's table, in table order, with the codes and weights
 * {@link ScoredItems#from} gives the engine (zipped by position, so both always agree).
 * A table whose rows cannot all be given a 序号 (a row without one at position 1000 or later) has
 * no scored rows and a {@code problem}: only that unit is left out of the results, with the reason.
 */
public record ScoredRows(TargetTable table, List<ScoredRow> rows, @Nullable String problem) {

    public ScoredRows {
        rows = List.copyOf(rows);
    }

    public static ScoredRows of(TargetTable table) {
        List<ScoredItem> items;
        try {
            items = ScoredItems.from(table, "");
        } catch (IllegalArgumentException e) {
            return new ScoredRows(table, List.of(), "考评表无法计分：" + e.getMessage()
                    + "（同一级别下的指标不能超过 999 个）；请单位修改考评表后再计分");
        }
        List<ScoredRow> rows = new ArrayList<>();
        int i = 0;
        for (TableCategory category : table.categories()) {
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                if (l1.secondLevel().isEmpty()) {
                    rows.add(row(l1.id(), items.get(i++), category, l1.area()));
                }
                for (SecondLevelIndicator l2 : l1.secondLevel()) {
                    rows.add(row(l2.id(), items.get(i++), category, ""));
                }
            }
        }
        return new ScoredRows(table, rows, null);
    }

    private static ScoredRow row(UUID id, ScoredItem item, TableCategory category, String area) {
        return new ScoredRow(id, item.code(), item.name(), item.weight(), category.name(), area);
    }

    public Optional<ScoredRow> row(UUID rowId) {
        return rows.stream().filter(r -> r.rowId().equals(rowId)).findFirst();
    }

    /** Codes used by more than one row; such a table cannot be scored until the unit fixes them. */
    public List<String> duplicateCodes() {
        List<String> seen = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (ScoredRow row : rows) {
            String code = row.code().value();
            if (seen.contains(code) && !duplicates.contains(code)) {
                duplicates.add(code);
            }
            seen.add(code);
        }
        return duplicates;
    }
}
