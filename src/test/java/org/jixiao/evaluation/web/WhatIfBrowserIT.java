package org.jixiao.evaluation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.evaluation.assessment.AdjustmentService;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.DatabaseSnapshot;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.organization.CurrentUser;
import org.jixiao.support.Chromium;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office opens 模拟测算 from the results page, raises one unit's appraisal and deducts from the
 * other, sees the ranks swap with the changed rows marked, has a wrong value refused beside the field,
 * and finds the live results page and the database as they were.
 */
@IntegrationTest
class WhatIfBrowserIT {

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

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void launch() {
        browser = new Chromium();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theOfficeTriesChangesWithoutTouchingTheResults() {
        EvaluationWorlds.World world = worlds.create();
        long cycle = world.cycleId();
        CurrentUser admin = world.admin();
        long unitA = world.base().unitA().id();
        long unitB = world.base().unitB().id();
        participants.one(cycle, unitA).rows().rows().forEach(r -> assessment.gradeWithoutReadCheck(cycle, unitA, r.rowId(), 1, admin));
        participants.one(cycle, unitB).rows().rows().forEach(r -> assessment.gradeWithoutReadCheck(cycle, unitB, r.rowId(), 2, admin));
        adjustments.setAppraisal(cycle, unitA, new BigDecimal("80"), admin);
        adjustments.setAppraisal(cycle, unitB, new BigDecimal("80"), admin);
        String nameA = world.base().unitA().name();
        String nameB = world.base().unitB().name();
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Chromium.signIn(page, base, world.base().admin().username(), TestWorlds.PASSWORD);
        // taken after signing in (which records a session and an audit entry)
        Map<String, Long> snapshot = DatabaseSnapshot.take(jdbc);
        page.navigate(base + "/evaluation/cycles/" + cycle + "/results");
        assertThat(page.locator("tr[data-unit='" + nameB + "'] td.rank")).hasText("2");
        page.locator("#what-if-open").click();
        page.waitForURL(Pattern.compile(".*/results/what-if"));
        assertThat(page.locator("#whatif-count")).containsText("有 0 个单位");
        assertThat(page.locator("#whatif-changes")).containsText("尚未做任何改动");

        // B's public appraisal 80 → 100
        page.locator("select[name='n.kind']").selectOption("appraisal");
        page.locator("select[name='n.unitId']").selectOption(String.valueOf(unitB));
        page.locator("input[name='n.value']").fill("100");
        page.locator("#whatif-add").click();
        assertThat(page.locator("#whatif-changes")).containsText(nameB + "：公众评议得分 → 100");
        assertThat(page.locator("#whatif-diff tr[data-unit='" + nameB + "'] td.delta")).hasText("+6.00");

        // a wrong value is refused beside the field, the change made before stays
        page.locator("select[name='n.kind']").selectOption("deduction");
        page.locator("select[name='n.unitId']").selectOption(String.valueOf(unitA));
        page.locator("input[name='n.value']").fill("八分");
        page.locator("input[name='n.reason']").fill("模拟察访扣分");
        page.locator("#whatif-add").click();
        assertThat(page.locator("#error-value")).containsText("扣分“八分”不是数字");
        assertThat(page.locator("input[name='n.value']")).hasValue("八分");
        assertThat(page.locator("#whatif-changes")).containsText(nameB + "：公众评议得分 → 100");
        Chromium.screenshot(page, "whatif-01-refused-beside-field");

        // A loses 8 points: B now ranks first
        page.locator("input[name='n.value']").fill("8");
        page.locator("#whatif-add").click();
        assertThat(page.locator("#whatif-changes")).containsText(nameA + "：增加扣分 → 8，模拟察访扣分");
        assertThat(page.locator("#error-value")).hasCount(0);
        assertThat(page.locator("#whatif-count")).containsText("有 2 个单位");
        assertThat(page.locator("#whatif-diff tr[data-unit='" + nameB + "'] td.live-rank")).hasText("2");
        assertThat(page.locator("#whatif-diff tr[data-unit='" + nameB + "'] td.sandbox-rank")).hasText("1");
        assertThat(page.locator("#whatif-diff tr[data-unit='" + nameA + "'] td.sandbox-rank")).hasText("2");
        assertThat(page.locator("#whatif-diff tr[data-unit='" + nameA + "'] td.delta")).hasText("-8.00");
        assertThat(page.locator("#whatif-diff tr[data-unit='" + nameA + "']")).hasClass(Pattern.compile("changed"));
        Chromium.screenshot(page, "whatif-02-ranks-swapped");

        // undoing the appraisal keeps the deduction
        page.locator("#whatif-changes button.remove[value='remove:0']").click();
        assertThat(page.locator("#whatif-changes")).not().containsText("公众评议得分");
        assertThat(page.locator("#whatif-diff tr[data-unit='" + nameA + "'] td.sandbox-rank")).hasText("1");

        // nothing was written: the live page and every table are as before
        page.navigate(base + "/evaluation/cycles/" + cycle + "/results");
        assertThat(page.locator("tr[data-unit='" + nameA + "'] td.rank")).hasText("1");
        assertThat(page.locator("tr[data-unit='" + nameB + "'] td.rank")).hasText("2");
        Chromium.screenshot(page, "whatif-03-live-unchanged");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(snapshot);
    }
}
