package org.jixiao.table;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where in a table a finding points: the category, the indicator's code as written and the row's
 * identity (so that pages can highlight it and imports can map it back to the file's row).
 *
 * @param category      category name, e.g. 重点工作目标; empty for table-wide findings
 * @param indicatorCode the indicator's code, empty when the row has none or the finding is wider
 * @param rowId         the row, {@code null} for category- or table-wide findings
 */
public record Location(String category, String indicatorCode, @Nullable UUID rowId) {

    public static final Location TABLE = new Location("", "", null);

    public Location {
        category = category == null ? "" : category;
        indicatorCode = indicatorCode == null ? "" : indicatorCode;
    }

    public static Location of(TableCategory category) {
        return new Location(category.name(), "", null);
    }

    public static Location of(TableCategory category, FirstLevelIndicator row) {
        return new Location(category.name(), row.code() == null ? "" : row.code().value(), row.id());
    }

    public static Location of(TableCategory category, SecondLevelIndicator row) {
        return new Location(category.name(), row.code() == null ? "" : row.code().value(), row.id());
    }

    /** Human-readable form, e.g. "重点工作目标 1-3-2". */
    @Override
    public String toString() {
        return (category + " " + indicatorCode).strip();
    }
}
