package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.organization.Account;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The access matrix of the assessment pages: raters only their assigned units and never their own,
 * lead departments only their items, units only their own results and only once published, peers
 * never their own unit; ids of another unit in a URL or a form are refused and nothing is written.
 */
@IntegrationTest
class EvaluationAccessIT {

    @Autowired
    org.jixiao.evaluation.assessment.ResultsService resultsService;

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    Participants participants;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    EvaluationWorlds.World world;
    long cycle;
    long unitA;
    long unitB;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        cycle = world.cycleId();
        unitA = world.base().unitA().id();
        unitB = world.base().unitB().id();
    }

    private RequestPostProcessor as(Account account) {
        return user(users.loadUserByUsername(account.username()));
    }

    private ScoredRow row(long unitId, String category) {
        return participants.one(cycle, unitId).rows().rows().stream()
                .filter(r -> r.categoryName().equals(category)).findFirst().orElseThrow();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(cycle).query(Long.class).single();
    }

    private String scoreUrl(long unitId, UUID rowId) {
        return "/evaluation/cycles/" + cycle + "/units/" + unitId + "/assess/rows/" + rowId + "/score";
    }

    @Test
    void raterScoresAnAssignedUnitWithinTheWeight() throws Exception {
        ScoredRow row = row(unitB, "重点工作目标");
        mvc.perform(post(scoreUrl(unitB, row.rowId())).param("score", row.weight().value().toPlainString())
                        .header("HX-Request", "true").with(as(world.rater())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("unit-total")));
        assertThat(count("select count(*) from rater_score where cycle_id = ?")).isEqualTo(1);
        assertThat(count("select count(*) from score_history where cycle_id = ? and kind = 'RATER_SCORE'")).isEqualTo(1);
    }

    @Test
    void raterCannotScoreAUnitNotAssignedToThem() throws Exception {
        ScoredRow row = row(unitA, "重点工作目标");
        mvc.perform(post(scoreUrl(unitA, row.rowId())).param("score", "1").with(as(world.rater())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/cycles/" + cycle + "/units/" + unitA + "/assess").with(as(world.rater())))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from rater_score where cycle_id = ?")).isZero();
    }

    @Test
    void raterIsNeverAssignedToTheirOwnUnit() throws Exception {
        mvc.perform(post("/evaluation/cycles/" + cycle + "/raters/assign").param("raterId", world.raterFromA().id().toString())
                        .param("unitId", String.valueOf(unitA)).with(as(world.base().admin())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不能考评本单位")));
        mvc.perform(post(scoreUrl(unitA, row(unitA, "重点工作目标").rowId())).param("score", "1")
                        .with(as(world.raterFromA())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from rater_assignment where cycle_id = ? and unit_id = " + unitA)).isZero();
    }

    @Test
    void scoreAboveTheWeightIsRefusedWithAClearMessage() throws Exception {
        ScoredRow row = row(unitB, "重点工作目标");
        BigDecimal tooMuch = row.weight().value().add(BigDecimal.ONE);
        mvc.perform(post(scoreUrl(unitB, row.rowId())).param("score", tooMuch.toPlainString())
                        .with(as(world.rater())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("超出范围，应在 0 到权重")));
        assertThat(count("select count(*) from rater_score where cycle_id = ?")).isZero();
    }

    @Test
    void aRowOfAnotherUnitInTheUrlIsNotFoundAndNothingIsWritten() throws Exception {
        ScoredRow rowOfA = row(unitA, "重点工作目标");
        mvc.perform(post(scoreUrl(unitB, rowOfA.rowId())).param("score", "0").with(as(world.rater())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/evaluation/cycles/" + cycle + "/units/" + unitB + "/assess/rows/" + rowOfA.rowId() + "/tier")
                        .param("tier", "1").with(as(world.base().admin())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/evaluation/cycles/" + cycle + "/units/" + unitA + "/self/rows/" + rowOfA.rowId())
                        .param("completion", "篡改").with(as(world.base().clerkB())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from rater_score where cycle_id = ?")).isZero();
        assertThat(count("select count(*) from item_tier where cycle_id = ?")).isZero();
        assertThat(count("select count(*) from self_evaluation where cycle_id = ?")).isZero();
    }

    @Test
    void leadDepartmentSeesAndGradesExactlyItsItems() throws Exception {
        String page = mvc.perform(get("/evaluation/cycles/" + cycle + "/lead").with(as(world.civility())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(world.base().unitA().name(), world.base().unitB().name(), "精神文明建设成效");
        assertThat(page).doesNotContain("平安建设成效", "安全生产工作成效");
        ScoredRow civility = row(unitA, "精神文明");
        mvc.perform(post("/evaluation/cycles/" + cycle + "/lead/units/" + unitA + "/rows/" + civility.rowId())
                        .param("tier", "2").with(as(world.civility())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ScoredRow safety = row(unitA, "平安建设");
        mvc.perform(post("/evaluation/cycles/" + cycle + "/lead/units/" + unitA + "/rows/" + safety.rowId())
                        .param("tier", "1").with(as(world.civility())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select tier from item_tier where cycle_id = ? and source = 'LEAD_DEPARTMENT'")
                .param(cycle).query(Integer.class).list()).containsExactly(2);
        mvc.perform(post(scoreUrl(unitA, civility.rowId())).param("score", "1").with(as(world.civility())).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void leadDepartmentReadsTheSelfEvaluationOfItsOwnItemsOnly() throws Exception {
        ScoredRow civility = row(unitA, "精神文明");
        ScoredRow keyWork = row(unitA, "重点工作目标");
        String self = "/evaluation/cycles/" + cycle + "/units/" + unitA + "/self";
        mvc.perform(post(self + "/rows/" + civility.rowId()).param("completion", "文明单位创建完成-自评甲")
                        .param("evidenceText", "").with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(self + "/rows/" + keyWork.rowId()).param("completion", "招商项目完成-自评乙")
                        .param("evidenceText", "").with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(self + "/rows/" + keyWork.rowId() + "/evidence")
                        .file(new MockMultipartFile("file", "合同.pdf", "application/pdf", "%PDF-1.4 合同".getBytes()))
                        .with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID contract = jdbc.sql("select id from evidence_file where cycle_id = ? and row_id = ?")
                .params(cycle, keyWork.rowId()).query(UUID.class).single();

        String page = mvc.perform(get(self).with(as(world.civility())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("文明单位创建完成-自评甲").doesNotContain("招商项目完成-自评乙", "合同.pdf");
        mvc.perform(get("/evaluation/cycles/" + cycle + "/evidence/" + contract).with(as(world.civility())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/cycles/" + cycle + "/evidence/" + contract).with(as(world.base().admin())))
                .andExpect(status().isOk());
    }

    @Test
    void aSecondSessionCannotSilentlyOverwriteASelfEvaluationItDidNotSee() throws Exception {
        ScoredRow row = row(unitA, "重点工作目标");
        String save = "/evaluation/cycles/" + cycle + "/units/" + unitA + "/self/rows/" + row.rowId();
        // both sessions opened the page before anything was saved for the row
        mvc.perform(post(save).param("completion", "第一位同事的自评").param("readAt", "")
                        .with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(save).param("completion", "第二位同事的自评").param("readAt", "")
                        .with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("为免覆盖，本次未保存")));
        String completion = "select completion from self_evaluation where cycle_id = ? and row_id = ?";
        assertThat(jdbc.sql(completion).params(cycle, row.rowId()).query(String.class).single())
                .isEqualTo("第一位同事的自评");

        // a session that read the saved version saves over it
        String readAt = jdbc.sql("select updated_at from self_evaluation where cycle_id = ? and row_id = ?")
                .params(cycle, row.rowId()).query(java.sql.Timestamp.class).single().toInstant().toString();
        mvc.perform(post(save).param("completion", "核对后的自评").param("readAt", readAt)
                        .with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(completion).params(cycle, row.rowId()).query(String.class).single()).isEqualTo("核对后的自评");
        mvc.perform(get("/evaluation/cycles/" + cycle + "/units/" + unitA + "/self").with(as(world.base().clerkA())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"readAt\"")));
    }

    @Test
    void peersGradeOtherUnitsOfTheGroupButNeverTheirOwn() throws Exception {
        ScoredRow rowOfB = row(unitB, "常规工作目标");
        mvc.perform(post("/evaluation/cycles/" + cycle + "/units/" + unitB + "/assess/rows/" + rowOfB.rowId() + "/peer")
                        .param("tier", "2").with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().isOk());
        ScoredRow rowOfA = row(unitA, "常规工作目标");
        mvc.perform(post("/evaluation/cycles/" + cycle + "/units/" + unitA + "/assess/rows/" + rowOfA.rowId() + "/peer")
                        .param("tier", "1").with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evaluation/cycles/" + cycle + "/units/" + unitB + "/assess/rows/" + rowOfB.rowId() + "/peer")
                        .param("tier", "1").with(as(world.base().leaderA())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from peer_grade where cycle_id = ?")).isEqualTo(1);
    }

    @Test
    void unitsSeeOnlyTheirOwnResultsAndOnlyOncePublished() throws Exception {
        String explanationA = "/evaluation/cycles/" + cycle + "/units/" + unitA + "/explanation";
        mvc.perform(get(explanationA).with(as(world.base().clerkA())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not-published")));
        mvc.perform(get("/evaluation/cycles/" + cycle + "/units/" + unitB + "/explanation").with(as(world.base().clerkA())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/cycles/" + cycle + "/results").with(as(world.base().clerkA())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evaluation/cycles/" + cycle + "/results/publish").with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from published_results where cycle_id = ?")).isZero();

        org.jixiao.evaluation.Results.Counts counts = resultsService.preview(cycle,
                org.jixiao.organization.CurrentUser.of(world.base().admin())).counts();
        mvc.perform(post("/evaluation/cycles/" + cycle + "/results/publish").with(as(world.base().admin())).with(csrf())
                        .param("complete", String.valueOf(counts.complete()))
                        .param("pending", String.valueOf(counts.pending()))
                        .param("unscorable", String.valueOf(counts.unscorable()))
                        .param("confirmed", "true").param("reason", "单位考评表待修改，先发布其余单位"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(explanationA).with(as(world.base().leaderA())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已发布结果第 1 版")));
        mvc.perform(get("/evaluation/cycles/" + cycle + "/units/" + unitB + "/explanation").with(as(world.base().leaderA())))
                .andExpect(status().isForbidden());
    }

    @Test
    void officeSeesEverything() throws Exception {
        Account admin = world.base().admin();
        for (String path : new String[] {"", "/settings", "/raters", "/results", "/units/" + unitA + "/self",
            "/units/" + unitA + "/assess", "/units/" + unitB + "/adjustments", "/units/" + unitB + "/explanation"}) {
            mvc.perform(get("/evaluation/cycles/" + cycle + path).with(as(admin))).andExpect(status().isOk());
        }
        mvc.perform(get("/evaluation/cycles/" + cycle + "/results.xlsx").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        for (String path : new String[] {"/settings", "/raters", "/units/" + unitB + "/adjustments"}) {
            mvc.perform(get("/evaluation/cycles/" + cycle + path).with(as(world.base().clerkA())))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void submittingLocksTheSelfEvaluationUntilTheOfficeReopensItWithAReason() throws Exception {
        ScoredRow row = row(unitA, "重点工作目标");
        String save = "/evaluation/cycles/" + cycle + "/units/" + unitA + "/self/rows/" + row.rowId();
        mvc.perform(post(save).param("completion", "全年完成").param("evidenceText", "见附件").param("proposedTier", "1")
                        .with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String submit = "/evaluation/cycles/" + cycle + "/units/" + unitA + "/self/submit";
        int unfilled = participants.one(cycle, unitA).rows().rows().size() - 1;
        // the page lists what stays unfilled and asks to confirm exactly that count
        mvc.perform(get("/evaluation/cycles/" + cycle + "/units/" + unitA + "/self").with(as(world.base().clerkA())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("尚有 " + unfilled + " 项未填写完成情况")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"confirmUnfilled\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "确认在 " + unfilled + " 项未填写完成情况的情况下提交自评")));
        // submitting needs the confirmation naming what stays unfilled: none, or a stale count, is refused
        // (the self-evaluation page again, the refusal beside the submit form)
        mvc.perform(post(submit).with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"submit-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("尚有 " + unfilled + " 项未填写完成情况")));
        mvc.perform(post(submit).param("confirmUnfilled", String.valueOf(unfilled + 1))
                        .with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"submit-error\"")));
        assertThat(count("select count(*) from self_evaluation_transition where cycle_id = ?")).as("nothing submitted").isZero();
        mvc.perform(post(submit).param("confirmUnfilled", String.valueOf(unfilled))
                        .with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(save).param("completion", "改动").with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已提交并锁定")));
        String reopen = "/evaluation/cycles/" + cycle + "/units/" + unitA + "/self/reopen";
        mvc.perform(post(reopen).with(as(world.base().clerkA())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(reopen).param("reason", " ").with(as(world.base().admin())).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(reopen).param("reason", "举证不足，请补充").with(as(world.base().admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(save).param("completion", "补充后").with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select completion from self_evaluation where cycle_id = ?").param(cycle)
                .query(String.class).single()).isEqualTo("补充后");
        assertThat(jdbc.sql("select transition || ':' || reason || ':' || actor from self_evaluation_transition where cycle_id = ? order by id")
                .param(cycle).query(String.class).list())
                .containsExactly("SUBMIT::" + world.base().clerkA().username(),
                        "REOPEN:举证不足，请补充:" + world.base().admin().username());
    }

    @Test
    void evidenceIsStoredByContentAndOnlyAcceptedTypesAreTaken() throws Exception {
        ScoredRow row = row(unitA, "重点工作目标");
        String upload = "/evaluation/cycles/" + cycle + "/units/" + unitA + "/self/rows/" + row.rowId() + "/evidence";
        mvc.perform(multipart(upload).file(new MockMultipartFile("file", "病毒.exe", "application/octet-stream", new byte[] {1}))
                        .with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不支持的文件类型")));
        byte[] pdf = "%PDF-1.4 佐证".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(multipart(upload).file(new MockMultipartFile("file", "台账.pdf", "application/pdf", pdf))
                        .with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(upload).file(new MockMultipartFile("file", "台账.pdf", "application/pdf", pdf))
                        .with(as(world.base().clerkB())).with(csrf()))
                .andExpect(status().isForbidden());
        String id = jdbc.sql("select id from evidence_file where cycle_id = ?").param(cycle).query(UUID.class).single().toString();
        String sha = jdbc.sql("select sha256 from evidence_file where cycle_id = ?").param(cycle).query(String.class).single();
        assertThat(sha).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        mvc.perform(get("/evaluation/cycles/" + cycle + "/evidence/" + id).with(as(world.base().leaderA())))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/evaluation/cycles/" + cycle + "/evidence/" + id).with(as(world.rater())))
                .andExpect(status().isForbidden());
    }
}
