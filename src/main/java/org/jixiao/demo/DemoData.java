package org.jixiao.demo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Department;
import org.jixiao.organization.DepartmentRepository;
import org.jixiao.organization.Duty;
import org.jixiao.organization.Person;
import org.jixiao.organization.PersonRepository;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.organization.Organization;
import org.jixiao.organization.UnitLevel;
import org.jixiao.plan.PlanAction;
import org.jixiao.plan.PlanService;
import org.jixiao.plan.TargetTableService;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Responsibility;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableTemplate;
import org.jixiao.table.TargetTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty embedded database with a "2025年度 市直政府系列" cycle, three units from the seed
 * documents with their departments and people, their tables and demonstration accounts. Does
 * nothing on PostgreSQL, on a database that already has cycles, or when switched off.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String SERIES = "市直政府系列";

    private final DemoProperties properties;
    private final DemoStart start;
    private final AssessmentCycles cycles;
    private final Organization organization;
    private final DepartmentRepository departments;
    private final PersonRepository people;
    private final Accounts accounts;
    private final TargetTableService tables;
    private final PlanService plans;

    DemoData(DemoProperties properties, DemoStart start, AssessmentCycles cycles, Organization organization,
             DepartmentRepository departments, PersonRepository people, Accounts accounts,
             TargetTableService tables, PlanService plans) {
        this.properties = properties;
        this.start = start;
        this.cycles = cycles;
        this.organization = organization;
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.tables = tables;
        this.plans = plans;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws SQLException {
        if (!start.applies() || !cycles.none()) {
            return;
        }
        TableTemplate template = StandardTemplates.cityGovernment2025();
        AssessmentCycle cycle = cycles.open(2025, SERIES, template);
        long group = organization.createGroup(cycle.id(), "经济发展组").id();
        Unit park = unit(cycle, group, "泉州半导体高新技术产业园区管理委员会", "半导体高新区");
        Unit science = unit(cycle, group, "泉州市科学技术局", "市科技局");
        Unit assets = unit(cycle, group, "泉州市国资委", "市国资委");

        CurrentUser office = CurrentUser.of(
                accounts.create("admin", properties.password(), "市效能办 考评办管理员", Role.ADMIN, null,
                        !properties.keepPasswords()));
        Account bdt = store(office, park, DemoTables.semiconductorPark(cycle.id(), park.id(), template), "bdt",
                "半导体高新区经办人");
        Account kjj = store(office, science, DemoTables.scienceBureau(cycle.id(), science.id(), template), "kjj",
                "市科技局经办人");
        store(office, assets, DemoTables.stateAssetsWithFindings(cycle.id(), assets.id(), template), "gzw",
                "市国资委经办人");
        Account parkLeader = accounts.create("bdt-leader", properties.password(), "半导体高新区 单位领导",
                Role.UNIT_LEADER, park.id());
        Account scienceLeader = accounts.create("kjj-leader", properties.password(), "市科技局 单位领导",
                Role.UNIT_LEADER, science.id());
        // Year-end work runs on approved tables: the park's is published, the bureau's approved; the
        // state assets table keeps its findings as a draft to show the editor and the rule checks.
        approve(cycle.id(), park.id(), bdt, parkLeader, office, true);
        approve(cycle.id(), science.id(), kjj, scienceLeader, office, false);
        accounts.create("sysadmin", properties.password(), "系统管理员", Role.SYSTEM_ADMIN, null);
        accounts.create("secadmin", properties.password(), "安全管理员", Role.SECURITY_ADMIN, null);
        accounts.create("auditor", properties.password(), "审计管理员", Role.AUDIT_ADMIN, null);
        log.info("已载入演示数据：考评年度“{}”，3 个参评单位，演示账号 admin、bdt、kjj、gzw、bdt-leader、kjj-leader、"
                        + "sysadmin、secadmin、auditor",
                cycle.name());
    }

    private Unit unit(AssessmentCycle cycle, long group, String name, String shortName) {
        return organization.addUnit(cycle.id(), cycle.series(), group,
                new Organization.UnitDetails(name, shortName, UnitLevel.CITY, null)).unit();
    }

    private Account store(CurrentUser office, Unit unit, TargetTable table, String clerk, String clerkName) {
        tables.store(table, office);
        saveOrganization(unit, table);
        return accounts.create(clerk, properties.password(), clerkName, Role.UNIT_CLERK, unit.id());
    }

    /** The plan's whole path, each step by whoever takes it in an office. */
    private void approve(long cycleId, long unitId, Account clerk, Account leader, CurrentUser office,
                         boolean publish) {
        PlanService.TableRef table = plans.table(cycleId, unitId, office);
        plans.take(table, PlanAction.SUBMIT, null, List.of(), CurrentUser.of(clerk));
        plans.take(table, PlanAction.START_PEER_REVIEW, null, List.of(), office);
        plans.take(table, PlanAction.FINISH_PEER_REVIEW, null, List.of(), office);
        plans.take(table, PlanAction.PASS_OFFICE_REVIEW, null, List.of(), office);
        plans.take(table, PlanAction.LEADER_APPROVE, null, List.of(), CurrentUser.of(leader));
        plans.take(table, PlanAction.APPROVE, "同意该单位2025年度绩效目标，请抓好落实。", List.of(), office);
        if (publish) {
            plans.take(table, PlanAction.PUBLISH, null, List.of(), office);
        }
    }

    /** The unit's departments, heads and leaders, as its table names them. */
    private void saveOrganization(Unit unit, TargetTable table) {
        Map<String, String> heads = new LinkedHashMap<>();
        Set<String> leaders = new LinkedHashSet<>();
        List<Responsibility> responsibilities = new ArrayList<>();
        for (FirstLevelIndicator l1 : table.allFirstLevel()) {
            if (l1.responsibility() != null) {
                responsibilities.add(l1.responsibility());
            }
            l1.secondLevel().stream().map(SecondLevelIndicator::responsibility).forEach(responsibilities::add);
        }
        for (Responsibility r : responsibilities) {
            for (ResponsibleDepartment d : r.departments()) {
                heads.putIfAbsent(d.name(), d.head());
            }
            leaders.addAll(r.leaders());
        }
        int position = 0;
        for (Map.Entry<String, String> entry : heads.entrySet()) {
            departments.save(new Department(null, unit.id(), entry.getKey(), entry.getValue(), position++));
            if (!entry.getValue().isEmpty()) {
                people.save(new Person(null, unit.id(), entry.getValue(), Duty.DEPARTMENT_HEAD,
                        entry.getKey() + "负责人", position));
            }
        }
        for (String leader : leaders) {
            people.save(new Person(null, unit.id(), leader, Duty.SUPERVISING_LEADER, "分管领导", position++));
        }
    }
}
