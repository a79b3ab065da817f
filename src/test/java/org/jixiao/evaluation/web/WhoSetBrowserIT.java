package org.jixiao.evaluation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.organization.CurrentUser;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office in a real browser changes a tier a lead department set: refused beside the tier
 * without a reason, saved with one, and the explanation says who set it and why. A second tab still
 * showing the old tier cannot save over the new one.
 */
@IntegrationTest
class WhoSetBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    Participants participants;

    @Autowired
    AssessmentService assessment;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theOfficeOverridesALeadDepartmentsTierWithAReasonAndTheExplanationSaysWho() {
        EvaluationWorlds.World world = worlds.create();
        long cycle = world.cycleId();
        long unitA = world.base().unitA().id();
        ScoredRow civility = participants.one(cycle, unitA).rows().rows().stream()
                .filter(r -> r.categoryName().equals("精神文明")).findFirst().orElseThrow();
        assessment.gradeWithoutReadCheck(cycle, unitA, civility.rowId(), 2, CurrentUser.of(world.civility()));

        String base = "http://localhost:" + port;
        String sheet = base + "/evaluation/cycles/" + cycle + "/units/" + unitA + "/assess";
        Page page = browser.newPage();
        Chromium.signIn(page, base, world.base().admin().username(), TestWorlds.PASSWORD);
        page.navigate(sheet);
        // the lead department has its list open, still showing its tier 2
        Page stale = browser.newPage();
        Chromium.signIn(stale, base, world.civility().username(), TestWorlds.PASSWORD);
        stale.navigate(base + "/evaluation/cycles/" + cycle + "/lead");

        Locator line = page.locator("#row-" + civility.rowId());
        assertThat(line.locator(".set-by")).containsText("牵头部门 " + world.civility().username());
        line.locator("select.tier-input").selectOption("1");
        line.locator("form.tier-form button").click();
        assertThat(page.locator("#messages")).containsText("考评办改动须填写理由");
        Chromium.screenshot(page, "whoset-01-override-refused");

        line.locator("input.reason-input").fill("察访核验发现台账缺失");
        line.locator("form.tier-form button").click();
        assertThat(page.locator("#row-" + civility.rowId() + " .set-by"))
                .containsText("考评办 " + world.base().admin().username());
        Chromium.screenshot(page, "whoset-02-overridden");

        // saving from the list read before the office's change does not overwrite it
        Locator staleLine = stale.locator("#row-" + civility.rowId());
        staleLine.locator("select[name=tier]").selectOption("3");
        staleLine.locator("button").click();
        assertThat(stale.locator("body")).containsText("本次未保存");
        Chromium.screenshot(stale, "whoset-03-stale-refused");

        page.navigate(base + "/evaluation/cycles/" + cycle + "/units/" + unitA + "/explanation");
        Locator explained = page.locator("tr[data-code='" + civility.code().value() + "'] td.set-by");
        assertThat(explained).containsText("定档：考评办");
        assertThat(explained).containsText("改动牵头部门评定的理由：察访核验发现台账缺失");
        Chromium.screenshot(page, "whoset-04-explanation");
    }
}
