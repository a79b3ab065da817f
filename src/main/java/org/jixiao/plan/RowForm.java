package org.jixiao.plan;

import java.math.BigDecimal;
import org.jixiao.web.DecimalText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.Responsibility;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.SecondLevelIndicator;
import org.jspecify.annotations.Nullable;

/**
 * What the row editor posts, as typed. Lists are written as in the official table's cells:
 * names separated by 、 ， , ； or line breaks; 文件依据 one document a line, with its item/page
 * note after a "|". Every field is checked against its column's length (V3__create_target_tables.sql)
 * before anything reaches the database, with the message beside the field.
 */
public record RowForm(
        @Nullable String code,
        @Nullable String text,
        @Nullable String points,
        @Nullable String basis,
        @Nullable String deadline,
        @Nullable String departments,
        @Nullable String heads,
        @Nullable String leaders,
        @Nullable String persons,
        @Nullable String remark) {

    private static final String SEPARATORS = "[、，,；;\\n\\r]+";

    /** Longest values the table's columns hold, in characters. */
    static final int MAX_CODE = 20;
    static final int MAX_TEXT = 4000;
    static final int MAX_DEADLINE = 200;
    static final int MAX_REMARK = 2000;
    static final int MAX_DEPARTMENT = 200;
    static final int MAX_NAME = 100;
    static final int MAX_REFERENCE_TITLE = 2000;
    // The 文号 column (100) needs no check: DocumentNumber's pattern never matches more than 26 characters.
    static final int MAX_REFERENCE_NOTE = 1000;

    /** The form filled from a first-level indicator. */
    public static RowForm of(FirstLevelIndicator row) {
        Responsibility r = row.responsibility() == null ? Responsibility.NONE : row.responsibility();
        String basis = String.join("\n", row.basis().stream()
                .map(p -> p.note().isEmpty() ? p.title() : p.title() + " | " + p.note()).toList());
        return filled(row.code(), row.text(), row.points(), basis, r);
    }

    public static RowForm of(SecondLevelIndicator row) {
        return filled(row.code(), row.text(), row.weight(), "", row.responsibility());
    }

    public static RowForm blank() {
        return new RowForm("", "", "", "", "12月底前", "", "", "", "", "");
    }

    private static RowForm filled(@Nullable IndicatorCode code, String text, @Nullable Points points, String basis,
                                  Responsibility r) {
        return new RowForm(code == null ? "" : code.value(), text, points == null ? "" : points.toString(), basis,
                r.deadline(), String.join("、", r.departments().stream().map(ResponsibleDepartment::name).toList()),
                String.join("、", r.departments().stream().map(ResponsibleDepartment::head).toList()),
                String.join("、", r.leaders()), String.join("、", r.persons()), r.remark());
    }

    /** The outcome of reading a form: the value, or the fields' error messages. */
    public record Result<T>(@Nullable T value, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Result<FirstLevelIndicator> toFirstLevel(UUID id) {
        Map<String, String> errors = new LinkedHashMap<>();
        IndicatorCode code = code(errors);
        String text = required(this.text, "text", "请填写一级指标内容", errors);
        longest(text, MAX_TEXT, "text", "一级指标内容", errors);
        Points points = number(this.points, "points", errors);
        List<PolicyReference> references = new ArrayList<>();
        for (String line : lines(basis)) {
            String[] parts = line.split("[|｜]", 2);
            PolicyReference reference = PolicyReference.of(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
            longest(reference.title(), MAX_REFERENCE_TITLE, "basis", "文件依据的文件名称", errors);
            longest(reference.note(), MAX_REFERENCE_NOTE, "basis", "文件依据“|”后的条款说明", errors);
            references.add(reference);
        }
        if (!errors.isEmpty()) {
            return new Result<>(null, errors);
        }
        return new Result<>(new FirstLevelIndicator(id, code, text, points, references, "", null, List.of()), errors);
    }

    public Result<SecondLevelIndicator> toSecondLevel(UUID id) {
        Map<String, String> errors = new LinkedHashMap<>();
        IndicatorCode code = code(errors);
        String text = required(this.text, "text", "请填写二级指标内容", errors);
        longest(text, MAX_TEXT, "text", "二级指标内容", errors);
        Points weight = number(this.points, "points", errors);
        Responsibility responsibility = responsibility(errors);
        if (!errors.isEmpty()) {
            return new Result<>(null, errors);
        }
        return new Result<>(new SecondLevelIndicator(id, code, text, weight, responsibility), errors);
    }

    /** Reads only the responsibility fields, for fixed items whose content may not change. */
    public Result<Responsibility> toResponsibility() {
        Map<String, String> errors = new LinkedHashMap<>();
        Responsibility responsibility = responsibility(errors);
        return new Result<>(errors.isEmpty() ? responsibility : null, errors);
    }

    private Responsibility responsibility(Map<String, String> errors) {
        List<String> departmentNames = names(departments);
        List<String> headNames = names(heads);
        if (headNames.size() > departmentNames.size()) {
            errors.put("heads", "科室负责人比责任科室多：请按责任科室的顺序逐一填写负责人");
        }
        departmentNames.forEach(name -> longest(name, MAX_DEPARTMENT, "departments", "责任科室名称", errors));
        headNames.forEach(name -> longest(name, MAX_NAME, "heads", "科室负责人姓名", errors));
        names(leaders).forEach(name -> longest(name, MAX_NAME, "leaders", "分管领导姓名", errors));
        names(persons).forEach(name -> longest(name, MAX_NAME, "persons", "责任人姓名", errors));
        longest(deadline, MAX_DEADLINE, "deadline", "完成时限", errors);
        longest(remark, MAX_REMARK, "remark", "备注", errors);
        if (!errors.isEmpty()) {
            return Responsibility.NONE;
        }
        List<ResponsibleDepartment> list = new ArrayList<>();
        for (int i = 0; i < departmentNames.size(); i++) {
            list.add(new ResponsibleDepartment(departmentNames.get(i), i < headNames.size() ? headNames.get(i) : ""));
        }
        return new Responsibility(deadline, list, names(leaders), names(persons), remark);
    }

    private @Nullable IndicatorCode code(Map<String, String> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (code.strip().length() > MAX_CODE) {
            errors.put("code", "序号不能超过 " + MAX_CODE + " 个字符（现为 " + code.strip().length() + " 个），如 1-3 或 1-3-2");
            return null;
        }
        if (!IndicatorCode.isValid(code)) {
            errors.put("code", "序号“" + code.strip() + "”格式不正确，应为数字加短横线，如 1-3 或 1-3-2");
            return null;
        }
        return new IndicatorCode(code);
    }

    /** Puts the field's first length problem beside it; a longer value would not fit its column. */
    private static void longest(@Nullable String value, int max, String field, String label, Map<String, String> errors) {
        int length = value == null ? 0 : value.strip().length();
        if (length > max && !errors.containsKey(field)) {
            errors.put(field, label + "不能超过 " + max + " 个字（现为 " + length + " 个），请精简后再保存");
        }
    }

    private static String required(@Nullable String value, String field, String message, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, message);
            return "";
        }
        return value.strip();
    }

    private static @Nullable Points number(@Nullable String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new Points(DecimalText.parse(value));
        } catch (NumberFormatException e) {
            errors.put(field, "“" + value.strip() + "”不是数字，请填写如 2 或 1.5 的分值");
        } catch (IllegalArgumentException e) {
            errors.put(field, e.getMessage());
        }
        return null;
    }

    private static List<String> names(@Nullable String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(SEPARATORS)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lines(@Nullable String value) {
        if (value == null) {
            return List.of();
        }
        return value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
