package org.jixiao.organization;

import java.util.List;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up a cycle's organization: its groups (考评组), the units taking part and in which group,
 * each unit's departments (科室) and people. Every refusal is a {@link Refused} with a stable code and
 * a Chinese reason, thrown before anything is written. Callers check that the cycle exists and that
 * the user is the office.
 */
@Service
public class Organization {

    /** The longest 考评组名称, 单位简称, 科室负责人 and 姓名 (their columns); forms state them as {@code maxlength}. */
    public static final int MAX_SHORT_TEXT = 100;
    /** The longest 单位全称, 科室名称 and 职务 (their columns). */
    public static final int MAX_LONG_TEXT = 200;

    private final AssessmentGroupRepository groups;
    private final Memberships memberships;
    private final UnitRepository units;
    private final DepartmentRepository departments;
    private final PersonRepository people;

    Organization(AssessmentGroupRepository groups, Memberships memberships, UnitRepository units,
                 DepartmentRepository departments, PersonRepository people) {
        this.groups = groups;
        this.memberships = memberships;
        this.units = units;
        this.departments = departments;
        this.people = people;
    }

    /** What a unit is called and where it sits. */
    public record UnitDetails(String name, String shortName, UnitLevel level, @Nullable Long parentId) {

        public UnitDetails {
            name = Text.required(name, "单位全称", MAX_LONG_TEXT, "UNIT_NAME");
            shortName = Text.optional(shortName, "单位简称", MAX_SHORT_TEXT, "UNIT_SHORT_NAME");
            if (shortName.isEmpty()) {
                shortName = name;
            }
            if (level == null) {
                throw Refused.invalid("UNIT_LEVEL", "请选择单位层级");
            }
        }
    }

    public record DepartmentDetails(String name, String head) {

        public DepartmentDetails {
            name = Text.required(name, "科室名称", MAX_LONG_TEXT, "DEPARTMENT_NAME");
            head = Text.optional(head, "科室负责人", MAX_SHORT_TEXT, "DEPARTMENT_HEAD");
        }
    }

    public record PersonDetails(String name, String title, Duty duty, @Nullable Long departmentId) {

        public PersonDetails {
            name = Text.required(name, "姓名", MAX_SHORT_TEXT, "PERSON_NAME");
            title = Text.optional(title, "职务", MAX_LONG_TEXT, "PERSON_TITLE");
            if (duty == null) {
                throw Refused.invalid("PERSON_DUTY", "请选择人员的职责");
            }
        }
    }

    // ----- groups

    public List<AssessmentGroup> groups(long cycleId) {
        return groups.findByCycleIdOrderByPositionAscIdAsc(cycleId);
    }

    @Transactional
    public AssessmentGroup createGroup(long cycleId, String name) {
        String clean = Text.required(name, "考评组名称", MAX_SHORT_TEXT, "GROUP_NAME");
        if (groups.findByCycleIdAndName(cycleId, clean).isPresent()) {
            throw Refused.conflict("GROUP_EXISTS", "本考评年度已有名为“" + clean + "”的考评组");
        }
        return groups.save(new AssessmentGroup(null, cycleId, clean, groups(cycleId).size() + 1));
    }

    @Transactional
    public AssessmentGroup renameGroup(long cycleId, long groupId, String name) {
        AssessmentGroup group = group(cycleId, groupId);
        String clean = Text.required(name, "考评组名称", MAX_SHORT_TEXT, "GROUP_NAME");
        groups.findByCycleIdAndName(cycleId, clean).filter(other -> !other.id().equals(groupId)).ifPresent(other -> {
            throw Refused.conflict("GROUP_EXISTS", "本考评年度已有名为“" + clean + "”的考评组");
        });
        return groups.save(new AssessmentGroup(group.id(), cycleId, clean, group.position()));
    }

    @Transactional
    public void deleteGroup(long cycleId, long groupId) {
        AssessmentGroup group = group(cycleId, groupId);
        long members = memberships.countInGroup(groupId);
        if (members > 0) {
            throw Refused.conflict("GROUP_NOT_EMPTY",
                    "考评组“" + group.name() + "”还有 " + members + " 个单位，请先把它们移到其他组");
        }
        groups.delete(group);
    }

    public AssessmentGroup group(long cycleId, long groupId) {
        return groups.findById(groupId).filter(g -> g.cycleId() == cycleId)
                .orElseThrow(() -> Refused.notFound("GROUP_NOT_FOUND", "考评组不存在：" + groupId));
    }

    /** The cycle's group of that name. */
    public AssessmentGroup groupNamed(long cycleId, @Nullable String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw Refused.invalid("GROUP_REQUIRED", "请填写单位所在的考评组名称");
        }
        return groups.findByCycleIdAndName(cycleId, clean)
                .orElseThrow(() -> Refused.invalid("GROUP_UNKNOWN", "本考评年度没有名为“" + clean + "”的考评组，请先新建该组"));
    }

    // ----- units

    public List<Member> members(long cycleId) {
        return memberships.members(cycleId);
    }

    public Member member(long cycleId, long unitId) {
        return memberships.member(cycleId, unitId)
                .orElseThrow(() -> Refused.notFound("UNIT_NOT_FOUND", "该单位不在本考评年度中：" + unitId));
    }

    /**
     * Adds a unit to the cycle's group: the registered unit of that full name when there is one
     * (units carry over from year to year), a new unit otherwise.
     */
    @Transactional
    public Member addUnit(long cycleId, String series, long groupId, UnitDetails details) {
        AssessmentGroup group = group(cycleId, groupId);
        checkParent(details.parentId(), null);
        Unit unit = units.findByName(details.name()).orElse(null);
        if (unit != null && memberships.isMember(cycleId, unit.id())) {
            throw Refused.conflict("UNIT_EXISTS", "单位“" + details.name() + "”已在本考评年度中");
        }
        Unit saved = units.save(new Unit(unit == null ? null : unit.id(), details.name(), details.shortName(), series,
                group.name(), details.level(), details.parentId()));
        memberships.join(cycleId, saved.id(), group.id());
        return member(cycleId, saved.id());
    }

    /** Renames the unit, changes its level or parent, or moves it to another group of the cycle. */
    @Transactional
    public Member updateUnit(long cycleId, long unitId, long groupId, UnitDetails details) {
        Member member = member(cycleId, unitId);
        AssessmentGroup group = group(cycleId, groupId);
        checkParent(details.parentId(), unitId);
        units.findByName(details.name()).filter(other -> !other.id().equals(unitId)).ifPresent(other -> {
            throw Refused.conflict("UNIT_NAME_TAKEN", "已有名为“" + details.name() + "”的单位");
        });
        units.save(new Unit(unitId, details.name(), details.shortName(), member.unit().series(), group.name(),
                details.level(), details.parentId()));
        memberships.join(cycleId, unitId, group.id());
        return member(cycleId, unitId);
    }

    /** Takes the unit out of the cycle; the caller refuses when it already has a table there. */
    @Transactional
    public void removeUnit(long cycleId, long unitId) {
        member(cycleId, unitId);
        memberships.leave(cycleId, unitId);
    }

    /** Every registered unit, whatever its cycles, for choosing a district or township's parent. */
    public List<Unit> registeredUnits() {
        return units.findAllByOrderById();
    }

    private void checkParent(@Nullable Long parentId, @Nullable Long unitId) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(unitId)) {
            throw Refused.invalid("UNIT_PARENT", "上级单位不能是单位自己");
        }
        if (!units.existsById(parentId)) {
            throw Refused.invalid("UNIT_PARENT", "上级单位不存在：" + parentId);
        }
    }

    // ----- departments and people

    public List<Department> departments(long unitId) {
        return departments.findByUnitIdOrderByPosition(unitId);
    }

    public List<Person> people(long unitId) {
        return people.findByUnitIdOrderByPosition(unitId);
    }

    /** What the table editor offers a row of the unit: one query for departments, one for people. */
    public ResponsibilityChoices choices(long unitId) {
        return ResponsibilityChoices.of(departments(unitId), people(unitId));
    }

    @Transactional
    public Department addDepartment(long unitId, DepartmentDetails details) {
        List<Department> existing = departments(unitId);
        if (existing.stream().anyMatch(d -> d.name().equals(details.name()))) {
            throw Refused.conflict("DEPARTMENT_EXISTS", "本单位已有科室“" + details.name() + "”");
        }
        return departments.save(new Department(null, unitId, details.name(), details.head(), existing.size() + 1));
    }

    @Transactional
    public Department updateDepartment(long unitId, long departmentId, DepartmentDetails details) {
        Department department = department(unitId, departmentId);
        if (departments(unitId).stream().anyMatch(d -> d.name().equals(details.name()) && d.id() != departmentId)) {
            throw Refused.conflict("DEPARTMENT_EXISTS", "本单位已有科室“" + details.name() + "”");
        }
        return departments.save(new Department(departmentId, unitId, details.name(), details.head(),
                department.position()));
    }

    @Transactional
    public void deleteDepartment(long unitId, long departmentId) {
        Department department = department(unitId, departmentId);
        if (people(unitId).stream().anyMatch(p -> Long.valueOf(departmentId).equals(p.departmentId()))) {
            throw Refused.conflict("DEPARTMENT_HAS_PEOPLE",
                    "科室“" + department.name() + "”下还有人员，请先修改或删除这些人员");
        }
        departments.delete(department);
    }

    public Department department(long unitId, long departmentId) {
        return departments.findById(departmentId).filter(d -> d.unitId() == unitId)
                .orElseThrow(() -> Refused.notFound("DEPARTMENT_NOT_FOUND", "科室不存在：" + departmentId));
    }

    @Transactional
    public Person addPerson(long unitId, PersonDetails details) {
        checkDepartment(unitId, details.departmentId());
        return people.save(new Person(null, unitId, details.name(), details.duty(), details.title(),
                people(unitId).size() + 1, details.departmentId()));
    }

    @Transactional
    public Person updatePerson(long unitId, long personId, PersonDetails details) {
        Person person = person(unitId, personId);
        checkDepartment(unitId, details.departmentId());
        return people.save(new Person(personId, unitId, details.name(), details.duty(), details.title(),
                person.position(), details.departmentId()));
    }

    @Transactional
    public void deletePerson(long unitId, long personId) {
        people.delete(person(unitId, personId));
    }

    public Person person(long unitId, long personId) {
        return people.findById(personId).filter(p -> p.unitId() == unitId)
                .orElseThrow(() -> Refused.notFound("PERSON_NOT_FOUND", "人员不存在：" + personId));
    }

    private void checkDepartment(long unitId, @Nullable Long departmentId) {
        if (departmentId != null) {
            department(unitId, departmentId);
        }
    }

    /** Checks and trims free text fields the same way for every form, file and API call. */
    static final class Text {

        private Text() {
        }

        static String required(@Nullable String value, String label, int max, String code) {
            String clean = optional(value, label, max, code);
            if (clean.isEmpty()) {
                throw Refused.invalid(code + "_REQUIRED", "请填写" + label);
            }
            return clean;
        }

        static String optional(@Nullable String value, String label, int max, String code) {
            String clean = value == null ? "" : value.strip();
            if (clean.length() > max) {
                throw Refused.invalid(code + "_TOO_LONG", label + "最多 " + max + " 个字，现有 " + clean.length() + " 个字");
            }
            return clean;
        }
    }
}
