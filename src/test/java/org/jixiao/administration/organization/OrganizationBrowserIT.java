package org.jixiao.administration.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the office opens a cycle's organization from the home page, adds a group and
 * a unit, records a unit's department with its head and a supervising leader; the unit's clerk then
 * edits a row of the table, picks the department and finds its head filled in.
 * Screenshots: target/screenshots/organization-*.png.
 */
@IntegrationTest
class OrganizationBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorlds worlds;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void officeRecordsADepartmentAndTheClerkPicksItInTheTableEditor() {
        TestWorlds.World world = worlds.create();
        String base = "http://localhost:" + port;
        String newUnit = "泉州市商务局-" + UUID.randomUUID().toString().substring(0, 8);

        Page office = browser.newPage();
        Chromium.signIn(office, base, world.admin().username(), TestWorlds.PASSWORD);
        office.locator("a[href='/admin/cycles/" + world.cycle().id() + "/organization']").click();
        assertThat(office.locator("h1")).containsText("单位与考评组");

        office.locator("#new-group [name=name]").fill("第二组");
        office.locator("#new-group button[type=submit]").click();
        assertThat(office.locator("section[data-group='第二组']")).hasCount(1);

        Locator unitForm = office.locator("#new-unit");
        unitForm.locator("[name=name]").fill(newUnit);
        unitForm.locator("[name=shortName]").fill("商务局");
        unitForm.locator("[name=groupId]").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("第二组"));
        unitForm.locator("button[type=submit]").click();
        assertThat(office.locator("section[data-group='第二组'] tr[data-unit='" + newUnit + "']")).hasCount(1);

        office.locator("#new-group [name=name]").fill("第二组");
        office.locator("#new-group button[type=submit]").click();
        assertThat(office.locator("#new-group .field-error")).hasText("本考评年度已有名为“第二组”的考评组");
        Chromium.screenshot(office, "organization-01-groups-and-units");

        office.locator("tr[data-unit='" + world.unitA().name() + "'] a").first().click();
        office.locator("#new-department [name=name]").fill("经济发展科");
        office.locator("#new-department [name=head]").fill("林晓");
        office.locator("#new-department button[type=submit]").click();
        office.locator("tr[data-department='经济发展科'] a", new Page.LocatorOptions().setHasText("编辑")).click();
        Locator departmentEdit = office.locator("#departments tr.editing form");
        departmentEdit.locator("[name=head]").fill("林晓东");
        departmentEdit.locator("button[type=submit]").click();
        assertThat(office.locator("tr[data-department='经济发展科']")).containsText("林晓东");
        office.locator("#new-person [name=name]").fill("黄建明");
        office.locator("#new-person [name=title]").fill("管委会副主任");
        office.locator("#new-person [name=duty]").selectOption("SUPERVISING_LEADER");
        office.locator("#new-person button[type=submit]").click();
        assertThat(office.locator("tr[data-person='黄建明']")).containsText("分管领导");
        Chromium.screenshot(office, "organization-02-unit-departments-and-people");

        Page clerk = browser.newPage();
        Chromium.signIn(clerk, base, world.clerkA().username(), TestWorlds.PASSWORD);
        clerk.navigate(base + "/tables/" + world.tableA());
        clerk.locator("td.actions button", new Page.LocatorOptions().setHasText("编辑")).first().click();
        Locator editor = clerk.locator("form.row-editor");
        assertThat(editor.locator("#choices-departments option[value='经济发展科']")).hasAttribute("data-head", "林晓东");
        assertThat(editor.locator("#choices-leaders option[value='黄建明']")).hasCount(1);
        editor.locator("[name=heads]").fill("");
        editor.locator("[name=departments]").fill("经济发展科");
        assertThat(editor.locator("[name=heads]")).hasValue("林晓东");
        editor.locator("[name=leaders]").fill("黄建明");
        editor.locator("button[type=submit]").click();
        assertThat(clerk.locator("table.target-table")).containsText("林晓东");
        assertThat(clerk.locator("form.row-editor")).hasCount(0);
        Chromium.screenshot(clerk, "organization-03-table-row-from-choices");
        assertThat(clerk.locator("h1")).hasText(Pattern.compile(".+绩效目标考评表"));
    }
}
