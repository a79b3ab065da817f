package org.jixiao.tracking;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Duty;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Role;
import org.jixiao.tracking.progress.ProgressService;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 季度跟踪 in a real browser on 5 July 2025: the office opens the first quarter, the clerk reports two
 * items with a ledger file, the office returns one with a reason, the clerk finds it in the notification
 * centre, and the dashboard shows the item whose deadline (6月30日前) passed. Screenshots under
 * target/screenshots/tracking-*.
 */
@IntegrationTest
class TrackingBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorlds worlds;

    @Autowired
    MovableClock clock;

    @Autowired
    ProgressService progress;

    @Autowired
    Organization organization;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theClerkReportsTheFirstQuarterTheOfficeReturnsOneItemAndTheDashboardShowsTheOverdueItem() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        clock.advance(Duration.between(Instant.now(), Instant.parse("2025-07-05T02:00:00Z")));
        long cycle = world.cycle().id();
        String unitPage = base() + "/tracking/cycles/" + cycle + "/units/" + world.unitA().id() + "?period=1";

        Page office = signIn(world.admin());
        office.navigate(base() + "/dashboard/cycles/" + cycle);
        office.locator("form.open-period button").first().click();
        assertThat(office.locator(".periods-admin a.open")).hasCount(1);

        Page clerk = signIn(world.clerkA());
        clerk.navigate(unitPage);
        Locator first = clerk.locator("tr[data-code='1-1-1']");
        first.locator("select[name=status]").selectOption("IN_PROGRESS");
        first.locator("input[name=percent]").fill("40");
        first.locator("textarea[name=done]").fill("制定年度招商行动方案，已对接洽谈项目4个。");
        first.locator("form.tr-report button").click();
        first = clerk.locator("tr[data-code='1-1-1']");
        Path ledger = Files.createTempFile("招商台账", ".pdf");
        Files.writeString(ledger, "%PDF-1.4 台账", StandardCharsets.UTF_8);
        first.locator("input[type=file]").setInputFiles(ledger);
        first.locator("form.tr-upload button").click();
        assertThat(clerk.locator("tr[data-code='1-1-1'] td.files a")).hasCount(1);

        Locator second = clerk.locator("tr[data-code='1-1-2']");
        second.locator("select[name=status]").selectOption("DONE");
        second.locator("input[name=percent]").fill("100");
        second.locator("textarea[name=done]").fill("签约项目投资金额105亿元。");
        second.locator("form.tr-report button").click();
        assertThat(clerk.locator("tr[data-code='1-1-2'] td.review")).containsText("待审核");
        clerk.locator("tr[data-code='1-1-1']").scrollIntoViewIfNeeded();
        Chromium.screenshotView(clerk, "tracking-01-clerk-reports-q1");

        office.navigate(unitPage);
        Locator returned = office.locator("tr[data-code='1-1-2']");
        returned.locator("input[name=comment]").fill("请补充签约合同作为佐证");
        returned.locator("button[value=return]").click();
        assertThat(office.locator("tr[data-code='1-1-2'] td.review")).containsText("已退回");
        assertThat(office.locator("tr[data-code='1-1-2'] td.review")).containsText("请补充签约合同作为佐证");
        office.locator("tr[data-code='1-1-1'] button[value=accept]").click();
        assertThat(office.locator("tr[data-code='1-1-1'] td.review")).containsText("已审核");
        office.locator("tr[data-code='1-1-1']").scrollIntoViewIfNeeded();
        Chromium.screenshotView(office, "tracking-02-office-returns-one-item");

        clerk.navigate(base() + "/notifications");
        assertThat(clerk.locator(".notifications-link .badge")).hasText(Pattern.compile("[1-9]\\d*"));
        assertThat(clerk.locator("ul.notifications li").first()).containsText("请补充签约合同作为佐证");
        Chromium.screenshotView(clerk, "tracking-03-clerk-notified");

        office.navigate(base() + "/dashboard/cycles/" + cycle);
        office.locator("form.open-period button").first().click();
        assertThat(office.locator(".periods-admin a.open")).hasCount(2);
        assertThat(office.locator(".overdue-list tr[data-code='2-12-2'][data-kind='DEADLINE_PASSED'][data-unit-id='"
                + world.unitA().id() + "']")).containsText("逾期未完成");
        assertThat(office.locator("tr[data-unit='" + world.unitA().name() + "'] td").nth(4)).not().hasText("0");
        assertThat(office.locator(".chart.rendered")).hasCount(4);
        Chromium.screenshot(office, "tracking-04-dashboard-overdue");
        office.locator("tr[data-unit='" + world.unitA().name() + "'] button.remind").click();
        assertThat(office.locator(".alert.ok")).containsText("已提醒");
    }

    @Test
    void theClerkSplitsARowBetweenTwoDepartmentsTheyReportAndAnAccountResponsibleInTwoUnitsSeesItsItems() {
        TestWorlds.World world = worlds.approve(worlds.create());
        clock.advance(Duration.between(Instant.now(), Instant.parse("2025-04-05T02:00:00Z")));
        long cycle = world.cycle().id();
        long a = world.unitA().id();
        CurrentUser office = CurrentUser.of(world.admin());
        progress.openPeriod(cycle, 1, office);
        var economy = organization.addDepartment(a, new Organization.DepartmentDetails("经济发展科", "褚达志"));
        var headA = organization.addPerson(a, new Organization.PersonDetails("褚达志", "科长", Duty.DEPARTMENT_HEAD, economy.id()));
        var hiTech = organization.addDepartment(world.unitB().id(), new Organization.DepartmentDetails("高新科", "梁秋生"));
        var headB = organization.addPerson(world.unitB().id(), new Organization.PersonDetails("梁秋生", "科长", Duty.DEPARTMENT_HEAD,
                hiTech.id()));
        Account both = accounts.create("both-" + world.admin().username().substring(6), TestWorlds.PASSWORD, "褚达志",
                Role.UNIT_LEADER, a);
        progress.link(a, both.id(), headA.id(), office);
        progress.link(world.unitB().id(), both.id(), headB.id(), office);

        Page clerk = signIn(world.clerkA());
        clerk.navigate(base() + "/tracking/cycles/" + cycle + "/units/" + a + "/internal");
        clerk.locator("form.internal-create select[name=departmentId]").selectOption(String.valueOf(economy.id()));
        clerk.locator("form.internal-create button").click();
        assertThat(clerk.locator("h1")).containsText("经济发展科 二级绩效方案");
        assign(clerk, "1-1-1", "", "");
        assign(clerk, "1-1-2", "签约项目80亿元", "70");
        report(clerk, "1-1-1", "DONE", "100", "已制定招商行动方案并印发。");
        report(clerk, "1-1-2", "IN_PROGRESS", "60", "已签约48亿元。");
        clerk.navigate(base() + "/tracking/cycles/" + cycle + "/units/" + a + "/internal");
        clerk.locator("form.internal-create input[name=departmentName]").fill("综合协调科");
        clerk.locator("form.internal-create input[name=responsible]").fill("杜团结");
        clerk.locator("form.internal-create button").click();
        assign(clerk, "1-1-2", "签约项目40亿元", "30");
        report(clerk, "1-1-2", "DONE", "100", "已签约41亿元。");
        clerk.navigate(base() + "/tracking/cycles/" + cycle + "/units/" + a + "/internal?period=1");
        assertThat(clerk.locator(".internal-rollup tr[data-code='1-1-1']")).containsText("可报已完成");
        assertThat(clerk.locator(".internal-rollup tr[data-code='1-1-2'] td.num")).hasText("72");
        Chromium.screenshotView(clerk, "tracking-05-internal-roll-up");
        clerk.locator(".internal-plans a", new Page.LocatorOptions().setHasText("经济发展科")).click();
        assertThat(clerk.locator("tr[data-code='1-1-2']")).containsText("签约项目80亿元");
        Chromium.screenshotView(clerk, "tracking-06-internal-plan");
        // the clerk changes the part's target and share; removing it is refused, its progress is reported
        clerk.locator("tr[data-code='1-1-2'] a.edit-part").click();
        Locator edit = clerk.locator("form.edit-part-form");
        assertThat(edit.locator("input[name=share]")).hasValue("70");
        edit.locator("textarea[name=target]").fill("签约项目85亿元");
        edit.locator("input[name=share]").fill("65");
        Chromium.screenshotView(clerk, "tracking-08-internal-part-edit");
        edit.locator("button").click();
        assertThat(clerk.locator("tr[data-code='1-1-2']")).containsText("签约项目85亿元");
        assertThat(clerk.locator("tr[data-code='1-1-2'] td.num")).hasText("65");
        clerk.onDialog(dialog -> dialog.accept());
        clerk.locator("tr[data-code='1-1-2'] button.remove-part").click();
        assertThat(clerk.locator("body")).containsText("已报送进展，不能删除");

        Page responsible = signIn(both);
        responsible.navigate(base() + "/tracking?cycle=" + cycle);
        assertThat(responsible.locator("section.my-unit")).hasCount(2);
        assertThat(responsible.locator("section.my-unit[data-unit='" + world.unitB().id() + "']")).containsText("高新科 梁秋生");
        Chromium.screenshot(responsible, "tracking-07-my-items-two-units");
    }

    private void assign(Page page, String code, String target, String share) {
        Locator form = page.locator("form.tr-assign");
        String value = (String) form.locator("select[name=rowId] option").filter(new Locator.FilterOptions().setHasText(code + " "))
                .first().getAttribute("value");
        form.locator("select[name=rowId]").selectOption(value);
        form.locator("textarea[name=target]").fill(target);
        form.locator("input[name=share]").fill(share);
        form.locator("button").click();
        assertThat(page.locator("tr[data-code='" + code + "']")).hasCount(1);
    }

    private void report(Page page, String code, String status, String percent, String done) {
        Locator row = page.locator("tr[data-code='" + code + "']");
        row.locator("select[name=status]").selectOption(status);
        row.locator("input[name=percent]").fill(percent);
        row.locator("textarea[name=done]").fill(done);
        row.locator("form.tr-report button").click();
        assertThat(page.locator("tr[data-code='" + code + "'] textarea[name=done]")).hasValue(done);
    }

    private Page signIn(Account account) {
        Page page = browser.newPage();
        Chromium.signIn(page, base(), account.username(), TestWorlds.PASSWORD);
        return page;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
