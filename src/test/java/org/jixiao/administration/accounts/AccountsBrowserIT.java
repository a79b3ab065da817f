package org.jixiao.administration.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
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
 * In a real browser: the office creates a clerk with an initial password; the clerk signs in, is
 * sent to the change page, is told what a weak password lacks, sets their own and reaches the home page.
 */
@IntegrationTest
class AccountsBrowserIT {

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
    void aNewClerkMustChooseTheirOwnPasswordAtFirstSignIn() {
        TestWorlds.World world = worlds.create();
        String base = "http://localhost:" + port;
        String username = "sw-" + world.admin().username().substring("admin-".length());

        Page office = browser.newPage();
        Chromium.signIn(office, base, world.admin().username(), TestWorlds.PASSWORD);
        office.navigate(base + "/admin/accounts");
        Chromium.screenshot(office, "accounts-01-list");
        office.click("#new-account");
        office.fill("[name=username]", username);
        office.fill("[name=displayName]", "商务局 经办人");
        office.selectOption("[name=role]", "UNIT_CLERK");
        office.selectOption("[name=unitId]", world.unitA().id().toString());
        office.fill("[name=password]", "short");
        office.click("#account-form button[type=submit]");
        assertThat(office.locator("#account-form .alert.error")).containsText("长度至少 10 个字符");
        Chromium.screenshot(office, "accounts-02-refused");
        office.fill("[name=password]", "Chushi#2025");
        office.click("#account-form button[type=submit]");
        office.waitForURL(Pattern.compile(".*/admin/accounts/\\d+\\?created"));
        assertThat(office.locator(".alert.ok")).containsText("账号已创建");
        Chromium.screenshot(office, "accounts-03-created");

        Page clerk = browser.newPage();
        clerk.navigate(base + "/login");
        clerk.fill("#username", username);
        clerk.fill("#password", "Chushi#2025");
        clerk.click("button[type=submit]");
        clerk.waitForURL(base + "/account/password");
        assertThat(clerk.locator("#forced-change")).isVisible();
        clerk.navigate(base + "/");
        clerk.waitForURL(base + "/account/password");
        clerk.fill("[name=currentPassword]", "Chushi#2025");
        clerk.fill("[name=newPassword]", "quanzhou2025");
        clerk.fill("[name=confirmPassword]", "quanzhou2025");
        clerk.click("#password-form button[type=submit]");
        assertThat(clerk.locator("#password-form .alert.error")).containsText("可加入大写字母或符号");
        Chromium.screenshot(clerk, "accounts-04-weak-password");
        clerk.fill("[name=currentPassword]", "Chushi#2025");
        clerk.fill("[name=newPassword]", "Quanzhou#2025");
        clerk.fill("[name=confirmPassword]", "Quanzhou#2025");
        clerk.click("#password-form button[type=submit]");
        clerk.waitForURL(base + "/account?changed");
        Chromium.screenshot(clerk, "accounts-05-changed");
        clerk.navigate(base + "/");
        assertThat(clerk).hasURL(base + "/");
    }
}
