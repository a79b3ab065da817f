package org.jixiao.administration.cycles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office in a real browser: copies last year's cycle with its tables into a new year, then
 * changes a fixed item's weight in the new year's template, sees which units' tables that affects,
 * and confirms.
 */
@IntegrationTest
class CycleAdministrationBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorlds worlds;

    @Autowired
    AssessmentCycles cycles;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void officeCopiesLastYearAndChangesTheTemplateAfterSeeingTheImpact() {
        TestWorlds.World world = worlds.create();
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Chromium.signIn(page, base, world.admin().username(), TestWorlds.PASSWORD);

        page.navigate(base + "/admin/cycles");
        page.locator("#new-cycle").click();
        page.fill("[name=year]", "2026");
        page.fill("[name=series]", world.cycle().series());
        page.fill("[name=totalPoints]", "");
        page.selectOption("[name=copyFrom]", Long.toString(world.cycle().id()));
        page.check("[name=copyTables]");
        Chromium.screenshot(page, "cycles-01-new");
        page.locator("form.admin-form button[type=submit]").click();

        assertThat(page.locator(".alert.ok").first()).containsText("已新建");
        assertThat(page.locator(".alert.ok").nth(1)).containsText("已复制 2 个单位的考评表");
        AssessmentCycle copy = cycles.find(2026, world.cycle().series()).orElseThrow();
        Chromium.screenshot(page, "cycles-02-list");

        page.locator("tr[data-cycle='" + copy.name() + "'] a", new Page.LocatorOptions().setHasText("考评表模板"))
                .click();
        Locator weight = page.locator("input[value='6-5']").locator("xpath=ancestor::tr").locator("input[name$='.weight']");
        weight.fill("2");
        page.locator("input[value='4-1']").locator("xpath=ancestor::tr").locator("input[name$='.weight']").fill("2");
        page.locator("#save-template").click();

        assertThat(page.locator("section.impact")).containsText("固定指标 6-5 权重 3 → 2 分");
        assertThat(page.locator("table.impact-tables tbody tr")).hasCount(2);
        Chromium.screenshot(page, "cycles-03-impact");
        assertThat(cycles.get(copy.id()).version()).isEqualTo(copy.version());

        page.locator("#confirm-template").click();
        assertThat(page.locator(".alert.ok")).containsText("模板已保存");
        assertThat(cycles.get(copy.id()).version()).isEqualTo(copy.version() + 1);
        Chromium.screenshot(page, "cycles-04-template");
    }
}
