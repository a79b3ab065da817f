package org.jixiao.table;

/**
 * 责任科室 and its 科室负责人 — one department answerable for an indicator, with its head.
 */
public record ResponsibleDepartment(String name, String head) {

    public ResponsibleDepartment {
        name = name == null ? "" : name.strip();
        head = head == null ? "" : head.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("责任科室名称不能为空");
        }
    }
}
