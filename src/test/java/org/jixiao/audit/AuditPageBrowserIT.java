package org.jixiao.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Role;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An auditor in a real browser: signs in, opens 审计日志 from the menu, finds their own sign-in and
 * a change filtered by kind with its before → after.
 */
@IntegrationTest
class AuditPageBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorlds worlds;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail trail;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void auditorFindsTheirSignInAndAChangeWithBeforeAndAfter() {
        TestWorlds.World world = worlds.create();
        String suffix = world.admin().username().substring("admin-".length());
        Account auditor = accounts.create("auditor-" + suffix, TestWorlds.PASSWORD, "审计员", Role.AUDIT_ADMIN, null);
        trail.record(AuditEvent.change(AuditKind.SELF_EVALUATION, world.clerkA().username(), "UNIT_CLERK",
                world.cycle().id(), world.unitA().id(), "自评 行 1-1-1",
                Map.of("完成情况", "进行中"), Map.of("完成情况", "已完成全年目标")));

        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Chromium.signIn(page, base, auditor.username(), TestWorlds.PASSWORD);
        page.locator("nav a[href='/audit']").click();
        page.waitForURL(base + "/audit");
        assertThat(page.locator("tr[data-kind='LOGIN']").first()).containsText(auditor.username());
        assertThat(page.locator("tr[data-kind='LOGIN']").first()).containsText("审计管理员");
        Chromium.screenshotView(page, "audit-01-trail");

        page.selectOption("select[name=kind]", "SELF_EVALUATION");
        page.fill("input[name=unitId]", String.valueOf(world.unitA().id()));
        page.locator("form.audit-filter button[type=submit]").click();
        Locator change = page.locator("tr[data-kind='SELF_EVALUATION']");
        assertThat(change).hasCount(1);
        assertThat(change.locator(".before")).hasText("进行中");
        assertThat(change.locator(".after")).hasText("已完成全年目标");
        Chromium.screenshotView(page, "audit-02-filtered");
    }
}
