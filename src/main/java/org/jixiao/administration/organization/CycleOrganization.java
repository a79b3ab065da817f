package org.jixiao.administration.organization;

import java.util.List;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.AssessmentGroup;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Department;
import org.jixiao.organization.Member;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Organization.DepartmentDetails;
import org.jixiao.organization.Organization.PersonDetails;
import org.jixiao.organization.Organization.UnitDetails;
import org.jixiao.organization.Person;
import org.jixiao.organization.UnitLevel;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.web.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cycle's organization on behalf of a user, for the pages and the API alike: only the office
 * changes anything or reads the cycle's set-up; a unit's clerk and leader may read their own
 * unit's departments and people. The cycle must exist, a unit must take part in it, and a unit
 * that already has a table in the cycle stays in it.
 */
@Service
class CycleOrganization {

    private final AssessmentCycles cycles;
    private final Organization organization;
    private final TargetTableRepository tables;

    CycleOrganization(AssessmentCycles cycles, Organization organization, TargetTableRepository tables) {
        this.cycles = cycles;
        this.organization = organization;
        this.tables = tables;
    }

    // ----- the cycle, its groups and units (the office only)

    AssessmentCycle cycle(CurrentUser user, long cycleId) {
        requireOffice(user);
        return cycles.find(cycleId)
                .orElseThrow(() -> Refused.notFound("CYCLE_NOT_FOUND", "考评年度不存在：" + cycleId));
    }

    OrganizationOverview overview(CurrentUser user, long cycleId) {
        AssessmentCycle cycle = cycle(user, cycleId);
        return OrganizationOverview.of(cycle, organization.groups(cycleId), organization.members(cycleId),
                organization.registeredUnits());
    }

    List<AssessmentGroup> groups(CurrentUser user, long cycleId) {
        cycle(user, cycleId);
        return organization.groups(cycleId);
    }

    AssessmentGroup group(CurrentUser user, long cycleId, long groupId) {
        cycle(user, cycleId);
        return organization.group(cycleId, groupId);
    }

    AssessmentGroup createGroup(CurrentUser user, long cycleId, String name) {
        cycle(user, cycleId);
        return organization.createGroup(cycleId, name);
    }

    AssessmentGroup renameGroup(CurrentUser user, long cycleId, long groupId, String name) {
        cycle(user, cycleId);
        return organization.renameGroup(cycleId, groupId, name);
    }

    void deleteGroup(CurrentUser user, long cycleId, long groupId) {
        cycle(user, cycleId);
        organization.deleteGroup(cycleId, groupId);
    }

    List<Member> members(CurrentUser user, long cycleId) {
        cycle(user, cycleId);
        return organization.members(cycleId);
    }

    Member member(CurrentUser user, long cycleId, long unitId) {
        cycle(user, cycleId);
        return organization.member(cycleId, unitId);
    }

    Member addUnit(CurrentUser user, long cycleId, long groupId, UnitDetails details) {
        AssessmentCycle cycle = cycle(user, cycleId);
        return organization.addUnit(cycleId, cycle.series(), groupId, details);
    }

    /** The API names the group rather than giving its id. */
    @Transactional
    Member addUnit(CurrentUser user, long cycleId, String groupName, UnitDetails details) {
        AssessmentCycle cycle = cycle(user, cycleId);
        long groupId = organization.groupNamed(cycleId, groupName).id();
        return organization.addUnit(cycleId, cycle.series(), groupId, details);
    }

    Member updateUnit(CurrentUser user, long cycleId, long unitId, long groupId, UnitDetails details) {
        cycle(user, cycleId);
        return organization.updateUnit(cycleId, unitId, groupId, details);
    }

    @Transactional
    Member updateUnit(CurrentUser user, long cycleId, long unitId, String groupName, UnitDetails details) {
        cycle(user, cycleId);
        organization.member(cycleId, unitId);
        long groupId = organization.groupNamed(cycleId, groupName).id();
        return organization.updateUnit(cycleId, unitId, groupId, details);
    }

    /** Takes the unit out of the cycle, unless it already has a table there. */
    @Transactional
    void removeUnit(CurrentUser user, long cycleId, long unitId) {
        cycle(user, cycleId);
        Member member = organization.member(cycleId, unitId);
        if (tables.findId(cycleId, unitId).isPresent()) {
            throw Refused.conflict("UNIT_HAS_TABLE", "单位“" + member.unit().name()
                    + "”在本考评年度已有绩效目标考评表，不能移出本年度；如需调整，请改变它的考评组");
        }
        organization.removeUnit(cycleId, unitId);
    }

    /** The level a new unit of the cycle gets when none is given: the cycle's own. */
    static UnitLevel defaultLevel(AssessmentCycle cycle) {
        return UnitLevel.valueOf(cycle.level().name());
    }

    // ----- a unit's departments and people (read by the office and the unit's own clerk and leader)

    UnitStaff staff(CurrentUser user, long cycleId, long unitId) {
        Member member = readableMember(user, cycleId, unitId);
        return new UnitStaff(member, organization.departments(unitId), organization.people(unitId));
    }

    Department department(CurrentUser user, long cycleId, long unitId, long departmentId) {
        readableMember(user, cycleId, unitId);
        return organization.department(unitId, departmentId);
    }

    Person person(CurrentUser user, long cycleId, long unitId, long personId) {
        readableMember(user, cycleId, unitId);
        return organization.person(unitId, personId);
    }

    Department addDepartment(CurrentUser user, long cycleId, long unitId, DepartmentDetails details) {
        member(user, cycleId, unitId);
        return organization.addDepartment(unitId, details);
    }

    Department updateDepartment(CurrentUser user, long cycleId, long unitId, long departmentId,
                                DepartmentDetails details) {
        member(user, cycleId, unitId);
        return organization.updateDepartment(unitId, departmentId, details);
    }

    void deleteDepartment(CurrentUser user, long cycleId, long unitId, long departmentId) {
        member(user, cycleId, unitId);
        organization.deleteDepartment(unitId, departmentId);
    }

    Person addPerson(CurrentUser user, long cycleId, long unitId, PersonDetails details) {
        member(user, cycleId, unitId);
        return organization.addPerson(unitId, details);
    }

    Person updatePerson(CurrentUser user, long cycleId, long unitId, long personId, PersonDetails details) {
        member(user, cycleId, unitId);
        return organization.updatePerson(unitId, personId, details);
    }

    void deletePerson(CurrentUser user, long cycleId, long unitId, long personId) {
        member(user, cycleId, unitId);
        organization.deletePerson(unitId, personId);
    }

    private Member readableMember(CurrentUser user, long cycleId, long unitId) {
        if (!user.isAdmin() && !user.actsFor(unitId)) {
            throw Refused.forbidden("UNIT_STAFF_FORBIDDEN", "只有考评办和本单位的经办人、领导可以查看本单位的科室和人员");
        }
        cycles.find(cycleId).orElseThrow(() -> Refused.notFound("CYCLE_NOT_FOUND", "考评年度不存在：" + cycleId));
        return organization.member(cycleId, unitId);
    }

    private static void requireOffice(CurrentUser user) {
        if (!user.isAdmin()) {
            throw Refused.forbidden("OFFICE_ONLY", "只有考评办管理员可以设置考评组、参评单位及其科室和人员");
        }
    }
}
