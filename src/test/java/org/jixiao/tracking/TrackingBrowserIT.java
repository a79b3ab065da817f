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

    private Page signIn(Account account) {
        Page page = browser.newPage();
        Chromium.signIn(page, base(), account.username(), TestWorlds.PASSWORD);
        return page;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
