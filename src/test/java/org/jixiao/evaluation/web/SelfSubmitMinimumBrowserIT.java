package org.jixiao.evaluation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.jixiao.evaluation.assessment.EvaluationSettings;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.evaluation.assessment.RaterPanelService;
import org.jixiao.evaluation.assessment.SettingsService;
import org.jixiao.evaluation.assessment.SubmissionMinimum;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the clerk sees the share filled against the minimum before clicking 提交 and the
 * refusal when below it; the office sets a group's 应评人数 on the raters page and reads it on the explanation.
 */
@IntegrationTest
class SelfSubmitMinimumBrowserIT {

    static Chromium browser;

    @LocalServerPort
    int port;

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    SettingsService settings;

    @Autowired
    RaterPanelService panels;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theClerkSeesTheMinimumAndIsRefusedBelowIt() {
        EvaluationWorlds.World world = worlds.create();
        long cycle = world.cycleId();
        EvaluationSettings current = settings.settings(cycle);
        settings.update(cycle, new EvaluationSettings(current.scoring(), current.defaultScheme(),
                current.leadDepartments(), new SubmissionMinimum(50)), 0, world.admin());

        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Chromium.signIn(page, base, world.base().clerkA().username(), TestWorlds.PASSWORD);
        page.navigate(base + "/evaluation/cycles/" + cycle + "/units/" + world.base().unitA().id() + "/self");
        assertThat(page.locator("#self-minimum")).containsText("已填写 0%，低于评分规则要求的最低填写比例 50%");
        Chromium.screenshot(page, "selfgate-01-minimum-shown");
        page.locator("#confirm-submit").check();
        page.locator("form[action$='/self/submit'] button[type=submit]").click();
        assertThat(page.locator("form[action$='/self/submit'] #submit-error"))
                .containsText("低于评分规则要求的最低填写比例 50%");
        Chromium.screenshot(page, "selfgate-02-refused-below-minimum");
        page.close();
    }

    @Test
    void theOfficeSetsAGroupsPanelSizeAndTheExplanationSaysIt() {
        EvaluationWorlds.World world = worlds.create();
        long cycle = world.cycleId();
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Chromium.signIn(page, base, world.base().admin().username(), TestWorlds.PASSWORD);
        page.navigate(base + "/evaluation/cycles/" + cycle + "/raters");
        page.locator("#group-panels td.panel-size input[name=size]").first().fill("5");
        page.locator("#group-panels td.panel-size button").first().click();
        assertThat(page.locator("#group-panels td.panel-size").first()).containsText("应评 5 人");
        Chromium.screenshot(page, "panelsize-01-raters-page");
        page.navigate(base + "/evaluation/cycles/" + cycle + "/units/" + world.base().unitB().id() + "/explanation");
        assertThat(page.locator("#expected-panel")).containsText("应评 5 人");
        Chromium.screenshot(page, "panelsize-02-explanation");
        page.close();
    }
}
