package org.jixiao.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.table.Finding;
import org.jixiao.table.Location;

/**
 * Counts the filled cells of the columns an import does not read, per header, so that no column with
 * content is dropped without a word: each one with content becomes an {@code IMPORT_COLUMN_IGNORED}
 * finding naming the header text and how many cells it holds.
 */
final class IgnoredColumns {

    static final String CODE = "IMPORT_COLUMN_IGNORED";

    private record Column(SourceRow header, int position, String name) {
    }

    private final Map<Column, Integer> filled = new LinkedHashMap<>();
    private Map<Integer, Column> current = Map.of();

    /** The header now in force: its first row (for the location) and the layout it gives. */
    void header(SourceRow firstHeaderRow, HeaderLayout layout) {
        Map<Integer, Column> columns = new TreeMap<>();
        String heading = "";
        for (Map.Entry<Integer, String> e : layout.ignoredColumns().entrySet()) {
            String name = e.getValue();
            if (name.matches("\\d{1,2}") && !heading.isEmpty()) {
                name = heading + " " + name;
            } else {
                heading = name;
            }
            Column column = new Column(firstHeaderRow, e.getKey(), name);
            columns.put(e.getKey(), column);
            filled.putIfAbsent(column, 0);
        }
        current = columns;
    }

    /** A data row read by the header's positions. */
    void row(SourceRow row) {
        current.forEach((position, column) -> {
            if (!row.cell(position).isBlank()) {
                filled.merge(column, 1, Integer::sum);
            }
        });
    }

    List<ImportNote> notes() {
        return filled.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> {
            Column column = e.getKey();
            boolean scoring = ColumnKind.of(column.name()).isPresent() || column.name().matches(".*\\d{1,2}$");
            String why = scoring ? "这是年终考评的栏目，导入考评表时不读取；年终自评、考评在系统中填写"
                    : "该列对应不到考评表的任何一栏；如需导入，请把表头改为考评表的栏目名称（如 文件依据、一级指标、二级指标、权重、完成时限、责任科室、备注）";
            return new ImportNote(Finding.warning(CODE, new Location("", "", null),
                    "第" + column.header().number() + "行表头的“" + column.name() + "”列（第" + (column.position() + 1)
                            + "列）有 " + e.getValue() + " 个单元格有内容，未导入：" + why), column.header());
        }).toList();
    }
}
