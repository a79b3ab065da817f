package org.jixiao.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.jixiao.organization.Account;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.SecondLevelIndicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The plan phase in real browsers, one per person: the clerk submits, the office returns the table
 * with a reason on one row, the clerk sees the reason and the marked row, fixes the row and submits
 * again, the office reviews, the unit's leader confirms, the office approves and publishes.
 */
@IntegrationTest
class PlanLifecycleBrowserIT {

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
    void aTableIsSubmittedReturnedFixedApprovedAndPublished() {
        TestWorlds.World world = worlds.create();
        SecondLevelIndicator row = tables.find(world.tableA()).orElseThrow().table().allFirstLevel().stream()
                .filter(l1 -> !l1.isItem() && !l1.secondLevel().isEmpty()).findFirst().orElseThrow()
                .secondLevel().get(0);
        String code = row.code().value();

        Page clerk = openTable(world, world.clerkA());
        assertThat(clerk.locator("#plan-status")).hasText("草稿");
        act(clerk, "SUBMIT");
        assertThat(clerk.locator("#plan-status")).hasText("已提交");
        assertThat(clerk.locator("#plan-done")).containsText("操作成功：提交审核");
        assertThat(clerk.locator("tr[data-code='" + code + "'] button")).hasCount(0);
        Chromium.screenshotView(clerk, "plan-01-submitted");

        Page office = openTable(world, world.admin());
        act(office, "START_PEER_REVIEW");
        assertThat(office.locator("#plan-status")).hasText("同组互审");
        act(office, "FINISH_PEER_REVIEW");
        assertThat(office.locator("#plan-status")).hasText("集中审核");
        office.locator("details.plan-return-form summary").click();
        Locator returnForm = office.locator("form[data-action='RETURN']");
        returnForm.locator("textarea[name=text]").fill(code + " 完成时限应写明月份");
        returnForm.locator("select[name=rows]").selectOption(row.id().toString());
        Chromium.screenshotView(office, "plan-02-office-returns");
        returnForm.locator("button[type=submit]").click();
        assertThat(office.locator("#plan-status")).hasText("草稿");

        clerk.reload();
        assertThat(clerk.locator("#plan-return")).containsText(code + " 完成时限应写明月份");
        assertThat(clerk.locator("#plan-return a")).containsText(code);
        Locator marked = clerk.locator("#row-" + row.id());
        assertThat(marked).hasClass(Pattern.compile(".*\\breturned\\b.*"));
        marked.scrollIntoViewIfNeeded();
        Chromium.screenshotView(clerk, "plan-03-clerk-sees-return");

        marked.locator("td.actions button", new Locator.LocatorOptions().setHasText("编辑")).click();
        clerk.locator("form.row-editor [name=deadline]").fill("9月底前");
        clerk.locator("form.row-editor button[type=submit]").click();
        assertThat(clerk.locator("#row-" + row.id())).containsText("9月底前");
        act(clerk, "SUBMIT");
        assertThat(clerk.locator("#plan-status")).hasText("已提交");
        assertThat(clerk.locator("#plan-return")).hasCount(0);

        office.reload();
        act(office, "START_PEER_REVIEW");
        act(office, "FINISH_PEER_REVIEW");
        act(office, "PASS_OFFICE_REVIEW");
        assertThat(office.locator("#plan-status")).hasText("审定");
        assertThat(office.locator("form[data-action='APPROVE']")).hasCount(0);

        Page leader = openTable(world, world.leaderA());
        act(leader, "LEADER_APPROVE");
        assertThat(leader.locator("#plan-bar")).containsText("单位领导已审定，待考评办批复");
        Chromium.screenshotView(leader, "plan-04-leader-confirmed");

        office.reload();
        Locator approve = office.locator("form[data-action='APPROVE']");
        approve.locator("textarea[name=text]").fill("同意该单位2025年度绩效目标，请抓好落实。");
        approve.locator("button[type=submit]").click();
        assertThat(office.locator("#plan-status")).hasText("已批复");
        assertThat(office.locator("#plan-approval-text")).hasText("同意该单位2025年度绩效目标，请抓好落实。");
        act(office, "PUBLISH");
        assertThat(office.locator("#plan-status")).hasText("已公示");
        Chromium.screenshotView(office, "plan-05-published");

        clerk.navigate("http://localhost:" + port + "/");
        assertThat(clerk.locator("tr[data-unit='" + world.unitA().name() + "'] td.plan-status")).hasText("已公示");
        Chromium.screenshot(clerk, "plan-06-home-status");
    }

    private Page openTable(TestWorlds.World world, Account account) {
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Chromium.signIn(page, base, account.username(), TestWorlds.PASSWORD);
        page.locator("tr[data-unit='" + world.unitA().name() + "'] a").first().click();
        page.waitForURL(Pattern.compile(".*/tables/" + world.tableA()));
        return page;
    }

    private static void act(Page page, String action) {
        page.locator("form[data-action='" + action + "'] button[type=submit]").click();
        page.waitForLoadState();
    }
}
