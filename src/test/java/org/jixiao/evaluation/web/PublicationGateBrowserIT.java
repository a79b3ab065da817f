package org.jixiao.evaluation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jixiao.evaluation.assessment.AdjustmentService;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office publishes in a real browser: the results page shows each unit's state, "发布结果…" opens a
 * preview naming the complete and pending units, publishing without ticking the confirmation is
 * refused beside the form, and the confirmed version shows its SHA-256.
 */
@IntegrationTest
class PublicationGateBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    Participants participants;

    @Autowired
    AssessmentService assessment;

    @Autowired
    AdjustmentService adjustments;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theOfficeSeesWhatIsIncompleteBeforeItPublishes() {
        EvaluationWorlds.World world = worlds.create();
        long cycle = world.cycleId();
        long unitA = world.base().unitA().id();
        // unit A complete: every item graded, appraisal entered; unit B has nothing
        for (ScoredRow row : participants.one(cycle, unitA).rows().rows()) {
            assessment.gradeWithoutReadCheck(cycle, unitA, row.rowId(), 1, world.admin());
        }
        adjustments.setAppraisal(cycle, unitA, new BigDecimal("85"), world.admin());
        String nameA = world.base().unitA().name();
        String nameB = world.base().unitB().name();

        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Chromium.signIn(page, base, world.base().admin().username(), TestWorlds.PASSWORD);
        page.navigate(base + "/evaluation/cycles/" + cycle + "/results");
        assertThat(page.locator("tr[data-unit='" + nameA + "'] td.state")).containsText("完成");
        assertThat(page.locator("tr[data-unit='" + nameA + "'] td.rank")).hasText("1");
        assertThat(page.locator("tr[data-unit='" + nameB + "'] td.state")).containsText("待完成");
        assertThat(page.locator("tr[data-unit='" + nameB + "'] td.state")).containsText("公众评议得分");
        assertThat(page.locator("tr[data-unit='" + nameB + "'] td.rank")).hasText("—");
        assertThat(page.locator("tr[data-unit='" + nameB + "'] td.band")).hasText("—");
        Chromium.screenshot(page, "results-01-states");

        page.locator("#publish-preview").click();
        page.waitForURL(Pattern.compile(".*/results/publish"));
        assertThat(page.locator("#publish-counts")).containsText("完成 1 个单位，待完成 1 个，无法计分 0 个");
        assertThat(page.locator("#pending-units tr[data-unit='" + nameB + "']")).containsText("公众评议得分");
        assertThat(page.locator("#changes")).containsText("第一次发布");
        Chromium.screenshot(page, "results-02-publish-preview");

        page.locator("#publish-confirm").click();
        assertThat(page.locator("#publish-error")).containsText("请先勾选确认");
        page.locator("#publish-form input[name=confirmed]").check();
        page.locator("#publish-confirm").click();
        page.waitForURL(Pattern.compile(".*/results"));
        assertThat(page.locator("p.alert.ok")).containsText("已发布第 1 版");
        assertThat(page.locator(".version-hash code")).hasText(Pattern.compile("[0-9a-f]{64}"));
        Chromium.screenshot(page, "results-03-published");

        // a second preview compares with version 1: nothing changed
        page.locator("#publish-preview").click();
        assertThat(page.locator("#changes")).containsText("没有变化");
    }
}
