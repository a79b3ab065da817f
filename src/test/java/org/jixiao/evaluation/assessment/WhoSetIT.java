package org.jixiao.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jixiao.organization.CurrentUser;
import org.jixiao.support.IntegrationTest;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who set what (issue 9 item 4) and optimistic locking of tiers and scores (issue 10 item 6): a tier
 * keeps who set it and as what, the office needs a reason to change a lead department's tier, the
 * explanation names them, and a save over a newer value — or a second concurrent first save — is
 * refused with a stable code, never a 500 and never silently lost.
 */
@IntegrationTest
class WhoSetIT {

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    Participants participants;

    @Autowired
    AssessmentService assessment;

    @Autowired
    ResultsService results;

    @Autowired
    JdbcClient jdbc;

    EvaluationWorlds.World world;
    long cycle;
    long unitA;
    long unitB;
    CurrentUser admin;
    CurrentUser civility;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        cycle = world.cycleId();
        unitA = world.base().unitA().id();
        unitB = world.base().unitB().id();
        admin = world.admin();
        civility = CurrentUser.of(world.civility());
    }

    private ScoredRow row(long unitId, String category) {
        return participants.one(cycle, unitId).rows().rows().stream()
                .filter(r -> r.categoryName().equals(category)).findFirst().orElseThrow();
    }

    private String tierReadAt(ScoredRow row) {
        return jdbc.sql("select updated_at from item_tier where cycle_id = ? and row_id = ?")
                .params(cycle, row.rowId()).query(java.sql.Timestamp.class).optional()
                .map(t -> t.toInstant().toString()).orElse("");
    }

    private record Tier(int tier, String gradedBy, String source, String reason) {
    }

    private Tier tier(ScoredRow row) {
        return jdbc.sql("select tier, graded_by, source, reason from item_tier where cycle_id = ? and row_id = ?")
                .params(cycle, row.rowId())
                .query((rs, n) -> new Tier(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
    }

    @Test
    void theOfficeChangingALeadDepartmentsTierNeedsAReasonKeptWithTheTierAndAudited() {
        ScoredRow row = row(unitA, "精神文明");
        assessment.grade(cycle, unitA, row.rowId(), 2, "", null, civility);
        assertThat(tier(row)).isEqualTo(new Tier(2, world.civility().username(), "LEAD_DEPARTMENT", null));

        String readAt = tierReadAt(row);
        assertThatThrownBy(() -> assessment.grade(cycle, unitA, row.rowId(), 1, readAt, "  ", admin))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.code()).isEqualTo("TIER_OVERRIDE_REASON");
                    assertThat(r.getMessage()).contains("牵头部门", "第 2 档", "理由");
                });
        assertThat(tier(row).tier()).isEqualTo(2);

        // the same tier again is no override: no reason needed
        assessment.grade(cycle, unitA, row.rowId(), 2, readAt, null, admin);
        assertThat(tier(row).source()).isEqualTo("OFFICE");
        // once the office holds the tier, changing it needs no reason either
        assessment.grade(cycle, unitA, row.rowId(), 3, tierReadAt(row), null, admin);
        assessment.grade(cycle, unitA, row.rowId(), 2, tierReadAt(row), null, civility);

        assessment.grade(cycle, unitA, row.rowId(), 1, tierReadAt(row), "察访核验发现台账缺失", admin);
        assertThat(tier(row)).isEqualTo(new Tier(1, world.base().admin().username(), "OFFICE", "察访核验发现台账缺失"));
        String after = jdbc.sql("select after_json from audit_entry where cycle_id = ? and kind = 'TIER' order by id desc")
                .param(cycle).query(String.class).list().get(0);
        assertThat(after).contains("察访核验发现台账缺失", "改动牵头部门评定的理由");
        String before = jdbc.sql("select before_json from audit_entry where cycle_id = ? and kind = 'TIER' order by id desc")
                .param(cycle).query(String.class).list().get(0);
        assertThat(before).contains(world.civility().username());
    }

    @Test
    void theExplanationSaysWhoSetEachTierAndScore() {
        ScoredRow led = row(unitB, "精神文明");
        ScoredRow scored = participants.one(cycle, unitB).rows().rows().get(0);
        assessment.grade(cycle, unitB, led.rowId(), 2, "", null, civility);
        assessment.score(cycle, unitB, scored.rowId(), new BigDecimal("0.5"), "", CurrentUser.of(world.rater()));

        ResultsService.Explanation explanation = results.explanation(cycle, unitB, admin).orElseThrow();
        assertThat(explanation.setBy(led.code().value())).containsExactly(
                "定档：牵头部门 市委文明办（市委文明办）第 2 档");
        assertThat(explanation.setBy(scored.code().value())).containsExactly("打分：考评组成员 考评员甲 0.50");

        assessment.grade(cycle, unitB, led.rowId(), 3, tierReadAt(led), "复核后下调", admin);
        explanation = results.explanation(cycle, unitB, admin).orElseThrow();
        assertThat(explanation.setBy(led.code().value())).singleElement().asString()
                .startsWith("定档：考评办（").endsWith("第 3 档，改动牵头部门评定的理由：复核后下调");
    }

    @Test
    void aTierSavedOverANewerTierIsRefused() {
        ScoredRow row = row(unitA, "精神文明");
        assessment.grade(cycle, unitA, row.rowId(), 2, "", null, admin);
        String firstRead = tierReadAt(row);
        assessment.grade(cycle, unitA, row.rowId(), 3, firstRead, null, admin);

        // a form still showing the first tier, or no tier at all
        for (String stale : List.of(firstRead, "")) {
            assertThatThrownBy(() -> assessment.grade(cycle, unitA, row.rowId(), 1, stale, null, admin))
                    .isInstanceOfSatisfying(Refused.class, r -> {
                        assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT);
                        assertThat(r.code()).isEqualTo("TIER_STALE");
                        assertThat(r.getMessage()).contains("第 3 档", "刷新");
                    });
        }
        assertThat(tier(row).tier()).isEqualTo(3);
        assessment.grade(cycle, unitA, row.rowId(), 1, tierReadAt(row), null, admin);
        assertThat(tier(row).tier()).isEqualTo(1);
    }

    @Test
    void aScoreSavedOverANewerScoreIsRefused() {
        CurrentUser rater = CurrentUser.of(world.rater());
        ScoredRow row = participants.one(cycle, unitB).rows().rows().get(0);
        assessment.score(cycle, unitB, row.rowId(), new BigDecimal("0.5"), "", rater);
        String firstRead = scoreReadAt(row);
        assessment.score(cycle, unitB, row.rowId(), new BigDecimal("0.25"), firstRead, rater);

        assertThatThrownBy(() -> assessment.score(cycle, unitB, row.rowId(), new BigDecimal("0.75"), firstRead, rater))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.code()).isEqualTo("SCORE_STALE");
                    assertThat(r.getMessage()).contains("0.25", "刷新");
                });
        assertThat(jdbc.sql("select score from rater_score where cycle_id = ? and row_id = ?")
                .params(cycle, row.rowId()).query(BigDecimal.class).single()).isEqualByComparingTo("0.25");
    }

    private String scoreReadAt(ScoredRow row) {
        return jdbc.sql("select updated_at from rater_score where cycle_id = ? and row_id = ?")
                .params(cycle, row.rowId()).query(java.sql.Timestamp.class).single().toInstant().toString();
    }

    @Test
    void twoConcurrentFirstTiersGiveOneSaveAndOneClearRefusal() throws Exception {
        for (ScoredRow row : participants.one(cycle, unitA).rows().rows().subList(0, 4)) {
            List<Object> outcomes = race(
                    () -> assessment.grade(cycle, unitA, row.rowId(), 1, "", null, admin),
                    () -> assessment.grade(cycle, unitA, row.rowId(), 2, "", null, admin));
            assertOneSavedOneRefused(outcomes, "TIER_STALE");
            assertThat(jdbc.sql("select count(*) from item_tier where cycle_id = ? and row_id = ?")
                    .params(cycle, row.rowId()).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void twoConcurrentFirstScoresGiveOneSaveAndOneClearRefusal() throws Exception {
        CurrentUser rater = CurrentUser.of(world.rater());
        for (ScoredRow row : participants.one(cycle, unitB).rows().rows().subList(0, 4)) {
            List<Object> outcomes = race(
                    () -> assessment.score(cycle, unitB, row.rowId(), new BigDecimal("0.5"), "", rater),
                    () -> assessment.score(cycle, unitB, row.rowId(), new BigDecimal("0.25"), "", rater));
            assertOneSavedOneRefused(outcomes, "SCORE_STALE");
            assertThat(jdbc.sql("select count(*) from rater_score where cycle_id = ? and row_id = ?")
                    .params(cycle, row.rowId()).query(Long.class).single()).isEqualTo(1);
        }
    }

    private static void assertOneSavedOneRefused(List<Object> outcomes, String code) {
        assertThat(outcomes).filteredOn("saved"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof Refused).singleElement()
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT);
                    assertThat(r.code()).isEqualTo(code);
                    assertThat(r.getMessage()).contains("本次未保存");
                });
    }

    /** Runs both saves at once; each outcome is "saved" or what was thrown. */
    private static List<Object> race(Runnable first, Runnable second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Runnable save : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        save.run();
                        return "saved";
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
