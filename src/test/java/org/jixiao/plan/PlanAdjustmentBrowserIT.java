package org.jixiao.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.regex.Pattern;
import org.jixiao.organization.Account;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TargetTable;
import org.jixiao.table.TargetTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 年中调整 in real browsers: the clerk asks to adjust two rows of the approved table, edits only
 * those, the office looks at the changes and approves them as version 2; the comparison and the
 * unit's history are printable pages. Screenshots under target/screenshots/adjust-*.
 */
@IntegrationTest
class PlanAdjustmentBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorlds worlds;

    @Autowired
    TargetTableRepository tables;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theClerkAdjustsTwoRowsAndTheOfficeApprovesVersionTwo() {
        TestWorlds.World world = worlds.approve(worlds.create());
        TargetTable table = tables.find(world.tableA()).orElseThrow().table();
        SecondLevelIndicator first = TargetTables.secondLevel(table, "1-1-1");
        SecondLevelIndicator second = TargetTables.secondLevel(table, "1-1-2");

        Page clerk = openTable(world, world.clerkA());
        assertThat(clerk.locator("#plan-status")).hasText("已批复");
        assertThat(clerk.locator("td.actions button")).hasCount(0);
        clerk.locator("details.plan-adjust-form summary").click();
        Locator request = clerk.locator("form[data-action='REQUEST_ADJUSTMENT']");
        request.locator("textarea[name=text]").fill("上级下达新任务，1-1-1 与 1-1-2 权重调整");
        request.locator("select[name=rows]").selectOption(new String[] {first.id().toString(), second.id().toString()});
        Chromium.screenshotView(clerk, "adjust-01-request");
        request.locator("button[type=submit]").click();
        assertThat(clerk.locator("#plan-status")).hasText("年中调整中");
        assertThat(clerk.locator("#plan-adjustment")).containsText("上级下达新任务");
        assertThat(clerk.locator("#row-" + first.id())).hasClass(Pattern.compile(".*\\badjusting\\b.*"));
        assertThat(clerk.locator("#row-" + TargetTables.secondLevel(table, "1-2-1").id() + " td.actions button"))
                .hasCount(0);

        setWeight(clerk, first, "3");
        setWeight(clerk, second, "1");
        clerk.locator("#row-" + first.id()).scrollIntoViewIfNeeded();
        Chromium.screenshotView(clerk, "adjust-02-clerk-edits-named-rows");

        Page office = openTable(world, world.admin());
        office.locator("form[data-action='APPROVE_ADJUSTMENT'] a").click();
        office.waitForURL(Pattern.compile(".*/versions/diff.*"));
        assertThat(office.locator("#diff-caption")).hasText("版本比较：第 1 版 → 当前考评表");
        assertThat(office.locator("#diff-changed tr[data-field='POINTS']")).hasCount(2);
        Chromium.screenshot(office, "adjust-03-office-compares");
        office.goBack();
        Locator approve = office.locator("form[data-action='APPROVE_ADJUSTMENT']");
        approve.locator("textarea[name=text]").fill("同意调整。");
        approve.locator("button[type=submit]").click();
        assertThat(office.locator("#plan-status")).hasText("已批复");
        assertThat(office.locator("#plan-versions-link")).hasText("版本记录（当前第 2 版）");

        clerk.navigate(base() + "/tables/" + world.tableA() + "/history");
        assertThat(clerk.locator("#history-transitions tr[data-action='APPROVE_ADJUSTMENT']")).hasCount(1);
        assertThat(clerk.locator("#history-audit tr[data-kind='TABLE_CHANGED']")).hasCount(2);
        Chromium.screenshot(clerk, "adjust-04-history");
        clerk.navigate(base() + "/tables/" + world.tableA() + "/versions");
        assertThat(clerk.locator("#version-list tr[data-version]")).hasCount(2);
        Chromium.screenshotView(clerk, "adjust-05-versions");
    }

    private void setWeight(Page page, SecondLevelIndicator row, String weight) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#row-" + row.id() + " td.actions button", new Page.LocatorOptions().setHasText("编辑")).click();
        page.locator("form.row-editor [name=points]").fill(weight);
        page.locator("form.row-editor button[type=submit]").click();
        assertThat(page.locator("#row-" + row.id() + " td.num")).hasText(weight);
    }

    private Page openTable(TestWorlds.World world, Account account) {
        Page page = browser.newPage();
        Chromium.signIn(page, base(), account.username(), TestWorlds.PASSWORD);
        page.locator("tr[data-unit='" + world.unitA().name() + "'] a").first().click();
        page.waitForURL(Pattern.compile(".*/tables/" + world.tableA()));
        return page;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
