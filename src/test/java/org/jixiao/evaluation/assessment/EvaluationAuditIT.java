package org.jixiao.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.jixiao.evidence.EvidenceFile;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.organization.CurrentUser;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every change of the year-end assessment leaves one audit entry in its cycle and unit, with who,
 * in which role, and the state before and after; a refused change leaves none.
 */
@IntegrationTest
class EvaluationAuditIT {

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    Participants participants;

    @Autowired
    SelfEvaluationService selfEvaluation;

    @Autowired
    AssessmentService assessment;

    @Autowired
    AdjustmentService adjustments;

    @Autowired
    SettingsService settings;

    @Autowired
    ResultsService results;

    @Autowired
    JdbcClient jdbc;

    EvaluationWorlds.World world;
    long cycle;
    long unitA;
    long unitB;
    CurrentUser admin;
    CurrentUser clerkA;

    /** An entry as the test reads it. */
    record Entry(String kind, String actor, String role, Long unitId, String subject, String before, String after) {
    }

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        cycle = world.cycleId();
        unitA = world.base().unitA().id();
        unitB = world.base().unitB().id();
        admin = world.admin();
        clerkA = CurrentUser.of(world.base().clerkA());
    }

    private List<Entry> entries(String kind) {
        return jdbc.sql("""
                        select kind, actor, actor_role, unit_id, subject, before_json, after_json
                        from audit_entry where cycle_id = ? and kind = ? order by id""")
                .params(cycle, kind)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private ScoredRow firstRow(long unitId) {
        return participants.one(cycle, unitId).rows().rows().get(0);
    }

    @Test
    void savingASelfEvaluationRecordsTheRowBeforeAndAfter() {
        ScoredRow row = firstRow(unitA);
        selfEvaluation.save(cycle, unitA, row.rowId(), "进行中", "", null, clerkA);
        selfEvaluation.save(cycle, unitA, row.rowId(), "已完成", "市级媒体报道", 1, clerkA);

        List<Entry> saved = entries("SELF_EVALUATION");
        assertThat(saved).hasSize(2);
        assertThat(saved.get(0).before()).isNull();
        Entry second = saved.get(1);
        assertThat(second.actor()).isEqualTo(clerkA.username());
        assertThat(second.role()).isEqualTo("UNIT_CLERK");
        assertThat(second.unitId()).isEqualTo(unitA);
        assertThat(second.subject()).isEqualTo("自评 行 " + row.code().value());
        assertThat(second.before()).isEqualTo("{\"完成情况\":\"进行中\",\"定档举证\":\"\",\"自评档次\":null}");
        assertThat(second.after()).isEqualTo("{\"完成情况\":\"已完成\",\"定档举证\":\"市级媒体报道\",\"自评档次\":1}");
    }

    @Test
    void submittingAndReopeningAreRecordedWithTheReason() {
        // nothing filled yet: the clerk confirms submitting with every row unfilled
        selfEvaluation.submit(cycle, unitA, participants.one(cycle, unitA).rows().rows().size(), clerkA);
        selfEvaluation.reopen(cycle, unitA, "第 3 行缺佐证", admin);

        assertThat(entries("SELF_EVALUATION")).extracting(Entry::subject, Entry::before, Entry::after).containsExactly(
                tuple("自评 提交", "{\"状态\":\"DRAFT\"}", "{\"状态\":\"SUBMITTED\"}"),
                tuple("自评 退回修改", "{\"状态\":\"SUBMITTED\"}",
                        "{\"状态\":\"DRAFT\",\"退回原因\":\"第 3 行缺佐证\"}"));
    }

    @Test
    void evidenceUploadAndDeletionAreRecorded() {
        ScoredRow row = firstRow(unitA);
        EvidenceFile file = selfEvaluation.upload(cycle, unitA, row.rowId(), "台账.pdf", "application/pdf", 3,
                new ByteArrayInputStream(new byte[] {1, 2, 3}), clerkA);
        selfEvaluation.deleteEvidence(cycle, file.id(), clerkA);

        List<Entry> evidence = entries("EVIDENCE");
        assertThat(evidence).extracting(Entry::subject).containsExactly(
                "佐证材料 行 " + row.code().value() + "：台账.pdf", "删除佐证材料 行 " + row.code().value() + "：台账.pdf");
        assertThat(evidence.get(0).after()).contains("\"SHA-256\":\"" + file.sha256() + "\"");
        assertThat(evidence.get(1).before()).isEqualTo(evidence.get(0).after());
        assertThat(evidence.get(1).after()).isNull();
    }

    @Test
    void raterScoresTiersAndPeerGradesAreRecordedWithTheirPreviousValue() {
        ScoredRow row = firstRow(unitB);
        CurrentUser rater = CurrentUser.of(world.rater());
        assessment.scoreWithoutReadCheck(cycle, unitB, row.rowId(), new BigDecimal("0.5"), rater);
        assessment.scoreWithoutReadCheck(cycle, unitB, row.rowId(), new BigDecimal("0.75"), rater);
        assessment.gradeWithoutReadCheck(cycle, unitB, row.rowId(), 2, admin);
        assessment.peerGrade(cycle, unitB, row.rowId(), 1, clerkA);

        assertThat(entries("SCORE")).extracting(Entry::before, Entry::after)
                .containsExactly(tuple(null, "0.5"),
                        tuple("0.50", "0.75"));
        assertThat(entries("TIER")).extracting(Entry::subject, Entry::after).containsExactly(
                tuple("考评定档 行 " + row.code().value(), "2"),
                tuple("同组互评定档 行 " + row.code().value() + "（评定单位 " + unitA + "）", "1"));
    }

    @Test
    void refusedScoreLeavesNoEntry() {
        ScoredRow row = firstRow(unitB);
        BigDecimal tooMuch = row.weight().value().add(BigDecimal.ONE);

        assertThatThrownBy(() -> assessment.scoreWithoutReadCheck(cycle, unitB, row.rowId(), tooMuch, CurrentUser.of(world.rater())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(entries("SCORE")).isEmpty();
    }

    @Test
    void removedAdjustmentKeepsWhatWasRemoved() {
        adjustments.addDeduction(cycle, unitA, new BigDecimal("0.5"), "察访发现台账不全", "察访记录 12 号", admin);
        long id = jdbc.sql("select id from unit_deduction where cycle_id = ? and unit_id = ?").params(cycle, unitA)
                .query(Long.class).single();
        adjustments.remove(cycle, unitA, "deduction", id, admin);

        List<Entry> adjusted = entries("ADJUSTMENT");
        assertThat(adjusted).extracting(Entry::subject).containsExactly("察访核验扣分", "删除察访核验扣分");
        assertThat(adjusted.get(1).before()).contains("察访发现台账不全").contains("\"编号\":" + id);
        assertThat(adjusted.get(1).after()).isNull();
    }

    @Test
    void settingsChangesAndRaterAssignmentsAreRecorded() {
        SettingsService.Versioned current = settings.versioned(cycle);
        settings.update(cycle, current.settings(), current.version(), admin);

        List<Entry> changed = entries("SETTINGS");
        assertThat(changed).extracting(Entry::subject)
                .containsExactly("考评组分配：" + world.rater().username(), "评分规则（第 1 版）");
        assertThat(changed.get(1).after()).startsWith("{");
    }

    @Test
    void publishingRecordsTheVersionAndTheHashOfTheFrozenResults() {
        assessment.gradeWithoutReadCheck(cycle, unitB, firstRow(unitB).rowId(), 1, admin);
        ResultsService.Version version = results.publish(cycle, admin, results.preview(cycle, admin).confirmation("测试发布"));

        List<Entry> published = entries("RESULTS_PUBLISHED");
        assertThat(published).hasSize(1);
        assertThat(published.get(0).subject()).isEqualTo("发布考评结果 第 " + version.number() + " 版");
        assertThat(published.get(0).after()).contains("\"版本\":" + version.number()).contains("结果 SHA-256");
        assertThat(published.get(0).unitId()).isNull();
    }
}
