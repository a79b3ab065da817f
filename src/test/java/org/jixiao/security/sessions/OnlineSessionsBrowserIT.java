package org.jixiao.security.sessions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * A 安全管理员 in a real browser: opens 在线会话 from the menu, sees a clerk's session with its role and
 * address, forces it out; the clerk's next click lands on the sign-in page, which says why.
 */
@IntegrationTest
class OnlineSessionsBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorlds worlds;

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

    @Test
    void securityAdministratorForcesAClerkOut() {
        TestWorlds.World world = worlds.create();
        Account security = accounts.create("secadmin-" + UUID.randomUUID().toString().substring(0, 8),
                TestWorlds.PASSWORD, "安全管理员", Role.SECURITY_ADMIN, null);
        String base = "http://localhost:" + port;
        Page clerk = browser.newPage();
        Chromium.signIn(clerk, base, world.clerkA().username(), TestWorlds.PASSWORD);
        Page admin = browser.newPage();
        Chromium.signIn(admin, base, security.username(), TestWorlds.PASSWORD);

        admin.locator("nav a", new Page.LocatorOptions().setHasText("在线会话")).click();
        var row = admin.locator("#sessions tr[data-username='" + world.clerkA().username() + "']");
        assertThat(row).containsText("单位经办人");
        assertThat(row).containsText(Pattern.compile("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"));
        assertThat(admin.locator("#session-policy")).containsText("同一账号最多同时 1 处登录");
        Chromium.screenshot(admin, "sessions-01-online");

        row.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("强制下线")).click();
        assertThat(admin.locator(".alert.ok")).hasText("已强制下线");
        assertThat(row).hasCount(0);

        clerk.navigate(base + "/account");
        clerk.waitForURL(base + "/login?forced");
        assertThat(clerk.locator(".alert.error")).containsText("您已被安全管理员强制下线");
        Chromium.screenshot(clerk, "sessions-02-forced-out");
    }
}
