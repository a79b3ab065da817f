package org.jixiao.administration.organization;

import java.util.List;
import org.jixiao.organization.Department;
import org.jixiao.organization.Member;
import org.jixiao.organization.Person;
import org.jspecify.annotations.Nullable;

/** A unit of a cycle with its departments (科室) and people. */
public record UnitStaff(Member member, List<Department> departments, List<Person> people) {

    public UnitStaff {
        departments = List.copyOf(departments);
        people = List.copyOf(people);
    }

    /** The department's name for the people list, "" when the person belongs to none. */
    public String departmentName(@Nullable Long departmentId) {
        if (departmentId == null) {
            return "";
        }
        return departments.stream().filter(d -> departmentId.equals(d.id())).map(Department::name).findFirst()
                .orElse("");
    }
}
