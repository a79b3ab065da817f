package org.jixiao.administration.setup;

import java.util.List;

/**
 * Reads the cells of one row for the checker, recording a finding for every empty required cell
 * and every text longer than its column allows, and tells whether the row came through clean.
 */
final class RowCells {

    private final SetupRow row;
    private final List<SetupFinding> findings;
    private final int before;
    private boolean incomplete;

    RowCells(SetupRow row, List<SetupFinding> findings) {
        this.row = row;
        this.findings = findings;
        this.before = findings.size();
    }

    int number() {
        return row.number();
    }

    /** The cell's text; a required column missing from the header was reported once already. */
    String text(SetupColumn column) {
        String value = row.get(column);
        if (!row.has(column)) {
            incomplete |= column.required();
        } else if (value.isEmpty() && column.required()) {
            problem(column, "SETUP_REQUIRED", "请填写“" + column.header() + "”");
        } else if (value.length() > column.maxLength()) {
            problem(column, "SETUP_TOO_LONG", "“" + column.header() + "”最多 " + column.maxLength() + " 个字，现有 "
                    + value.length() + " 个字");
        }
        return value;
    }

    void problem(SetupColumn column, String code, String message) {
        findings.add(SetupFinding.at(row, column, code, message));
    }

    /** Whether the row gave no finding, so that it belongs in the plan. */
    boolean clean() {
        return !incomplete && findings.size() == before;
    }
}
