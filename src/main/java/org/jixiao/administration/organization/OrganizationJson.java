package org.jixiao.administration.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jixiao.organization.AssessmentGroup;
import org.jixiao.organization.Department;
import org.jixiao.organization.Duty;
import org.jixiao.organization.Member;
import org.jixiao.organization.Organization.DepartmentDetails;
import org.jixiao.organization.Organization.PersonDetails;
import org.jixiao.organization.Organization.UnitDetails;
import org.jixiao.organization.Person;
import org.jixiao.organization.UnitLevel;
import org.jspecify.annotations.Nullable;

/**
 * What the organization API reads and writes. Requests are checked by the organization itself
 * (trimmed, required, length), so that the API refuses exactly what the pages refuse, with the
 * same codes.
 */
final class OrganizationJson {

    private OrganizationJson() {
    }

    @Schema(description = "新建记录的编号")
    record Created(long id) {
    }

    @Schema(description = "考评组")
    record GroupRequest(@Schema(example = "第一组") @Nullable String name) {
    }

    record GroupView(long id, String name, int position) {

        static GroupView of(AssessmentGroup group) {
            return new GroupView(group.id(), group.name(), group.position());
        }
    }

    @Schema(description = "参评单位；group 为考评组名称，level 不填时取考评年度的层级")
    record UnitRequest(@Schema(example = "泉州市商务局") @Nullable String name,
                       @Schema(example = "商务局") @Nullable String shortName,
                       @Schema(example = "第一组") @Nullable String group,
                       @Schema(example = "CITY") @Nullable UnitLevel level,
                       @Schema(description = "上级单位编号（县区、乡镇单位）") @Nullable Long parentId) {

        UnitDetails details(UnitLevel defaultLevel) {
            return new UnitDetails(name, shortName, level == null ? defaultLevel : level, parentId);
        }
    }

    record UnitView(long id, String name, String shortName, String group, UnitLevel level, @Nullable Long parentId) {

        static UnitView of(Member member) {
            return new UnitView(member.unitId(), member.unit().name(), member.unit().shortName(),
                    member.group().name(), member.unit().level(), member.unit().parentId());
        }
    }

    @Schema(description = "科室")
    record DepartmentRequest(@Schema(example = "商贸流通科") @Nullable String name,
                             @Schema(example = "王五") @Nullable String head) {

        DepartmentDetails details() {
            return new DepartmentDetails(name, head);
        }
    }

    record DepartmentView(long id, String name, String head) {

        static DepartmentView of(Department department) {
            return new DepartmentView(department.id(), department.name(), department.head());
        }
    }

    @Schema(description = "人员；duty 为 PRINCIPAL_LEADER 主要领导、SUPERVISING_LEADER 分管领导、DEPARTMENT_HEAD 科室负责人、"
            + "RESPONSIBLE_STAFF 责任人、CLERK 经办人")
    record PersonRequest(@Schema(example = "李四") @Nullable String name,
                         @Schema(example = "副局长") @Nullable String title,
                         @Schema(example = "SUPERVISING_LEADER") @Nullable Duty duty,
                         @Nullable Long departmentId) {

        PersonDetails details() {
            return new PersonDetails(name, title, duty, departmentId);
        }
    }

    record PersonView(long id, String name, String title, Duty duty, @Nullable Long departmentId) {

        static PersonView of(Person person) {
            return new PersonView(person.id(), person.name(), person.title(), person.duty(), person.departmentId());
        }
    }
}
