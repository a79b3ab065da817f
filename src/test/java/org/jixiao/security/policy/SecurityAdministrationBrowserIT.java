package org.jixiao.security.policy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.jixiao.organization.Account;
import org.jixiao.organization.Role;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In the browser, the 安全管理员's pages: the 安全策略 form with a value out of bounds (the message
 * beside the field) and then a valid change; the 动态口令 list with a reset and its reason.
 */
@IntegrationTest
class SecurityAdministrationBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorlds worlds;


    @Autowired
    SecurityPolicies policies;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @AfterEach
    void backToTheConfiguredPolicy() {
        jdbc.sql("update security_policy set lockout_max_failures = null, lockout_window_minutes = null,"
                + " captcha_after = null, password_min_length = null, password_classes = null, password_history = null,"
                + " password_max_age_days = null, idle_timeout_minutes = null, absolute_timeout_minutes = null,"
                + " max_sessions_per_account = null, mfa_admin_required = null, version = version + 1 where id = 1").update();
        policies.forget();
    }

    @Test
    void theSecurityAdministratorChangesThePolicyAndResetsALostSecondFactor() {
        TestWorlds.World world = worlds.create();
        Account securityAdmin = worlds.account(Role.SECURITY_ADMIN, "王安全");
        jdbc.sql("insert into totp_secret (account_id, secret, enrolled_at, last_step) values (?, ?, current_timestamp, 0)")
                .params(world.clerkA().id(), "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP").update();
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Chromium.signIn(page, base, securityAdmin.username(), TestWorlds.PASSWORD);

        page.click("header a:has-text('安全策略')");
        page.waitForURL(base + "/admin/security-policy");
        page.fill("#passwordMinLength", "9");
        page.fill("#idleTimeoutMinutes", "121");
        page.click("#policy-form button[type=submit]");
        assertThat(page.locator("#passwordMinLength + .field-error")).hasText("须为 10 到 64 之间的整数");
        assertThat(page.locator("#idleTimeoutMinutes + .field-error")).hasText("须为 5 到 120 之间的整数");
        assertThat(page.locator("#idleTimeoutMinutes")).hasValue("121");
        Chromium.screenshot(page, "secadmin-01-policy-refused");

        page.fill("#passwordMinLength", "12");
        page.fill("#idleTimeoutMinutes", "20");
        page.fill("#captchaAfter", "3");
        page.fill("#lockoutMaxFailures", "4");
        page.click("#policy-form button[type=submit]");
        page.waitForURL(base + "/admin/security-policy");
        assertThat(page.locator(".alert.ok")).hasText("安全策略已保存，立即生效。");
        assertThat(page.locator("#passwordMinLength")).hasValue("12");
        Chromium.screenshot(page, "secadmin-02-policy-saved");

        page.click("header a:has-text('动态口令')");
        page.waitForURL(base + "/admin/second-factors");
        var row = page.locator("#second-factors tr[data-username='" + world.clerkA().username() + "']");
        row.locator("input[name=reason]").fill("手机丢失，已电话核实本人身份");
        Chromium.screenshot(page, "secadmin-03-second-factors");
        row.locator("button[type=submit]").click();
        page.waitForURL(base + "/admin/second-factors");
        assertThat(page.locator(".alert.ok")).containsText("已重置动态口令");
        assertThat(row).containsText("待本人重新绑定");
        Chromium.screenshot(page, "secadmin-04-second-factor-reset");
    }
}
