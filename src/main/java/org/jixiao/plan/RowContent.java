package org.jixiao.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.Responsibility;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;

/**
 * One row of a table flattened for comparison: its id, level, place and every field as the text a
 * person reads in the official table. Empty text stands for an empty cell.
 *
 * @param parentId the first-level row above a second-level row; {@code null} for a first-level row
 */
public record RowContent(UUID id, Level level, String categoryKey, String categoryName, @Nullable UUID parentId,
                         Map<RowField, String> fields) {

    private static final int LABEL_LENGTH = 30;

    /** 一级指标 or 二级指标. */
    public enum Level {
        FIRST("一级指标"),
        SECOND("二级指标");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public RowContent {
        fields = Map.copyOf(fields);
    }

    /** Every row of the table in table order: each first-level row followed by its second-level rows. */
    public static List<RowContent> of(TargetTable table) {
        List<RowContent> rows = new ArrayList<>();
        for (TableCategory category : table.categories()) {
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                rows.add(first(category, l1));
                for (SecondLevelIndicator l2 : l1.secondLevel()) {
                    rows.add(second(category, l1, l2));
                }
            }
        }
        return rows;
    }

    private static RowContent first(TableCategory category, FirstLevelIndicator l1) {
        Map<RowField, String> fields = new EnumMap<>(RowField.class);
        fields.put(RowField.CODE, code(l1.code()));
        fields.put(RowField.TEXT, l1.text());
        fields.put(RowField.POINTS, points(l1.points()));
        fields.put(RowField.BASIS, String.join("；", l1.basis().stream()
                .map(p -> p.note().isEmpty() ? p.title() : p.title() + "（" + p.note() + "）").toList()));
        if (l1.responsibility() != null) {
            responsibility(fields, l1.responsibility());
        }
        fields.put(RowField.PLACE, category.name());
        return new RowContent(l1.id(), Level.FIRST, category.key(), category.name(), null, fields);
    }

    private static RowContent second(TableCategory category, FirstLevelIndicator l1, SecondLevelIndicator l2) {
        Map<RowField, String> fields = new EnumMap<>(RowField.class);
        fields.put(RowField.CODE, code(l2.code()));
        fields.put(RowField.TEXT, l2.text());
        fields.put(RowField.POINTS, points(l2.weight()));
        responsibility(fields, l2.responsibility());
        fields.put(RowField.PLACE, label(l1.code(), l1.text()));
        return new RowContent(l2.id(), Level.SECOND, category.key(), category.name(), l1.id(), fields);
    }

    private static void responsibility(Map<RowField, String> fields, Responsibility r) {
        fields.put(RowField.DEADLINE, r.deadline());
        fields.put(RowField.DEPARTMENTS, String.join("、", r.departments().stream().map(ResponsibleDepartment::name)
                .toList()));
        fields.put(RowField.HEADS, String.join("、", r.departments().stream().map(ResponsibleDepartment::head)
                .filter(h -> !h.isEmpty()).toList()));
        fields.put(RowField.LEADERS, String.join("、", r.leaders()));
        fields.put(RowField.PERSONS, String.join("、", r.persons()));
        fields.put(RowField.REMARK, r.remark());
    }

    public String field(RowField field) {
        return fields.getOrDefault(field, "");
    }

    public String code() {
        return field(RowField.CODE);
    }

    public String text() {
        return field(RowField.TEXT);
    }

    /** "1-3-2 建成企业服务线上平台…": the row as a person recognises it. */
    public String label() {
        return label(code().isEmpty() ? null : new IndicatorCode(code()), text());
    }

    static String label(@Nullable IndicatorCode code, String text) {
        String shortText = text.length() > LABEL_LENGTH ? text.substring(0, LABEL_LENGTH) + "…" : text;
        return code == null ? shortText : code.value() + " " + shortText;
    }

    private static String code(@Nullable IndicatorCode code) {
        return code == null ? "" : code.value();
    }

    private static String points(@Nullable Points points) {
        return points == null ? "" : points.toString();
    }
}
