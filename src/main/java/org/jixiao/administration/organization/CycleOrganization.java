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
    private final OrganizationTrail trail;

    CycleOrganization(AssessmentCycles cycles, Organization organization, TargetTableRepository tables,
                      OrganizationTrail trail) {
        this.cycles = cycles;
        this.organization = organization;
        this.tables = tables;
        this.trail = trail;
    }

    // ----- the cycle, its groups and units (the office only)

    AssessmentCycle cycle(CurrentUser user, long cycleId) {
        requireOffice(user);
        return cycles.find(cycleId)
                .orElseThrow(() -> Refused.notFound("CYCLE_NOT_FOUND", "考评年度不存在：" + cycleId));
    }

    /** The cycle, for a change: a closed year is read-only. */
    private AssessmentCycle openCycle(CurrentUser user, long cycleId) {
        AssessmentCycle cycle = cycle(user, cycleId);
        if (!cycle.isOpen()) {
            throw Refused.conflict("CYCLE_CLOSED", "“" + cycle.name() + "”已关闭，不能再修改其考评组、单位、科室和人员；如需修改，请先重新开启该考评年度");
        }
        return cycle;
    }

    private Member openMember(CurrentUser user, long cycleId, long unitId) {
        openCycle(user, cycleId);
        return organization.member(cycleId, unitId);
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

    @Transactional
    AssessmentGroup createGroup(CurrentUser user, long cycleId, String name) {
        openCycle(user, cycleId);
        AssessmentGroup created = organization.createGroup(cycleId, name);
        trail.group(user, cycleId, "新建", null, created);
        return created;
    }

    @Transactional
    AssessmentGroup renameGroup(CurrentUser user, long cycleId, long groupId, String name) {
        openCycle(user, cycleId);
        AssessmentGroup before = organization.group(cycleId, groupId);
        AssessmentGroup renamed = organization.renameGroup(cycleId, groupId, name);
        trail.group(user, cycleId, "修改", before, renamed);
        return renamed;
    }

    @Transactional
    void deleteGroup(CurrentUser user, long cycleId, long groupId) {
        openCycle(user, cycleId);
        AssessmentGroup before = organization.group(cycleId, groupId);
        organization.deleteGroup(cycleId, groupId);
        trail.group(user, cycleId, "删除", before, null);
    }

    List<Member> members(CurrentUser user, long cycleId) {
        cycle(user, cycleId);
        return organization.members(cycleId);
    }

    Member member(CurrentUser user, long cycleId, long unitId) {
        cycle(user, cycleId);
        return organization.member(cycleId, unitId);
    }

    @Transactional
    Member addUnit(CurrentUser user, long cycleId, long groupId, UnitDetails details) {
        AssessmentCycle cycle = openCycle(user, cycleId);
        Member added = organization.addUnit(cycleId, cycle.series(), groupId, details);
        trail.unit(user, cycleId, "添加", null, added);
        return added;
    }

    /** The API names the group rather than giving its id. */
    @Transactional
    Member addUnit(CurrentUser user, long cycleId, String groupName, UnitDetails details) {
        openCycle(user, cycleId);
        return addUnit(user, cycleId, organization.groupNamed(cycleId, groupName).id(), details);
    }

    @Transactional
    Member updateUnit(CurrentUser user, long cycleId, long unitId, long groupId, UnitDetails details) {
        openCycle(user, cycleId);
        Member before = organization.member(cycleId, unitId);
        Member updated = organization.updateUnit(cycleId, unitId, groupId, details);
        trail.unit(user, cycleId, "修改", before, updated);
        return updated;
    }

    @Transactional
    Member updateUnit(CurrentUser user, long cycleId, long unitId, String groupName, UnitDetails details) {
        openCycle(user, cycleId);
        organization.member(cycleId, unitId);
        return updateUnit(user, cycleId, unitId, organization.groupNamed(cycleId, groupName).id(), details);
    }

    /** Takes the unit out of the cycle, unless it already has a table there. */
    @Transactional
    void removeUnit(CurrentUser user, long cycleId, long unitId) {
        openCycle(user, cycleId);
        Member member = organization.member(cycleId, unitId);
        if (tables.findId(cycleId, unitId).isPresent()) {
            throw Refused.conflict("UNIT_HAS_TABLE", "单位“" + member.unit().name()
                    + "”在本考评年度已有绩效目标考评表，不能移出本年度；如需调整，请改变它的考评组");
        }
        organization.removeUnit(cycleId, unitId);
        trail.unit(user, cycleId, "移出", member, null);
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

    @Transactional
    Department addDepartment(CurrentUser user, long cycleId, long unitId, DepartmentDetails details) {
        openMember(user, cycleId, unitId);
        Department added = organization.addDepartment(unitId, details);
        trail.department(user, cycleId, "添加", null, added);
        return added;
    }

    @Transactional
    Department updateDepartment(CurrentUser user, long cycleId, long unitId, long departmentId,
                                DepartmentDetails details) {
        openMember(user, cycleId, unitId);
        Department before = organization.department(unitId, departmentId);
        Department updated = organization.updateDepartment(unitId, departmentId, details);
        trail.department(user, cycleId, "修改", before, updated);
        return updated;
    }

    @Transactional
    void deleteDepartment(CurrentUser user, long cycleId, long unitId, long departmentId) {
        openMember(user, cycleId, unitId);
        Department before = organization.department(unitId, departmentId);
        organization.deleteDepartment(unitId, departmentId);
        trail.department(user, cycleId, "删除", before, null);
    }

    @Transactional
    Person addPerson(CurrentUser user, long cycleId, long unitId, PersonDetails details) {
        openMember(user, cycleId, unitId);
        Person added = organization.addPerson(unitId, details);
        trail.person(user, cycleId, "添加", null, added);
        return added;
    }

    @Transactional
    Person updatePerson(CurrentUser user, long cycleId, long unitId, long personId, PersonDetails details) {
        openMember(user, cycleId, unitId);
        Person before = organization.person(unitId, personId);
        Person updated = organization.updatePerson(unitId, personId, details);
        trail.person(user, cycleId, "修改", before, updated);
        return updated;
    }

    @Transactional
    void deletePerson(CurrentUser user, long cycleId, long unitId, long personId) {
        openMember(user, cycleId, unitId);
        Person before = organization.person(unitId, personId);
        organization.deletePerson(unitId, personId);
        trail.person(user, cycleId, "删除", before, null);
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
