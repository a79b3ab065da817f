package org.jixiao.support;

import java.util.List;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.demo.DemoTables;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.organization.Organization;
import org.jixiao.organization.UnitLevel;
import org.jixiao.plan.PlanAction;
import org.jixiao.plan.PlanService;
import org.jixiao.plan.TargetTableService;
import org.jixiao.table.StandardTemplates;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Makes a fresh, isolated world for one test: its own series and cycle, two units with complete
 * tables and an account for every role. Names carry a random suffix so tests never share data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestWorlds {

    public static final String PASSWORD = "Test#2025pw";

    private final AssessmentCycles cycles;
    private final Organization organization;
    private final Accounts accounts;
    private final TargetTableService tables;
    private final PlanService plans;

    TestWorlds(AssessmentCycles cycles, Organization organization, Accounts accounts, TargetTableService tables,
               PlanService plans) {
        this.cycles = cycles;
        this.organization = organization;
        this.accounts = accounts;
        this.tables = tables;
        this.plans = plans;
    }

    /** Two units of one series: A (半导体高新区) and B (科技局), each with its table, and their people. */
    public record World(AssessmentCycle cycle, Unit unitA, Unit unitB, UUID tableA, UUID tableB, Account admin,
                        Account clerkA, Account leaderA, Account clerkB) {
    }

    public World create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String series = "测试系列-" + suffix;
        AssessmentCycle cycle = cycles.open(2025, series, StandardTemplates.cityGovernment2025());
        long group = organization.createGroup(cycle.id(), "第一组").id();
        Unit a = organization.addUnit(cycle.id(), series, group,
                new Organization.UnitDetails("泉州半导体高新区管委会-" + suffix, "半导体", UnitLevel.CITY, null)).unit();
        Unit b = organization.addUnit(cycle.id(), series, group,
                new Organization.UnitDetails("泉州市科学技术局-" + suffix, "科技局", UnitLevel.CITY, null)).unit();
        Account admin = accounts.create("admin-" + suffix, PASSWORD, "考评办", Role.ADMIN, null);
        CurrentUser office = CurrentUser.of(admin);
        UUID tableA = tables.store(DemoTables.semiconductorPark(cycle.id(), a.id(), cycle.template()), office);
        UUID tableB = tables.store(DemoTables.scienceBureau(cycle.id(), b.id(), cycle.template()), office);
        return new World(cycle, a, b, tableA, tableB, admin,
                accounts.create("clerk-a-" + suffix, PASSWORD, "经办人A", Role.UNIT_CLERK, a.id()),
                accounts.create("leader-a-" + suffix, PASSWORD, "领导A", Role.UNIT_LEADER, a.id()),
                accounts.create("clerk-b-" + suffix, PASSWORD, "经办人B", Role.UNIT_CLERK, b.id()));
    }

    /**
     * An account of a role that belongs to no unit (a security or system administrator, a rater), under
     * a fresh username, with {@link #PASSWORD}.
     */
    public Account account(Role role, String displayName) {
        String username = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(username, PASSWORD, displayName, role, null);
    }

    /**
     * Takes both units' tables of the world the whole way to 已批复, each step by whoever takes it
     * (unit B's leader is made on the way), so that year-end work may run on them.
     */
    public World approve(World world) {
        String suffix = world.admin().username().substring("admin-".length());
        Account leaderB = accounts.create("leader-b-" + suffix, PASSWORD, "领导B", Role.UNIT_LEADER,
                world.unitB().id());
        approve(world, world.unitA(), world.clerkA(), world.leaderA());
        approve(world, world.unitB(), world.clerkB(), leaderB);
        return world;
    }

    private void approve(World world, Unit unit, Account clerk, Account leader) {
        CurrentUser office = CurrentUser.of(world.admin());
        PlanService.TableRef table = plans.table(world.cycle().id(), unit.id(), office);
        plans.take(table, PlanAction.SUBMIT, null, List.of(), CurrentUser.of(clerk));
        plans.take(table, PlanAction.START_PEER_REVIEW, null, List.of(), office);
        plans.take(table, PlanAction.FINISH_PEER_REVIEW, null, List.of(), office);
        plans.take(table, PlanAction.PASS_OFFICE_REVIEW, null, List.of(), office);
        plans.take(table, PlanAction.LEADER_APPROVE, null, List.of(), CurrentUser.of(leader));
        plans.take(table, PlanAction.APPROVE, "同意。", List.of(), office);
    }
}
