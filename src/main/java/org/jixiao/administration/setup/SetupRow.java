package org.jixiao.administration.setup;

import java.util.Map;

/** One data row of a set-up sheet: its number as Excel shows it and its cells by column, trimmed. */
record SetupRow(SetupSheet sheet, int number, Map<SetupColumn, String> cells) {

    SetupRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, empty when the column is missing or the cell is blank. */
    String get(SetupColumn column) {
        return cells.getOrDefault(column, "");
    }

    /** Whether the sheet has this column at all (a missing column is reported once, at the header). */
    boolean has(SetupColumn column) {
        return cells.containsKey(column);
    }
}
