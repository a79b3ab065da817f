package org.jixiao.exchange;

import java.util.List;

/**
 * One row of tabular input as the file has it: where it is (the sheet or table, empty for plain
 * text), its own row number there (1-based, as a person sees it in Excel, Word or an editor), and
 * its cells as text.
 */
public record SourceRow(String origin, int number, List<String> cells) {

    public SourceRow {
        origin = origin == null ? "" : origin;
        cells = List.copyOf(cells);
    }

    public static SourceRow of(int number, String... cells) {
        return new SourceRow("", number, List.of(cells));
    }

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** How a person finds the row: "第12行" or "表格2 第12行". */
    public String where() {
        return (origin.isEmpty() ? "" : origin + " ") + "第" + number + "行";
    }
}
