package org.jixiao.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.Results;
import org.jixiao.evaluation.WhatIf;
import org.jixiao.organization.CurrentUser;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** 模拟测算 on stored data: ranks move in the sandbox, nothing is written, wrong input is refused by field. */
@IntegrationTest
class WhatIfIT {

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    WhatIfService whatIf;

    @Autowired
    ResultsService results;

    @Autowired
    AssessmentService assessment;

    @Autowired
    AdjustmentService adjustments;

    @Autowired
    Participants participants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    EvaluationWorlds.World world;
    CurrentUser admin;
    long cycle;
    String a;
    String b;

    /** Both units complete: A graded 好 everywhere, B 较好; both appraised 80 — A first, B second. */
    @BeforeEach
    void createWorld() {
        world = worlds.create();
        admin = world.admin();
        cycle = world.cycleId();
        long unitA = world.base().unitA().id();
        long unitB = world.base().unitB().id();
        participants.one(cycle, unitA).rows().rows().forEach(r -> assessment.gradeWithoutReadCheck(cycle, unitA, r.rowId(), 1, admin));
        participants.one(cycle, unitB).rows().rows().forEach(r -> assessment.gradeWithoutReadCheck(cycle, unitB, r.rowId(), 2, admin));
        adjustments.setAppraisal(cycle, unitA, new BigDecimal("80"), admin);
        adjustments.setAppraisal(cycle, unitB, new BigDecimal("80"), admin);
        a = String.valueOf(unitA);
        b = String.valueOf(unitB);
    }

    private static WhatIf.Change change(String kind, String unit, String item, String value, String reason) {
        return new WhatIf.Change(kind, unit, item, "", value, reason);
    }

    @Test
    void theSandboxMovesRanksAndWritesNothing() {
        Results before = results.live(cycle, admin).results();
        assertThat(before.unit(a).orElseThrow().rankInSeries()).isEqualTo(1);
        assertThat(before.unit(b).orElseThrow().rankInSeries()).isEqualTo(2);
        Map<String, Long> snapshot = DatabaseSnapshot.take(jdbc);
        // the snapshot sees the stored inputs: the grades logged, the appraisals entered
        assertThat(snapshot).containsKeys("evaluation_change", "account").hasSizeGreaterThan(10);
        assertThat(snapshot.get("evaluation_change.max(id)")).isPositive();

        WhatIfService.Sandbox sandbox = whatIf.sandbox(cycle, List.of(change("appraisal", b, "", "100", ""),
                change("deduction", a, "", "8", "模拟察访扣分")), admin);

        WhatIf.Line lineA = sandbox.lines().stream().filter(l -> l.unitId().equals(a)).findFirst().orElseThrow();
        WhatIf.Line lineB = sandbox.lines().stream().filter(l -> l.unitId().equals(b)).findFirst().orElseThrow();
        assertThat(lineA.delta()).isEqualByComparingTo("-8");
        assertThat(lineB.delta()).isEqualByComparingTo("6");
        assertThat(lineB.sandboxRank()).isEqualTo(1);
        assertThat(lineA.sandboxRank()).isEqualTo(2);
        assertThat(sandbox.changedCount()).isEqualTo(2);
        assertThat(sandbox.live()).isEqualTo(before);

        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(snapshot);
        assertThat(results.live(cycle, admin).results()).isEqualTo(before);
    }

    @Test
    void anEmptySandboxIsTheLiveResults() {
        WhatIfService.Sandbox sandbox = whatIf.sandbox(cycle, List.of(), admin);
        assertThat(sandbox.sandbox()).isEqualTo(results.live(cycle, admin).results());
        assertThat(sandbox.changedCount()).isZero();
        assertThat(whatIf.units(cycle, admin)).containsOnlyKeys(a, b);
    }

    @Test
    void wrongInputIsRefusedNamingTheChangeAndField() {
        String code = participants.one(cycle, Long.parseLong(a)).rows().rows().get(0).code().value();
        refused(List.of(change("appraisal", "999999", "", "90", "")), 0, "unitId", "不在本年度可计分的单位中");
        refused(List.of(change("appraisal", a, "", "90", ""), change("score", a, code, "1000", "")), 1, "value", "超出范围");
        refused(List.of(change("score", a, "9-9-9", "1", "")), 0, "item", "没有序号为 9-9-9 的指标");
        refused(List.of(change("appraisal", a, "", "九十", "")), 0, "value", "不是数字");
    }

    private void refused(List<WhatIf.Change> changes, int index, String field, String message) {
        assertThatThrownBy(() -> whatIf.sandbox(cycle, changes, admin)).isInstanceOfSatisfying(Refused.class, e -> {
            assertThat(e.kind()).isEqualTo(Refused.Kind.INVALID);
            assertThat(e.code()).isEqualTo("results.whatIf.invalid");
            assertThat(e.getMessage()).startsWith("第 " + (index + 1) + " 项改动：").contains(message);
            assertThat(e.details()).singleElement().isInstanceOfSatisfying(WhatIfService.Problem.class, p -> {
                assertThat(p.index()).isEqualTo(index);
                assertThat(p.field()).isEqualTo(field);
            });
        });
    }

    @Test
    void onlyTheOfficeOpensASandbox() {
        assertThatThrownBy(() -> whatIf.sandbox(cycle, List.of(), CurrentUser.of(world.rater())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiAnswersTheDiffAndRefusesInJson() throws Exception {
        Map<String, Long> snapshot = DatabaseSnapshot.take(jdbc);
        String body = "[{\"kind\":\"appraisal\",\"unitId\":\"" + b + "\",\"value\":\"100\"},"
                + "{\"kind\":\"deduction\",\"unitId\":\"" + a + "\",\"value\":8,\"reason\":\"模拟察访扣分\"}]";
        mvc.perform(post("/api/v1/cycles/" + cycle + "/results/what-if")
                        .with(httpBasic(world.base().admin().username(), TestWorlds.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changedUnits").value(2))
                .andExpect(jsonPath("$.lines[0].unitId").value(b))
                .andExpect(jsonPath("$.lines[0].liveRank").value(2))
                .andExpect(jsonPath("$.lines[0].sandboxRank").value(1))
                .andExpect(jsonPath("$.lines[0].changed").value(true));

        mvc.perform(post("/api/v1/cycles/" + cycle + "/results/what-if")
                        .with(httpBasic(world.base().admin().username(), TestWorlds.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\":\"appraisal\",\"unitId\":\"" + a + "\",\"value\":\"120\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("results.whatIf.invalid"))
                .andExpect(jsonPath("$.details[0].field").value("value"));

        mvc.perform(post("/api/v1/cycles/" + cycle + "/results/what-if")
                        .with(httpBasic(world.base().admin().username(), TestWorlds.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/api/v1/cycles/" + cycle + "/results/what-if")
                        .with(httpBasic(world.rater().username(), TestWorlds.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isForbidden());

        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(snapshot);
    }
}
