package org.jixiao.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.List;
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
 * A unit clerk in a real browser: adds a first-level indicator with two second-level rows whose
 * weights do not match its points, sees the finding on that row, fixes a weight, sees the
 * finding go, and opens the print view.
 */
@IntegrationTest
class TableEditingBrowserIT {

    private static final String MISMATCH = "L2_WEIGHTS_DIFFER_FROM_L1_POINTS";

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
    void clerkSeesAWeightMismatchOnItsRowAndFixesIt() throws Exception {
        TestWorlds.World world = worlds.create();
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Chromium.signIn(page, base, world.clerkA().username(), TestWorlds.PASSWORD);
        Chromium.screenshot(page, "01-home");

        page.locator("tr[data-unit='" + world.unitA().name() + "'] a").click();
        page.waitForURL(Pattern.compile(".*/tables/" + world.tableA()));
        assertThat(page.locator("h1")).hasText(Pattern.compile("2025年度.+绩效目标考评表"));
        assertThat(page.locator("#findings .finding[data-code='" + MISMATCH + "']")).hasCount(0);

        page.locator("tr.subtotal[data-category='常规工作目标'] button").click();
        Locator editor = page.locator("form.row-editor");
        editor.locator("[name=code]").fill("2-20");
        editor.locator("[name=points]").fill("4");
        editor.locator("[name=text]").fill("推进园区企业服务数字化，提升服务效率。");
        editor.locator("[name=basis]").fill("泉委办〔2025〕10号 | 第3项，第2页");
        editor.locator("button[type=submit]").click();
        Locator firstLevel = page.locator("td.first-level", new Page.LocatorOptions().setHasText("推进园区企业服务数字化"));
        assertThat(firstLevel).hasCount(1);

        addSecondLevel(page, firstLevel, "2-20-1", "建成企业服务线上平台。", "2");
        addSecondLevel(page, page.locator("td.first-level", new Page.LocatorOptions().setHasText("推进园区企业服务数字化")),
                "2-20-2", "线上办理事项不少于30项。", "3");

        Locator finding = page.locator("#findings .finding[data-code='" + MISMATCH + "']");
        assertThat(finding).hasCount(1);
        assertThat(finding).containsText("2-20");
        assertThat(finding).containsText("5");
        String rowId = finding.getAttribute("data-row");
        Locator row = page.locator("#row-" + rowId);
        assertThat(row).containsText("推进园区企业服务数字化");
        assertThat(row).hasAttribute("data-findings", Pattern.compile(".*" + MISMATCH + ".*"));
        assertThat(row).hasClass(Pattern.compile(".*has-error.*"));
        finding.locator("a").click();
        assertThat(row).hasClass(Pattern.compile(".*highlight.*"));
        row.scrollIntoViewIfNeeded();
        Chromium.screenshotView(page, "02-finding-on-row");

        page.locator("tr[data-code='2-20-2'] button", new Page.LocatorOptions().setHasText("编辑")).click();
        page.locator("form.row-editor [name=points]").fill("2");
        page.locator("form.row-editor button[type=submit]").click();
        assertThat(page.locator("tr[data-code='2-20-2'] td.num")).hasText("2");
        assertThat(page.locator("#findings .finding[data-code='" + MISMATCH + "']")).hasCount(0);
        page.locator("tr[data-code='2-20-2']").scrollIntoViewIfNeeded();
        Chromium.screenshotView(page, "03-finding-gone");

        // The row buttons' links: move a second-level row up, then down again, and delete one.
        String earlier = "建成企业服务线上平台。";
        String later = "线上办理事项不少于30项。";
        page.locator("tr:has(td.second-level:text-is('" + later + "')) td.actions button", new Page.LocatorOptions().setHasText("上移")).click();
        page.waitForCondition(() -> secondLevelTexts(page).indexOf(later) < secondLevelTexts(page).indexOf(earlier));
        page.locator("tr:has(td.second-level:text-is('" + later + "')) td.actions button", new Page.LocatorOptions().setHasText("下移")).click();
        page.waitForCondition(() -> secondLevelTexts(page).indexOf(earlier) < secondLevelTexts(page).indexOf(later));
        page.onceDialog(dialog -> dialog.accept());
        page.locator("tr:has(td.second-level:text-is('" + earlier + "')) td.actions button", new Page.LocatorOptions().setHasText("删除")).click();
        assertThat(page.locator("td.second-level:text-is('" + earlier + "')")).hasCount(0);
        assertThat(page.locator("td.second-level:text-is('" + later + "')")).hasCount(1);
        // …and a first-level row's: up one place, then deleted with its second-level rows.
        Locator group = page.locator("td.first-level", new Page.LocatorOptions().setHasText("推进园区企业服务数字化"));
        int before = firstLevelIndex(page, "推进园区企业服务数字化");
        group.locator(".row-actions button", new Locator.LocatorOptions().setHasText("上移")).click();
        page.waitForCondition(() -> firstLevelIndex(page, "推进园区企业服务数字化") == before - 1);
        page.onceDialog(dialog -> dialog.accept());
        group.locator(".row-actions button", new Locator.LocatorOptions().setHasText("删除")).click();
        assertThat(group).hasCount(0);
        assertThat(page.locator("td.second-level:text-is('" + later + "')")).hasCount(0);

        page.navigate(base + "/tables/" + world.tableA() + "/print");
        assertThat(page.locator("h1.print-title")).hasText(Pattern.compile("2025年度.+绩效目标考评表"));
        assertThat(page.locator(".seal")).containsText("参评单位（盖章）：");
        assertThat(page.locator("tr[data-code]")).hasCount(0);
        Chromium.screenshot(page, "04-print-view");
        page.pdf(new Page.PdfOptions().setPath(Chromium.SCREENSHOTS.resolve("04-print-view.pdf"))
                .setPreferCSSPageSize(true).setPrintBackground(true));
        assertThat(Files.size(Chromium.SCREENSHOTS.resolve("04-print-view.pdf"))).isGreaterThan(10_000);
    }

    private static int firstLevelIndex(Page page, String text) {
        List<String> texts = page.locator("td.first-level").allTextContents();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> secondLevelTexts(Page page) {
        return page.locator("td.second-level").allTextContents();
    }

    private static void addSecondLevel(Page page, Locator firstLevel, String code, String text, String weight) {
        firstLevel.locator("button", new Locator.LocatorOptions().setHasText("添加二级指标")).click();
        Locator editor = page.locator("form.row-editor");
        editor.locator("[name=code]").fill(code);
        editor.locator("[name=points]").fill(weight);
        editor.locator("[name=text]").fill(text);
        editor.locator("[name=deadline]").fill("12月底前");
        editor.locator("[name=departments]").fill("经济发展科");
        editor.locator("[name=heads]").fill("褚达志");
        editor.locator("[name=leaders]").fill("邱常冲");
        editor.locator("button[type=submit]").click();
        assertThat(page.locator("tr[data-code='" + code + "']")).hasCount(1);
    }
}
