package org.jixiao.administration.setup;

import java.util.List;
import java.util.Map;

/**
 * A set-up workbook as read: the data rows of each sheet and the findings of reading it (a required
 * column missing).
 */
record SetupWorkbook(Map<SetupSheet, List<SetupRow>> sheets, List<SetupFinding> findings) {

    SetupWorkbook {
        sheets = Map.copyOf(sheets);
        findings = List.copyOf(findings);
    }

    List<SetupRow> rows(SetupSheet sheet) {
        return sheets.getOrDefault(sheet, List.of());
    }

    /** Every non-blank value of a column, e.g. all usernames, to look them up in one query. */
    List<String> values(SetupColumn column) {
        return rows(column.sheet()).stream().map(row -> row.get(column)).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
