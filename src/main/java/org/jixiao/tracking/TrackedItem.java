package org.jixiao.tracking;

import java.util.List;
import java.util.UUID;

/**
 * 跟踪事项 — a second-level indicator of an approved table as tracking sees it.
 *
 * @param departments 责任科室 named by the row
 * @param persons     科室负责人 and 责任人 named by the row
 */
public record TrackedItem(long unitId, String unitName, UUID rowId, String code, String text, String category,
                          String firstLevel, Deadline deadline, List<String> departments, List<String> persons) {

    /** Whether the row names the department or the person (a department's people see their own items). */
    public boolean names(String department, String person) {
        return (!department.isEmpty() && departments.contains(department))
                || (!person.isEmpty() && persons.contains(person));
    }
}
