package org.jixiao.table;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.demo.DemoTables;

/** Target tables for tests, with domain names: complete valid tables and small edits that add one defect. */
public final class TargetTables {

    private TargetTables() {
    }

    /** 市直政府系列 2025 (seed 000). */
    public static TableTemplate template2025() {
        return StandardTemplates.cityGovernment2025();
    }

    /** 泉州半导体高新区管委会 2025: complete and valid (17 一级指标, 100 points). */
    public static TargetTable semiconductorPark2025() {
        return DemoTables.semiconductorPark(1, 1, template2025());
    }

    /** 泉州市科学技术局, re-weighted to 2025: complete, valid and without warnings. */
    public static TargetTable scienceBureau2025() {
        return DemoTables.scienceBureau(1, 2, template2025());
    }

    /** A table with only the template's fixed items and nothing authored. */
    public static TargetTable emptyDraft() {
        return TargetTable.draft(1, 9, "泉州市某局", template2025());
    }

    public static TableCheck checkOf(TargetTable table) {
        return new TableCheck(table, template2025(), null);
    }

    public static TableCategory category(TargetTable table, String key) {
        return table.category(key).orElseThrow();
    }

    public static FirstLevelIndicator firstLevel(TargetTable table, String code) {
        return table.allFirstLevel().stream()
                .filter(l1 -> l1.code() != null && l1.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no first level " + code));
    }

    public static SecondLevelIndicator secondLevel(TargetTable table, String code) {
        return table.allFirstLevel().stream()
                .flatMap(l1 -> l1.secondLevel().stream())
                .filter(l2 -> l2.code() != null && l2.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no second level " + code));
    }

    /** The table with one second-level indicator changed, keeping its row identity. */
    public static TargetTable withSecondLevel(TargetTable table, String code, UnaryOperator<SecondLevelIndicator> edit) {
        table.replaceSecondLevel(edit.apply(secondLevel(table, code)));
        return table;
    }

    /** The table with one first-level indicator changed (its second level is kept). */
    public static TargetTable withFirstLevel(TargetTable table, String code, UnaryOperator<FirstLevelIndicator> edit) {
        table.replaceFirstLevel(edit.apply(firstLevel(table, code)));
        return table;
    }

    /** A complete responsibility: 12月底前, 经济发展科/褚达志, 邱常冲. */
    public static Responsibility duty() {
        return duty("12月底前");
    }

    public static Responsibility duty(String deadline) {
        return new Responsibility(deadline, List.of(new ResponsibleDepartment("经济发展科", "褚达志")),
                List.of("邱常冲"), List.of(), "");
    }

    public static Responsibility dutyWithRemark(String remark) {
        return new Responsibility("12月底前", List.of(new ResponsibleDepartment("经济发展科", "褚达志")),
                List.of("邱常冲"), List.of(), remark);
    }

    public static SecondLevelIndicator secondLevel(String code, String text, String weight) {
        return SecondLevelIndicator.create(new IndicatorCode(code), text, Points.of(weight), duty());
    }

    public static FirstLevelIndicator firstLevel(String code, String text, String points) {
        return FirstLevelIndicator.create(new IndicatorCode(code), text, Points.of(points), List.of());
    }

    /** Adds a first-level indicator with second-level rows of the given weights (codes code-1, code-2 …). */
    public static FirstLevelIndicator addFirstLevel(TargetTable table, String categoryKey, String code, String text,
                                                    String points, String... weights) {
        FirstLevelIndicator l1 = firstLevel(code, text, points);
        table.addFirstLevel(categoryKey, l1);
        for (int i = 0; i < weights.length; i++) {
            table.addSecondLevel(l1.id(), secondLevel(code + "-" + (i + 1), text + "（分解任务" + (i + 1) + "）",
                    weights[i]));
        }
        return table.firstLevel(l1.id()).orElseThrow();
    }

    public static FirstLevelIndicator withResponsibility(FirstLevelIndicator item, Responsibility responsibility) {
        return new FirstLevelIndicator(item.id(), item.code(), item.text(), item.points(), item.basis(), item.area(),
                responsibility, item.secondLevel());
    }

    /** Where findings about the (first) row with this code point: its category, code and row id. */
    public static Location locationOf(TargetTable table, String code) {
        for (TableCategory category : table.categories()) {
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                if (l1.code() != null && l1.code().value().equals(code)) {
                    return Location.of(category, l1);
                }
                for (SecondLevelIndicator l2 : l1.secondLevel()) {
                    if (l2.code() != null && l2.code().value().equals(code)) {
                        return Location.of(category, l2);
                    }
                }
            }
        }
        throw new IllegalArgumentException("no row " + code);
    }
}
