package org.jixiao.table;

import java.util.List;

/**
 * 责任分工 — who answers for a scored row and by when: 完成时限, 责任科室 with 科室负责人, 分管领导,
 * 责任人 and 备注. Carried by second-level indicators and by items that have no second level.
 */
public record Responsibility(
        String deadline,
        List<ResponsibleDepartment> departments,
        List<String> leaders,
        List<String> persons,
        String remark) {

    public static final Responsibility NONE = new Responsibility("", List.of(), List.of(), List.of(), "");

    public Responsibility {
        deadline = deadline == null ? "" : deadline.strip();
        departments = List.copyOf(departments);
        leaders = cleaned(leaders);
        persons = cleaned(persons);
        remark = remark == null ? "" : remark.strip();
    }

    private static List<String> cleaned(List<String> names) {
        return names.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
