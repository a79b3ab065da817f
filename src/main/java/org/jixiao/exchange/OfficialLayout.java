package org.jixiao.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.Points;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;

/**
 * The official layout of a target table as rows of cells, shared by the Excel and PDF exports:
 * 项目 spans its category's rows, 文件依据 and 一级指标 span their second-level rows. A cell covered
 * by a span above it is {@code null}.
 */
final class OfficialLayout {

    static final List<String> HEADER = List.of("项目", "序号", "文件依据", "一级指标", "二级指标", "权重", "完成时限",
            "责任科室", "科室负责人", "分管领导", "备注");
    static final int WEIGHT = 5;

    /** One cell: its text, how many rows it spans, and the number when it is a weight. */
    record Cell(String text, int rowSpan, @Nullable Points number) {
        static Cell of(String text) {
            return new Cell(text, 1, null);
        }
    }

    private OfficialLayout() {
    }

    static String title(TargetTable table) {
        return table.year() + "年度" + table.unitName() + "绩效目标考评表";
    }

    static String unitLine(TargetTable table) {
        return "参评单位（盖章）：" + table.unitName();
    }

    static List<Cell[]> rows(TargetTable table) {
        List<Cell[]> rows = new ArrayList<>();
        for (TableCategory category : table.categories()) {
            int start = rows.size();
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                if (l1.isItem()) {
                    rows.add(item(l1));
                } else {
                    rows.addAll(firstLevel(l1));
                }
            }
            if (rows.size() == start) {
                rows.add(empty());
            }
            rows.get(start)[0] = new Cell(label(category), rows.size() - start, null);
        }
        Cell[] total = empty();
        total[0] = Cell.of("合计");
        total[WEIGHT] = new Cell(table.totalPoints().toString(), 1, table.totalPoints());
        rows.add(total);
        return rows;
    }

    private static String label(TableCategory category) {
        return category.name() + (category.declaredPoints() == null ? "" : "（" + category.declaredPoints() + "分）");
    }

    private static Cell[] item(FirstLevelIndicator item) {
        Cell[] row = empty();
        row[1] = Cell.of(item.code() == null ? "" : item.code().value());
        row[3] = Cell.of(item.text());
        row[WEIGHT] = item.points() == null ? Cell.of("") : new Cell(item.points().toString(), 1, item.points());
        responsibility(row, item.responsibility());
        return row;
    }

    private static List<Cell[]> firstLevel(FirstLevelIndicator l1) {
        String code = l1.code() == null ? "" : l1.code().value();
        String text = l1.text();
        if (l1.points() != null && CellText.points(text).isEmpty()) {
            text = text + "（" + l1.points() + "分）";
        }
        String basis = l1.basis().stream().map(OfficialLayout::basis).collect(Collectors.joining("\n"));
        List<Cell[]> rows = new ArrayList<>();
        if (l1.secondLevel().isEmpty()) {
            Cell[] row = empty();
            row[1] = Cell.of(code);
            rows.add(row);
        }
        for (int i = 0; i < l1.secondLevel().size(); i++) {
            SecondLevelIndicator l2 = l1.secondLevel().get(i);
            Cell[] row = empty();
            row[1] = Cell.of(l2.code() != null ? l2.code().value() : i == 0 ? code : "");
            row[4] = Cell.of(l2.text());
            row[WEIGHT] = l2.weight() == null ? Cell.of("") : new Cell(l2.weight().toString(), 1, l2.weight());
            responsibility(row, l2.responsibility());
            rows.add(row);
        }
        int span = rows.size();
        for (int i = 1; i < span; i++) {
            rows.get(i)[2] = null;
            rows.get(i)[3] = null;
        }
        rows.get(0)[2] = new Cell(basis, span, null);
        rows.get(0)[3] = new Cell(text, span, null);
        return rows;
    }

    private static String basis(PolicyReference reference) {
        return reference.note().isEmpty() ? reference.title() : reference.title() + "（" + reference.note() + "）";
    }

    private static void responsibility(Cell[] row, @Nullable Responsibility responsibility) {
        if (responsibility == null) {
            return;
        }
        row[6] = Cell.of(responsibility.deadline());
        row[7] = Cell.of(responsibility.departments().stream().map(ResponsibleDepartment::name)
                .collect(Collectors.joining("\n")));
        List<String> heads = new ArrayList<>(responsibility.departments().stream().map(ResponsibleDepartment::head)
                .filter(h -> !h.isEmpty()).toList());
        heads.addAll(responsibility.persons());
        row[8] = Cell.of(String.join("\n", heads));
        row[9] = Cell.of(String.join("\n", responsibility.leaders()));
        row[10] = Cell.of(responsibility.remark());
    }

    private static Cell[] empty() {
        Cell[] row = new Cell[HEADER.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = Cell.of("");
        }
        return row;
    }
}
