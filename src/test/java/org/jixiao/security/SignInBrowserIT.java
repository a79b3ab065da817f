package org.jixiao.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import org.jixiao.support.Chromium;
import org.jixiao.support.MovableClock;
import org.jixiao.support.StrictSignInTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In the browser, with the production sign-in rules: the captcha after three failures, an
 * administrator's TOTP enrolment from the QR page's secret and the code page at the next sign-in,
 * and a personal API token shown once on the account page.
 */
@StrictSignInTest
class SignInBrowserIT {

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
    void putTheClockBack() {
        clock.reset();
    }

    private void typePassword(Page page, String base, String username, String password) {
        page.navigate(base + "/login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
    }

    @Test
    void afterThreeFailuresTheFormShowsACaptcha() {
        TestWorlds.World world = worlds.create();
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        for (int i = 0; i < 3; i++) {
            assertThat(page.locator("#captcha-image")).hasCount(0);
            typePassword(page, base, world.clerkA().username(), "Falsch#2025");
            page.waitForURL(base + "/login?error");
        }
        assertThat(page.locator("#captcha-image")).isVisible();
        assertThat(page.locator("#username")).hasValue(world.clerkA().username());
        assertThat(page.locator(".alert.error")).containsText("用户名或密码不正确");
        Chromium.screenshot(page, "signin-01-captcha");
    }

    @Test
    void anAdministratorEnrolsWithTheQrCodeAndThenGivesTheCode() {
        TestWorlds.World world = worlds.create();
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        typePassword(page, base, world.admin().username(), TestWorlds.PASSWORD);
        page.waitForURL(base + "/account/totp");
        assertThat(page.locator("#totp-required")).isVisible();
        assertThat(page.locator("#totp-qr")).isVisible();
        Chromium.screenshot(page, "signin-02-enrol");
        String secret = page.locator("#totp-secret").textContent().replace(" ", "");
        page.fill("#code", Totp.code(secret, Totp.step(clock.instant())));
        page.click("#totp-form button[type=submit]");
        page.waitForURL(base + "/account/totp?done");
        assertThat(page.locator("#totp-done")).isVisible();

        page.click("header button:has-text('退出登录')");
        page.waitForURL("**/login?logout");
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        typePassword(page, base, world.admin().username(), TestWorlds.PASSWORD);
        page.waitForURL(base + "/login/code");
        Chromium.screenshot(page, "signin-03-code");
        page.fill("#code", Totp.code(secret, Totp.step(clock.instant())));
        page.click("#code-form button[type=submit]");
        page.waitForURL(base + "/");

        page.navigate(base + "/account");
        page.fill("#token-form input[name=name]", "省级平台同步");
        page.selectOption("#token-form select[name=scope]", "WRITE");
        page.click("#token-form button[type=submit]");
        assertThat(page.locator("#new-token")).containsText("jxt_");
        assertThat(page.locator("#token-list")).containsText("省级平台同步");
        Chromium.screenshot(page, "signin-04-token");
    }
}
