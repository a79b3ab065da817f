package org.jixiao.administration.organization;

import java.util.Map;
import org.jixiao.administration.trail.AdministrationTrail;
import org.jixiao.audit.AuditKind;
import org.jixiao.organization.AssessmentGroup;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Department;
import org.jixiao.organization.Member;
import org.jixiao.organization.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A cycle's organization changes as the audit trail keeps them (组织机构): groups, the units taking
 * part and their group, each unit's departments and people; {@code null} before a creation and
 * after a deletion. Entries about a unit, its departments and people carry the unit's id.
 */
@Component
class OrganizationTrail {

    private final AdministrationTrail trail;

    OrganizationTrail(AdministrationTrail trail) {
        this.trail = trail;
    }

    void group(CurrentUser by, long cycleId, String action, @Nullable AssessmentGroup before,
               @Nullable AssessmentGroup after) {
        AssessmentGroup named = after != null ? after : before;
        trail.record(AuditKind.ORGANIZATION, by, cycleId, null, action + "考评组 " + (named == null ? "" : named.name()),
                before == null ? null : fields(before), after == null ? null : fields(after));
    }

    void unit(CurrentUser by, long cycleId, String action, @Nullable Member before, @Nullable Member after) {
        Member named = after != null ? after : before;
        trail.record(AuditKind.ORGANIZATION, by, cycleId, named == null ? null : named.unitId(),
                action + "参评单位 " + (named == null ? "" : named.unit().name()),
                before == null ? null : fields(before), after == null ? null : fields(after));
    }

    void department(CurrentUser by, long cycleId, String action, @Nullable Department before,
                    @Nullable Department after) {
        Department named = after != null ? after : before;
        trail.record(AuditKind.ORGANIZATION, by, cycleId, named == null ? null : named.unitId(),
                action + "科室 " + (named == null ? "" : named.name()),
                before == null ? null : fields(before), after == null ? null : fields(after));
    }

    void person(CurrentUser by, long cycleId, String action, @Nullable Person before, @Nullable Person after) {
        Person named = after != null ? after : before;
        trail.record(AuditKind.ORGANIZATION, by, cycleId, named == null ? null : named.unitId(),
                action + "人员 " + (named == null ? "" : named.name()),
                before == null ? null : fields(before), after == null ? null : fields(after));
    }

    private static Map<String, @Nullable Object> fields(AssessmentGroup group) {
        return AdministrationTrail.fields("编号", group.id(), "名称", group.name());
    }

    private static Map<String, @Nullable Object> fields(Member member) {
        return AdministrationTrail.fields("编号", member.unitId(), "单位全称", member.unit().name(),
                "单位简称", member.unit().shortName(), "层级", member.unit().level(),
                "上级单位", member.unit().parentId(), "考评组", member.group().name());
    }

    private static Map<String, @Nullable Object> fields(Department department) {
        return AdministrationTrail.fields("编号", department.id(), "科室名称", department.name(),
                "科室负责人", department.head());
    }

    private static Map<String, @Nullable Object> fields(Person person) {
        return AdministrationTrail.fields("编号", person.id(), "姓名", person.name(), "职务", person.title(),
                "职责", person.duty(), "科室", person.departmentId());
    }
}
