package org.jixiao.administration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.cycle.CycleLevel;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Member;
import org.jixiao.organization.Memberships;
import org.jixiao.organization.Role;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.CategoryRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7 end to end, in a real browser and with nothing but an administrator account: the office
 * opens a district cycle from the district preset, creates a group, two units with their
 * departments and people, a clerk and a rater; the clerk signs in, must choose a new password, then
 * starts the unit's table and authors a row, picking the department from the list of the unit's
 * departments. Screenshots: target/screenshots/setup-year-*.png.
 */
@IntegrationTest
class OfficeSetsUpAYearBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AssessmentCycles cycles;

    @Autowired
    Memberships memberships;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void officeSetsUpADistrictYearAndItsClerkAuthorsTheFirstRow() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String base = "http://localhost:" + port;
        accounts.create("office-" + suffix, TestWorlds.PASSWORD, "区效能办", Role.ADMIN, null);
        String series = "县（市、区）系列-" + suffix;

        Page office = browser.newPage();
        Chromium.signIn(office, base, "office-" + suffix, TestWorlds.PASSWORD);

        // 1. the cycle, from the district preset
        office.navigate(base + "/admin/cycles");
        office.locator("#new-cycle").click();
        office.fill("[name=year]", "2026");
        office.fill("[name=series]", series);
        office.selectOption("[name=level]", "DISTRICT");
        office.check("input[name=preset][value=DISTRICT]");
        Chromium.screenshot(office, "setup-year-01-new-cycle");
        office.locator("form.admin-form button[type=submit]").click();
        assertThat(office.locator(".alert.ok").first()).containsText("已新建");
        AssessmentCycle cycle = cycles.find(2026, series).orElseThrow();
        assertThat(cycle.level()).isEqualTo(CycleLevel.DISTRICT);
        assertThat(cycle.template().rules().capFunctionalAtLastYear()).isTrue();
        assertThat(cycle.template().categoryWithRole(CategoryRole.ADMINISTRATIVE_CAPACITY)).isPresent();

        // 2. a group and two units
        office.navigate(base + "/admin/cycles/" + cycle.id() + "/organization");
        office.locator("#new-group [name=name]").fill("第一组");
        office.locator("#new-group button[type=submit]").click();
        String commerce = "鲤城区商务局-" + suffix;
        String finance = "鲤城区财政局-" + suffix;
        addUnit(office, commerce, "区商务局");
        addUnit(office, finance, "区财政局");
        assertThat(office.locator("section[data-group='第一组'] tr[data-unit]")).hasCount(2);
        Chromium.screenshot(office, "setup-year-02-groups-and-units");
        List<Member> members = memberships.members(cycle.id());
        long commerceId = members.stream().filter(m -> m.unit().name().equals(commerce)).findFirst().orElseThrow()
                .unitId();

        // 3. departments and people of the first unit, a department of the second
        office.locator("tr[data-unit='" + commerce + "'] a").first().click();
        addDepartment(office, "外贸科", "林晓");
        addDepartment(office, "市场体系建设科", "陈静");
        office.locator("#new-person [name=name]").fill("黄建明");
        office.locator("#new-person [name=title]").fill("副局长");
        office.locator("#new-person [name=duty]").selectOption("SUPERVISING_LEADER");
        office.locator("#new-person button[type=submit]").click();
        assertThat(office.locator("tr[data-person='黄建明']")).containsText("分管领导");
        Chromium.screenshot(office, "setup-year-03-departments-and-people");
        office.navigate(base + "/admin/cycles/" + cycle.id() + "/organization");
        office.locator("tr[data-unit='" + finance + "'] a").first().click();
        addDepartment(office, "办公室", "王芳");

        // 4. a clerk of the first unit and a rater
        String clerk = "sw-" + suffix;
        createAccount(office, clerk, "区商务局 经办人", "UNIT_CLERK", Long.toString(commerceId));
        createAccount(office, "pw-" + suffix, "集中考评组 评委", "RATER", null);
        Chromium.screenshot(office, "setup-year-04-accounts");

        // 5. the clerk's first sign-in asks for a new password
        Page unit = browser.newPage();
        unit.navigate(base + "/login");
        unit.fill("#username", clerk);
        unit.fill("#password", "Chushi#2026");
        unit.click("button[type=submit]");
        unit.waitForURL(base + "/account/password");
        unit.fill("[name=currentPassword]", "Chushi#2026");
        unit.fill("[name=newPassword]", "Shangwu#2026");
        unit.fill("[name=confirmPassword]", "Shangwu#2026");
        Chromium.screenshot(unit, "setup-year-05-first-password");
        unit.click("#password-form button[type=submit]");
        unit.waitForURL(base + "/account?changed");

        // 6. the clerk starts the table and authors a row, picking the department from the list
        unit.navigate(base + "/");
        unit.locator("tr[data-unit='" + commerce + "'] button", new Page.LocatorOptions().setHasText("新建考评表"))
                .click();
        unit.waitForURL(Pattern.compile(".*/tables/[0-9a-f-]+"));
        unit.locator("tr.subtotal[data-category='重点工作目标'] button").click();
        Locator editor = unit.locator("form.row-editor");
        editor.locator("[name=code]").fill("1-1");
        editor.locator("[name=points]").fill("3");
        editor.locator("[name=text]").fill("推动外贸稳规模优结构，全年进出口总额增长5%。");
        editor.locator("button[type=submit]").click();
        Locator firstLevel = unit.locator("td.first-level", new Page.LocatorOptions().setHasText("推动外贸稳规模优结构"));
        firstLevel.locator("button", new Locator.LocatorOptions().setHasText("添加二级指标")).click();
        editor = unit.locator("form.row-editor");
        assertThat(editor.locator("#choices-departments option[value='外贸科']")).hasAttribute("data-head", "林晓");
        assertThat(editor.locator("#choices-departments option[value='办公室']")).hasCount(0);
        editor.locator("[name=code]").fill("1-1-1");
        editor.locator("[name=points]").fill("3");
        editor.locator("[name=text]").fill("组织企业参加境外展会不少于10场次。");
        editor.locator("[name=deadline]").fill("12月底前");
        editor.locator("[name=departments]").fill("外贸科");
        assertThat(editor.locator("[name=heads]")).hasValue("林晓");
        editor.locator("[name=leaders]").fill("黄建明");
        Chromium.screenshot(unit, "setup-year-06-row-from-choices");
        editor.locator("button[type=submit]").click();
        assertThat(unit.locator("tr[data-code='1-1-1']")).containsText("外贸科");
        assertThat(unit.locator("tr[data-code='1-1-1']")).containsText("林晓");
        assertThat(unit.locator("tr[data-code='1-1-1']")).containsText("黄建明");
        assertThat(unit.locator("h1")).hasText(Pattern.compile("2026年度.+绩效目标考评表"));
        Chromium.screenshot(unit, "setup-year-07-table");
    }

    private static void addUnit(Page office, String name, String shortName) {
        Locator form = office.locator("#new-unit");
        form.locator("[name=name]").fill(name);
        form.locator("[name=shortName]").fill(shortName);
        form.locator("[name=groupId]").selectOption(new SelectOption().setLabel("第一组"));
        form.locator("button[type=submit]").click();
        assertThat(office.locator("tr[data-unit='" + name + "']")).hasCount(1);
    }

    private static void addDepartment(Page office, String name, String head) {
        office.locator("#new-department [name=name]").fill(name);
        office.locator("#new-department [name=head]").fill(head);
        office.locator("#new-department button[type=submit]").click();
        assertThat(office.locator("tr[data-department='" + name + "']")).containsText(head);
    }

    private void createAccount(Page office, String username, String name, String role, String unitId) {
        office.navigate("http://localhost:" + port + "/admin/accounts");
        office.click("#new-account");
        office.fill("[name=username]", username);
        office.fill("[name=displayName]", name);
        office.selectOption("[name=role]", role);
        if (unitId != null) {
            office.selectOption("[name=unitId]", unitId);
        }
        office.fill("[name=password]", "Chushi#2026");
        office.click("#account-form button[type=submit]");
        office.waitForURL(Pattern.compile(".*/admin/accounts/\\d+\\?created"));
        assertThat(office.locator(".alert.ok")).containsText("账号已创建");
    }
}
