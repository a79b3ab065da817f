package org.jixiao.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Duty;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Role;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestWorlds;
import org.jixiao.tracking.progress.ProgressService;
import org.jixiao.tracking.reminders.Notifications;
import org.jixiao.tracking.reminders.ReminderJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Responsibility across units: an account linked to 科室负责人 in two units sees its rows of both (我的事项)
 * and nothing else, is reminded about them without duplicates, and progress reports are audited.
 */
@IntegrationTest
class ResponsibilityIT {

    @Autowired TestWorlds worlds;
    @Autowired ProgressService progress;
    @Autowired Organization organization;
    @Autowired Accounts accounts;
    @Autowired Notifications notifications;
    @Autowired ReminderJob job;
    @Autowired org.jixiao.tracking.progress.Boards boards;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static CurrentUser actor(Account account) {
        return CurrentUser.of(account);
    }

    /** An account of unit A linked to the head of A's 经济发展科 and to the head of B's 高新科. */
    private Account responsibleInBothUnits(TestWorlds.World world) {
        long a = world.unitA().id();
        long b = world.unitB().id();
        var economy = organization.addDepartment(a, new Organization.DepartmentDetails("经济发展科", "褚达志"));
        var headA = organization.addPerson(a, new Organization.PersonDetails("褚达志", "科长", Duty.DEPARTMENT_HEAD, economy.id()));
        var hiTech = organization.addDepartment(b, new Organization.DepartmentDetails("高新科", "梁秋生"));
        var headB = organization.addPerson(b, new Organization.PersonDetails("梁秋生", "科长", Duty.DEPARTMENT_HEAD, hiTech.id()));
        Account account = accounts.create("both-" + UUID.randomUUID().toString().substring(0, 8), TestWorlds.PASSWORD,
                "褚达志", Role.UNIT_LEADER, a);
        progress.link(a, account.id(), headA.id(), actor(world.admin()));
        progress.link(b, account.username(), headB.id(), actor(world.admin()));
        return account;
    }

    private List<TrackedItem> all(TestWorlds.World world, long unit) {
        return progress.unit(world.cycle().id(), unit, 1, actor(world.admin())).lines().stream().map(ProgressService.Line::item).toList();
    }

    @Test
    void anAccountResponsibleInTwoUnitsSeesBothUnitsRowsAndNothingElse() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        Account both = responsibleInBothUnits(world);

        List<ProgressService.UnitView> mine = progress.myItems(cycle, actor(both));
        assertThat(mine).extracting(ProgressService.UnitView::unitId).containsExactly(world.unitA().id(), world.unitB().id());
        List<UUID> expectedA = all(world, world.unitA().id()).stream().filter(i -> i.names("经济发展科", "褚达志"))
                .map(TrackedItem::rowId).toList();
        List<UUID> expectedB = all(world, world.unitB().id()).stream().filter(i -> i.names("高新科", "梁秋生"))
                .map(TrackedItem::rowId).toList();
        assertThat(expectedA).isNotEmpty().hasSizeLessThan(all(world, world.unitA().id()).size());
        assertThat(expectedB).isNotEmpty().hasSizeLessThan(all(world, world.unitB().id()).size());
        assertThat(mine.get(0).lines()).extracting(l -> l.item().rowId()).containsExactlyElementsOf(expectedA);
        assertThat(mine.get(1).lines()).extracting(l -> l.item().rowId()).containsExactlyElementsOf(expectedB);

        // the page groups them by unit; the clerk of B sees only B, the whole unit
        String page = mvc.perform(get("/tracking").param("cycle", String.valueOf(cycle)).with(user(SignedInAccount.of(both))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(world.unitA().name()).contains(world.unitB().name()).contains("经济发展科 褚达志")
                .contains("高新科 梁秋生");
        assertThat(progress.myItems(cycle, actor(world.clerkB()))).singleElement()
                .satisfies(v -> assertThat(v.unitId()).isEqualTo(world.unitB().id()));
        // and the linked account reports in the other unit, only its own rows there
        progress.openPeriod(cycle, 1, actor(world.admin()));
        progress.submit(cycle, world.unitB().id(), expectedB.get(0), 1, ProgressStatus.IN_PROGRESS, null, "高新科报送", actor(both));
        UUID notMine = all(world, world.unitB().id()).stream().filter(i -> !expectedB.contains(i.rowId())).findFirst().orElseThrow().rowId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> progress.submit(cycle, world.unitB().id(), notMine, 1,
                ProgressStatus.IN_PROGRESS, null, "x", actor(both))).isInstanceOf(org.jixiao.web.NotFound.class);
    }

    @Test
    void remindersGoToTheClerkAndTheResponsibleAccountsOnceEachAndTheJobStaysIdempotent() {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        Account both = responsibleInBothUnits(world);
        // the clerk of A is linked too: still reminded once, as the clerk
        var general = organization.addDepartment(world.unitA().id(), new Organization.DepartmentDetails("综合协调科", "杜团结"));
        var du = organization.addPerson(world.unitA().id(), new Organization.PersonDetails("杜团结", "科长", Duty.DEPARTMENT_HEAD, general.id()));
        progress.link(world.unitA().id(), world.clerkA().id(), du.id(), actor(world.admin()));
        clock.advance(Duration.between(Instant.now(), Instant.parse("2025-04-08T02:00:00Z")));
        progress.openPeriod(cycle, 1, actor(world.admin()));

        assertThat(job.run()).isPositive();
        List<Notifications.Notification> mine = notifications.of(actor(both));
        // one "opened" and one "due" per unit the account answers in
        assertThat(mine).filteredOn(n -> n.kind() == Notifications.Kind.PERIOD_OPENED).hasSize(2)
                .extracting(Notifications.Notification::link).anySatisfy(l -> assertThat(l).contains("/units/" + world.unitB().id()));
        assertThat(mine).filteredOn(n -> n.kind() == Notifications.Kind.REPORT_DUE).hasSize(2);
        assertThat(mine).filteredOn(n -> n.kind() != Notifications.Kind.OVERDUE)
                .allSatisfy(n -> assertThat(n.body()).contains("您负责的指标"));
        List<Notifications.Notification> clerk = notifications.of(actor(world.clerkA()));
        assertThat(clerk).filteredOn(n -> n.kind() == Notifications.Kind.PERIOD_OPENED).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("本单位各项指标"));
        assertThat(job.run()).isZero();
        assertThat(notifications.of(actor(both))).hasSameSizeAs(mine);

        // overdue: the responsible account hears of its own overdue rows only, the clerk of all
        clock.reset();
        clock.advance(Duration.between(Instant.now(), Instant.parse("2025-04-11T02:00:00Z")));
        assertThat(job.run()).isPositive();
        List<Board.OverdueItem> overdue = boards.board(cycle, world.unitA().id(), actor(world.admin())).board().overdue();
        long mineOverdue = overdue.stream().filter(o -> o.item().names("经济发展科", "褚达志")).count();
        assertThat(mineOverdue).isPositive().isLessThan(overdue.size());
        assertThat(notifications.of(actor(both))).filteredOn(n -> n.kind() == Notifications.Kind.OVERDUE
                        && n.title().contains(world.unitA().name())).singleElement()
                .satisfies(n -> assertThat(n.title()).contains(" 有 " + mineOverdue + " 项指标逾期"));
        assertThat(notifications.of(actor(world.clerkA()))).filteredOn(n -> n.kind() == Notifications.Kind.OVERDUE).singleElement()
                .satisfies(n -> assertThat(n.title()).contains(" 有 " + overdue.size() + " 项指标逾期"));
        assertThat(job.run()).isZero();

        // a returned report reaches the clerk and the responsible account of that row, not the others
        UUID row = all(world, world.unitA().id()).stream().filter(i -> i.names("经济发展科", "褚达志")).findFirst().orElseThrow().rowId();
        progress.submit(cycle, world.unitA().id(), row, 1, ProgressStatus.IN_PROGRESS, null, "推进中", actor(both));
        progress.review(cycle, world.unitA().id(), row, 1, false, "请补充台账", actor(world.admin()));
        assertThat(notifications.of(actor(both))).filteredOn(n -> n.kind() == Notifications.Kind.RETURNED).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("请补充台账"));
        assertThat(notifications.of(actor(world.clerkA()))).filteredOn(n -> n.kind() == Notifications.Kind.RETURNED).hasSize(1);
        assertThat(notifications.of(actor(world.clerkB()))).filteredOn(n -> n.kind() == Notifications.Kind.RETURNED).isEmpty();
    }

    @Test
    void submittingCorrectingAcceptingAndReturningReportsAreWrittenToTheAuditTrail() {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        progress.openPeriod(cycle, 1, actor(world.admin()));
        List<TrackedItem> items = all(world, unit);
        UUID first = items.get(0).rowId();
        UUID second = items.get(1).rowId();
        progress.submit(cycle, unit, first, 1, ProgressStatus.IN_PROGRESS, 30, "制定方案", actor(world.clerkA()));
        progress.submit(cycle, unit, first, 1, ProgressStatus.IN_PROGRESS, 40, "已洽谈项目4个", actor(world.clerkA()));
        progress.review(cycle, unit, first, 1, true, "同意", actor(world.admin()));
        progress.submit(cycle, unit, second, 1, ProgressStatus.DONE, 100, "已完成", actor(world.clerkA()));
        progress.review(cycle, unit, second, 1, false, "请补充佐证", actor(world.admin()));

        record Entry(String actor, String subject, String before, String after) {
        }
        List<Entry> entries = jdbc.sql("""
                        select actor, subject, before_json, after_json from audit_entry
                        where kind = 'PROGRESS' and unit_id = ? and cycle_id = ? order by id""")
                .params(unit, cycle).query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        String a = items.get(0).code();
        String b = items.get(1).code();
        assertThat(entries).extracting(Entry::subject).containsExactly("进展报送 第 1 期 行 " + a, "进展修改 第 1 期 行 " + a,
                "进展审核通过 第 1 期 行 " + a, "进展报送 第 1 期 行 " + b, "进展退回 第 1 期 行 " + b);
        assertThat(entries.get(0).before()).isNull();
        assertThat(entries.get(1).before()).contains("制定方案");
        assertThat(entries.get(1).after()).contains("已洽谈项目4个").contains("\"percent\":40");
        assertThat(entries.get(2).actor()).isEqualTo(world.admin().username());
        assertThat(entries.get(2).after()).contains("ACCEPTED").contains("同意");
        assertThat(entries.get(4).after()).contains("RETURNED").contains("请补充佐证");
    }
}
