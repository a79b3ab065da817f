package org.jixiao.administration.setup;

/**
 * A problem with one cell or row of a set-up workbook. Any finding keeps the whole file from being
 * applied.
 *
 * @param sheet   the sheet's name (单位, 科室, 人员, 账号)
 * @param row     the row number as Excel shows it
 * @param column  the column's header, empty when the whole row is meant
 * @param code    stable code for scripts, e.g. {@code UNIT_DUPLICATE}
 * @param message what is wrong and what to change, in Chinese
 */
public record SetupFinding(String sheet, int row, String column, String code, String message) {

    static SetupFinding at(SetupRow row, SetupColumn column, String code, String message) {
        return new SetupFinding(row.sheet().title(), row.number(), column.header(), code, message);
    }

    /** How a person finds the cell: "单位 第3行 单位全称". */
    public String where() {
        return sheet + " 第" + row + "行" + (column.isEmpty() ? "" : " " + column);
    }
}
