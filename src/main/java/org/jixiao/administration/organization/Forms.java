package org.jixiao.administration.organization;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jixiao.organization.Department;
import org.jixiao.organization.Duty;
import org.jixiao.organization.Member;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Organization.DepartmentDetails;
import org.jixiao.organization.Organization.PersonDetails;
import org.jixiao.organization.Organization.UnitDetails;
import org.jixiao.organization.Person;
import org.jixiao.organization.UnitLevel;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the organization pages, as typed: the checks (trimmed, required, length) are the
 * organization's own, so that a page, a file and the API refuse the same input with the same words.
 * Each form says which of its fields a refusal code belongs to. The lengths are also checked on the
 * form ({@code @Size}, read by the page's {@code maxlength}) before anything else, so that a value too
 * long is refused beside its own field even when another field is missing.
 */
public final class Forms {

    private Forms() {
    }

    /** 考评组. */
    public record GroupForm(
            @Size(max = Organization.MAX_SHORT_TEXT, message = "{org.group.name}{field.tooLong}")
            @Nullable String name) {

        static final GroupForm EMPTY = new GroupForm("");
        static final Map<String, String> FIELDS = Map.of("GROUP", "name");
    }

    /** 参评单位: its names, group, level and parent. */
    public record UnitForm(
            @Size(max = Organization.MAX_LONG_TEXT, message = "{org.unit.name}{field.tooLong}")
            @Nullable String name,
            @Size(max = Organization.MAX_SHORT_TEXT, message = "{org.unit.shortName}{field.tooLong}")
            @Nullable String shortName,
            @Nullable Long groupId, @Nullable UnitLevel level, @Nullable Long parentId) {

        static final Map<String, String> FIELDS = Map.of("UNIT_NAME", "name", "UNIT_EXISTS", "name",
                "UNIT_SHORT_NAME", "shortName", "UNIT_LEVEL", "level", "UNIT_PARENT", "parentId", "GROUP", "groupId");

        static UnitForm empty(UnitLevel level) {
            return new UnitForm("", "", null, level, null);
        }

        static UnitForm of(Member member) {
            return new UnitForm(member.unit().name(), member.unit().shortName(), member.group().id(),
                    member.unit().level(), member.unit().parentId());
        }

        UnitDetails details() {
            return new UnitDetails(name, shortName, level, parentId);
        }

        long group() {
            if (groupId == null) {
                throw Refused.invalid("GROUP_REQUIRED", "请选择考评组");
            }
            return groupId;
        }
    }

    /** 科室. */
    public record DepartmentForm(
            @Size(max = Organization.MAX_LONG_TEXT, message = "{org.department.name}{field.tooLong}")
            @Nullable String name,
            @Size(max = Organization.MAX_SHORT_TEXT, message = "{org.department.head}{field.tooLong}")
            @Nullable String head) {

        static final DepartmentForm EMPTY = new DepartmentForm("", "");
        static final Map<String, String> FIELDS = Map.of("DEPARTMENT_NAME", "name", "DEPARTMENT_EXISTS", "name",
                "DEPARTMENT_HEAD", "head");

        static DepartmentForm of(Department department) {
            return new DepartmentForm(department.name(), department.head());
        }

        DepartmentDetails details() {
            return new DepartmentDetails(name, head);
        }
    }

    /** 人员: name, post (职务), duty and department. */
    public record PersonForm(
            @Size(max = Organization.MAX_SHORT_TEXT, message = "{org.person.name}{field.tooLong}")
            @Nullable String name,
            @Size(max = Organization.MAX_LONG_TEXT, message = "{org.person.title}{field.tooLong}")
            @Nullable String title,
            @Nullable Duty duty, @Nullable Long departmentId) {

        static final PersonForm EMPTY = new PersonForm("", "", Duty.RESPONSIBLE_STAFF, null);
        static final Map<String, String> FIELDS = Map.of("PERSON_NAME", "name", "PERSON_TITLE", "title",
                "PERSON_DUTY", "duty", "DEPARTMENT", "departmentId");

        static PersonForm of(Person person) {
            return new PersonForm(person.name(), person.title(), person.duty(), person.departmentId());
        }

        PersonDetails details() {
            return new PersonDetails(name, title, duty, departmentId);
        }
    }
}
