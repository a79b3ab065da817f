package org.jixiao.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the table editor offers for a row's 责任科室, 科室负责人, 分管领导 and 责任人: the unit's own
 * departments and people, so that a row refers to real records where they exist. Free text stays
 * allowed; these are suggestions.
 *
 * @param departments the unit's departments, each with the head the editor fills in when it is chosen
 * @param heads       department heads (科室负责人), each with their department
 * @param leaders     supervising leaders first, then principal leaders, each with their post
 * @param persons     the people who carry out indicators (责任人, 科室负责人, 经办人), each with their post
 */
public record ResponsibilityChoices(List<DepartmentChoice> departments, List<PersonChoice> heads,
                                    List<PersonChoice> leaders, List<PersonChoice> persons) {

    /** A department and who heads it ("" when nobody is recorded). */
    public record DepartmentChoice(String name, String head) {
    }

    /** A person's name with a note that tells people of the same name apart (post or department). */
    public record PersonChoice(String name, String note) {
    }

    public ResponsibilityChoices {
        departments = List.copyOf(departments);
        heads = List.copyOf(heads);
        leaders = List.copyOf(leaders);
        persons = List.copyOf(persons);
    }

    /**
     * The choices of one unit. A department's head is the one written on the department, or else
     * the person recorded as heading it.
     */
    public static ResponsibilityChoices of(List<Department> departments, List<Person> people) {
        Map<Long, String> departmentNames = new LinkedHashMap<>();
        departments.forEach(d -> departmentNames.put(d.id(), d.name()));
        Map<Long, String> headOf = new LinkedHashMap<>();
        people.stream().filter(p -> p.duty() == Duty.DEPARTMENT_HEAD && p.departmentId() != null)
                .forEach(p -> headOf.putIfAbsent(p.departmentId(), p.name()));

        List<DepartmentChoice> departmentChoices = departments.stream()
                .map(d -> new DepartmentChoice(d.name(), d.head().isEmpty() ? headOf.getOrDefault(d.id(), "") : d.head()))
                .toList();

        Map<String, PersonChoice> heads = new LinkedHashMap<>();
        departmentChoices.stream().filter(d -> !d.head().isEmpty())
                .forEach(d -> heads.putIfAbsent(d.head(), new PersonChoice(d.head(), d.name())));
        people.stream().filter(p -> p.duty() == Duty.DEPARTMENT_HEAD)
                .forEach(p -> heads.putIfAbsent(p.name(), new PersonChoice(p.name(),
                        p.departmentId() == null ? p.title() : departmentNames.getOrDefault(p.departmentId(), p.title()))));

        return new ResponsibilityChoices(departmentChoices, List.copyOf(heads.values()),
                named(people, List.of(Duty.SUPERVISING_LEADER, Duty.PRINCIPAL_LEADER)),
                named(people, List.of(Duty.RESPONSIBLE_STAFF, Duty.DEPARTMENT_HEAD, Duty.CLERK)));
    }

    /** People of the given duties, in that order of duties, each name once. */
    private static List<PersonChoice> named(List<Person> people, List<Duty> duties) {
        Map<String, PersonChoice> result = new LinkedHashMap<>();
        for (Duty duty : duties) {
            people.stream().filter(p -> p.duty() == duty)
                    .forEach(p -> result.putIfAbsent(p.name(), new PersonChoice(p.name(), p.title())));
        }
        return new ArrayList<>(result.values());
    }

    public boolean isEmpty() {
        return departments.isEmpty() && heads.isEmpty() && leaders.isEmpty() && persons.isEmpty();
    }
}
