package org.jixiao.exchange;

import org.jixiao.table.Finding;
import org.jspecify.annotations.Nullable;

/**
 * A finding of an import with the source row it points to, so that a person can find it in the
 * file: rule findings are mapped back through the rows of the indicators they concern.
 *
 * @param finding the finding as the rules or the import made it
 * @param row     the file's row, {@code null} for category- or table-wide findings
 */
public record ImportNote(Finding finding, @Nullable SourceRow row) {

    /** Import findings use codes of their own, all starting with {@code IMPORT_}. */
    static final String ROW_NOT_PLACED = "IMPORT_ROW_NOT_PLACED";
    static final String FIRST_LEVEL_TEXT_CONFLICT = "IMPORT_FIRST_LEVEL_TEXT_CONFLICT";
    static final String DECLARED_POINTS_CONFLICT = "IMPORT_DECLARED_POINTS_CONFLICT";
    static final String WEIGHT_UNREADABLE = "IMPORT_WEIGHT_UNREADABLE";
    static final String ITEM_WITHOUT_POINTS = "IMPORT_ITEM_WITHOUT_POINTS";
    static final String CATEGORY_ASSUMED = "IMPORT_CATEGORY_ASSUMED";
    static final String CATEGORY_NOT_IN_TEMPLATE = "IMPORT_CATEGORY_NOT_IN_TEMPLATE";
    static final String GROUP_POINTS_DIFFER = "IMPORT_GROUP_POINTS_DIFFER";
}
