package org.jixiao.evaluation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.EvaluationSettings;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.evaluation.assessment.SettingsService;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A rater in a real browser: opens the unit assigned to them, scores two items, sees the unit's
 * total and rank change on the same page, and finds their scores on the explanation page.
 */
@IntegrationTest
class RaterScoringBrowserIT {

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
    SettingsService settings;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void raterScoresTwoItemsAndSeesTotalRankAndExplanationUpdate() {
        EvaluationWorlds.World world = worlds.create();
        long cycle = world.cycleId();
        // nothing is complete in this world: the office allows provisional (暂定) ranks to follow them
        EvaluationSettings defaults = EvaluationSettings.defaults();
        settings.update(cycle, new EvaluationSettings(defaults.scoring().withProvisional(true),
                defaults.defaultScheme(), defaults.leadDepartments()), 0, world.admin());
        long unitA = world.base().unitA().id();
        long unitB = world.base().unitB().id();
        // unit A leads with its lightest item graded at the top tier; unit B has nothing yet
        ScoredRow lightestOfA = participants.one(cycle, unitA).rows().rows().stream()
                .filter(r -> r.weight().value().signum() > 0)
                .min(Comparator.comparing(r -> r.weight().value())).orElseThrow();
        assessment.gradeWithoutReadCheck(cycle, unitA, lightestOfA.rowId(), 1, world.admin());
        List<ScoredRow> heaviestOfB = participants.one(cycle, unitB).rows().rows().stream()
                .sorted(Comparator.comparing((ScoredRow r) -> r.weight().value()).reversed()).limit(2).toList();

        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Chromium.signIn(page, base, world.rater().username(), TestWorlds.PASSWORD);
        // other tests open cycles of their own: take this world's cycle's link, not the first one
        page.locator("a.evaluation-link[href='/evaluation/cycles/" + cycle + "']").click();
        page.locator("tr[data-unit='" + world.base().unitB().name() + "'] a.assess-link").click();
        page.waitForURL(Pattern.compile(".*/units/" + unitB + "/assess"));
        assertThat(page.locator("#unit-total")).hasText("0.00");
        assertThat(page.locator("#unit-rank")).hasText("2");
        assertThat(page.locator("#unit-state")).hasText("待完成（暂定）");
        Chromium.screenshot(page, "evaluation-01-rater-sheet");

        for (ScoredRow row : heaviestOfB) {
            Locator line = page.locator("#row-" + row.rowId());
            line.locator("input.score-input").fill(row.weight().value().toPlainString());
            line.locator("form.score-form button").click();
            assertThat(page.locator("#row-" + row.rowId() + " td.item-score"))
                    .hasText(row.weight().value().setScale(2).toPlainString());
        }
        String total = heaviestOfB.get(0).weight().value().add(heaviestOfB.get(1).weight().value())
                .setScale(2).toPlainString();
        assertThat(page.locator("#unit-total")).hasText(total);
        // a save recomputes the unit's own figures only; the ranks follow when the cycle's ranking is
        // recomputed for the new data (the page reloaded, or the results viewed)
        assertThat(page.locator("#unit-rank")).hasText("—");
        assertThat(page.locator("#rank-after-save")).isVisible();
        // the save answered with its row and the totals only: the other rows' inputs are still the page's own
        assertThat(page.locator("#sheet tbody tr")).hasCount(participants.one(cycle, unitB).rows().rows().size());
        Chromium.screenshot(page, "evaluation-02a-row-saved");
        page.reload();
        assertThat(page.locator("#unit-total")).hasText(total);
        assertThat(page.locator("#unit-rank")).hasText("1");
        Chromium.screenshot(page, "evaluation-02-rater-scored");

        Locator out = page.locator("#row-" + heaviestOfB.get(0).rowId() + " input.score-input");
        out.fill("999");
        page.locator("#row-" + heaviestOfB.get(0).rowId() + " form.score-form button").click();
        assertThat(page.locator("#messages")).containsText("超出范围");
        assertThat(page.locator("#unit-total")).hasText(total);

        page.locator("a", new Page.LocatorOptions().setHasText("得分说明")).first().click();
        page.waitForURL(Pattern.compile(".*/units/" + unitB + "/explanation"));
        Locator explained = page.locator("tr[data-code='" + heaviestOfB.get(0).code().value() + "']");
        assertThat(explained.locator(".score-chip")).containsText(heaviestOfB.get(0).weight().value().toPlainString());
        assertThat(page.locator("#rank")).hasText("1");
        Chromium.screenshot(page, "evaluation-03-explanation");
    }
}
