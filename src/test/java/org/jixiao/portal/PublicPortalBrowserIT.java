package org.jixiao.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * 公示 in a real browser: an anonymous visitor finds the published plan on /public, prints it, sends
 * an objection (a wrong captcha first, then the right one), the office answers it on its page, and
 * the visitor sees the answer. The captcha's answer comes from the server's token, not from the image.
 */
@IntegrationTest
class PublicPortalBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    PublishedWorlds worlds;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void aVisitorReadsPrintsAndObjectsAndSeesTheOfficesAnswer() throws Exception {
        TestWorlds.World world = worlds.create();
        String base = "http://localhost:" + port;

        Page visitor = browser.newPage();
        visitor.navigate(base + "/public");
        Locator cycle = visitor.locator("section[data-cycle='" + world.cycle().id() + "']");
        assertThat(cycle.locator("tr[data-unit]")).hasCount(1);
        Chromium.screenshot(visitor, "portal-01-list");
        cycle.locator("tr[data-unit='" + world.unitA().id() + "'] a").click();
        assertThat(visitor.locator("table.target-table")).isVisible();
        assertThat(visitor.locator("#window")).containsText("公示中，受理意见至");
        Chromium.screenshotView(visitor, "portal-02-plan");

        visitor.locator("#print-view").click();
        visitor.waitForURL(Pattern.compile(".*/print"));
        visitor.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(visitor.locator(".portal-print-bar")).isHidden();
        Path pdf = Chromium.SCREENSHOTS.resolve("portal-03-print.pdf");
        visitor.pdf(new Page.PdfOptions().setPath(pdf).setFormat("A4").setLandscape(true).setPrintBackground(true));
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        Chromium.screenshot(visitor, "portal-03-print");
        visitor.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        visitor.goBack();

        Locator form = visitor.locator("form.objection-form");
        form.locator("#text").fill("第 1-1-1 行“对接洽谈项目10个以上”目标偏低，建议提高。");
        form.locator("#name").fill("李四");
        form.locator("#phone").fill("13812345678");
        String token = form.locator("input[name=captchaToken]").inputValue();
        form.locator("#captchaAnswer").fill(String.valueOf(Integer.parseInt(worlds.answer(token)) + 1));
        form.locator("button[type=submit]").click();
        assertThat(visitor.locator("em[data-for=captchaAnswer]")).hasText("验证码计算结果不正确，请按新的图片重新计算");
        assertThat(visitor.locator("#text")).hasValue("第 1-1-1 行“对接洽谈项目10个以上”目标偏低，建议提高。");
        visitor.locator("#objection").scrollIntoViewIfNeeded();
        Chromium.screenshotView(visitor, "portal-04-wrong-captcha");

        String fresh = visitor.locator("input[name=captchaToken]").inputValue();
        visitor.locator("#captchaAnswer").fill(worlds.answer(fresh));
        visitor.locator("form.objection-form button[type=submit]").click();
        assertThat(visitor.locator("#sent")).hasText("您的意见已收到，谢谢。考评办答复后将在本页公开答复内容。");
        Chromium.screenshotView(visitor, "portal-05-sent");

        Page office = browser.newPage();
        Chromium.signIn(office, base, world.admin().username(), TestWorlds.PASSWORD);
        office.locator("header nav a", new Page.LocatorOptions().setHasText("公示意见")).click();
        office.locator("select[name=cycle]").selectOption(String.valueOf(world.cycle().id()));
        office.locator("form.objection-filter button[type=submit]").click();
        Locator row = office.locator("table.objection-table tbody tr");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("李四");
        row.locator("textarea[name=answer]").fill("经核实，该目标已按全市年度计划确定，暂不调整。");
        Chromium.screenshotView(office, "portal-06-office-answers");
        row.locator("form.answer-form button[type=submit]").click();
        assertThat(office.locator("#done")).containsText("已保存答复");
        assertThat(row.locator("td.status")).hasText("已答复");

        visitor.reload();
        Locator answers = visitor.locator("#answers");
        assertThat(answers).containsText("经核实，该目标已按全市年度计划确定，暂不调整。");
        assertThat(answers).not().containsText("李四");
        answers.scrollIntoViewIfNeeded();
        Chromium.screenshotView(visitor, "portal-07-answer-public");
        assertThat(visitor.context().cookies()).isEmpty();
    }
}
