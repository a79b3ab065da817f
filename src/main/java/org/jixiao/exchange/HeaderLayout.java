package org.jixiao.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The columns of a target table as its header rows name them: kind by position, in any order.
 * Built from one header row or two (a heading row such as 目标内容/责任分解 above the detail row).
 */
final class HeaderLayout {

    /** Header cells that make a row a header: the cell names a column a target table must have. */
    private static final List<ColumnKind> ESSENTIAL = List.of(ColumnKind.CODE, ColumnKind.FIRST_LEVEL,
            ColumnKind.SECOND_LEVEL, ColumnKind.WEIGHT, ColumnKind.DEADLINE, ColumnKind.CONTENT);

    private final TreeMap<Integer, ColumnKind> columns;
    /** The header text of each column the import does not read, by position. */
    private final TreeMap<Integer, String> ignoredNames;

    private HeaderLayout(TreeMap<Integer, ColumnKind> columns, TreeMap<Integer, String> ignoredNames) {
        this.columns = columns;
        this.ignoredNames = ignoredNames;
    }

    /** Whether the row is a header row: at least three recognized column names, one of them essential. */
    static boolean isHeader(SourceRow row) {
        int known = 0;
        boolean essential = false;
        for (String cell : row.cells()) {
            Optional<ColumnKind> kind = ColumnKind.of(cell);
            if (kind.isPresent() && kind.get() != ColumnKind.IGNORED) {
                known++;
                essential |= ESSENTIAL.contains(kind.get());
            }
        }
        return known >= 3 && essential;
    }

    /**
     * Whether the row continues the header above it: every filled cell is a column name or a
     * number (the rater numbers 1…7 under 集中考评组打分), and it has no code of an indicator.
     */
    static boolean continuesHeader(SourceRow row) {
        boolean any = false;
        for (String cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            any = true;
            boolean name = ColumnKind.of(cell).isPresent();
            boolean rater = cell.strip().matches("\\d{1,2}");
            if (!name && !rater) {
                return false;
            }
        }
        return any;
    }

    static HeaderLayout of(List<SourceRow> headerRows) {
        TreeMap<Integer, ColumnKind> columns = new TreeMap<>();
        TreeMap<Integer, String> names = new TreeMap<>();
        for (SourceRow row : headerRows) {
            for (int i = 0; i < row.cells().size(); i++) {
                if (!row.cell(i).isBlank()) {
                    names.merge(i, CellText.compact(row.cell(i)), (a, b) -> a.equals(b) ? a : a + "/" + b);
                }
                Optional<ColumnKind> kind = ColumnKind.of(row.cell(i));
                if (kind.isEmpty()) {
                    if (!row.cell(i).isBlank() && !columns.containsKey(i)) {
                        columns.put(i, ColumnKind.IGNORED);
                    }
                    continue;
                }
                ColumnKind existing = columns.put(i, kind.get());
                boolean heading = existing == null || existing == ColumnKind.GROUP || existing == ColumnKind.CONTENT
                        || existing == ColumnKind.IGNORED;
                if (!heading && existing != kind.get()) {
                    // Two rows name different columns at one position: extraction shifted a row; keep both.
                    columns.put(Math.max(columns.lastKey(), row.cells().size()) + 1, existing);
                }
            }
        }
        boolean detailed = columns.containsValue(ColumnKind.FIRST_LEVEL) || columns.containsValue(ColumnKind.SECOND_LEVEL);
        columns.values().removeIf(k -> k == ColumnKind.GROUP || detailed && k == ColumnKind.CONTENT);
        boolean seenHead = false;
        for (Map.Entry<Integer, ColumnKind> e : columns.entrySet()) {
            if (e.getValue() == ColumnKind.HEAD) {
                if (seenHead) {
                    e.setValue(ColumnKind.PERSON);
                }
                seenHead = true;
            }
        }
        TreeMap<Integer, String> ignored = new TreeMap<>();
        columns.forEach((position, kind) -> {
            if (kind == ColumnKind.IGNORED && names.containsKey(position)) {
                ignored.put(position, names.get(position));
            }
        });
        return new HeaderLayout(columns, ignored);
    }

    /** Columns the import does not read (scoring columns, unknown headings): position → header text. */
    Map<Integer, String> ignoredColumns() {
        return ignoredNames;
    }

    Optional<Integer> position(ColumnKind kind) {
        return columns.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).findFirst();
    }

    Map<Integer, ColumnKind> columns() {
        return columns;
    }

    /** The text columns (文件依据, 一级指标, 二级指标 or 目标内容) in the header's order. */
    List<ColumnKind> textKinds() {
        return columns.values().stream().filter(ColumnKind::isText).toList();
    }

    /** The columns after 完成时限 in the header's order: responsibility, remark and ignored ones. */
    List<ColumnKind> trailingKinds() {
        List<ColumnKind> kinds = new ArrayList<>();
        for (ColumnKind kind : columns.values()) {
            if (kind.isResponsibility() || kind == ColumnKind.IGNORED) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
