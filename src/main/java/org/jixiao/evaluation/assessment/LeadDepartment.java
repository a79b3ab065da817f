package org.jixiao.evaluation.assessment;

import java.util.List;

/**
 * 牵头部门 — a department that grades certain items of every unit, e.g. 市委文明办 grades 精神文明.
 *
 * @param name    the department's name, as its accounts are linked to it
 * @param targets what it grades: a category name (精神文明), a sub-area (从严治党) or an item code (4-3)
 * @param scheme  the grade scheme it grades with; blank for the cycle's default scheme
 */
public record LeadDepartment(String name, List<String> targets, String scheme) {

    public LeadDepartment {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("牵头部门名称不能为空");
        }
        name = name.strip();
        targets = targets.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("牵头部门“" + name + "”须至少负责一个项目、分项或指标序号");
        }
        scheme = scheme == null ? "" : scheme.strip();
    }

    /** Whether this department grades a row of this category, sub-area and code. */
    public boolean grades(ScoredRow row) {
        return targets.contains(row.categoryName()) || (!row.area().isEmpty() && targets.contains(row.area()))
                || targets.contains(row.code().value());
    }
}
