package org.jixiao.evaluation.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.List;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.demo.DemoStart;
import org.jixiao.evaluation.assessment.AdjustmentService;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.Participants.Participant;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.evaluation.assessment.SelfEvaluationService;
import org.jixiao.evaluation.assessment.SettingsService;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demonstration cycle "2025年度 市直政府系列" exists on the embedded database and no
 * assessment data does: raters {@code rater1} and {@code rater2}, the lead department {@code wmb}
 * (市委文明办), each rater assigned to every unit, some self-evaluations, scores, tiers and public
 * appraisal scores, so that the results page shows something.
 */
@Component
@Order(20)
class EvaluationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);

    private final DemoStart start;
    private final JdbcClient jdbc;
    private final Participants participants;
    private final Accounts accounts;
    private final SettingsService settings;
    private final AssessmentService assessment;
    private final SelfEvaluationService selfEvaluation;
    private final AdjustmentService adjustments;

    EvaluationDemoData(DemoStart start, JdbcClient jdbc, Participants participants,
                       Accounts accounts, SettingsService settings,
                       AssessmentService assessment, SelfEvaluationService selfEvaluation,
                       AdjustmentService adjustments) {
        this.start = start;
        this.jdbc = jdbc;
        this.participants = participants;
        this.accounts = accounts;
        this.settings = settings;
        this.assessment = assessment;
        this.selfEvaluation = selfEvaluation;
        this.adjustments = adjustments;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws SQLException {
        AssessmentCycle cycle = start.cycle().orElse(null);
        if (cycle == null || hasEvaluationData() || start.account("rater1").isPresent()) {
            return;
        }
        String password = start.password();
        Account admin = start.account("admin").orElse(null);
        CurrentUser office = admin != null ? CurrentUser.of(admin)
                : new CurrentUser(0, "demo", "演示数据", Role.ADMIN, null);
        Account rater1 = accounts.create("rater1", password, "集中考评组 考评员一", Role.RATER, null);
        Account rater2 = accounts.create("rater2", password, "集中考评组 考评员二", Role.RATER, null);
        Account wmb = accounts.create("wmb", password, "市委文明办", Role.LEAD_DEPARTMENT, null);
        settings.linkLeadDepartment(wmb.id(), "市委文明办");

        List<Participant> units = participants.all(cycle.id());
        BigDecimal[] appraisal = {new BigDecimal("88.6"), new BigDecimal("91.2"), new BigDecimal("84.5")};
        for (int u = 0; u < units.size(); u++) {
            Participant unit = units.get(u);
            assessment.assign(cycle.id(), rater1.id(), unit.unitId(), office);
            assessment.assign(cycle.id(), rater2.id(), unit.unitId(), office);
            List<ScoredRow> rows = unit.rows().rows();
            if (!unit.rows().duplicateCodes().isEmpty() || unit.rows().problem() != null) {
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                ScoredRow row = rows.get(i);
                if (i < 3) {
                    selfEvaluation.save(cycle.id(), unit.unitId(), row.rowId(), "按计划全年完成，详见工作台账。",
                            "市级以上媒体报道 1 篇，佐证材料见附件。", 1, office);
                }
                if (i < rows.size() / 2) {
                    BigDecimal weight = row.weight().value();
                    score(cycle.id(), unit.unitId(), row, weight.multiply(new BigDecimal("0.95")), rater1);
                    score(cycle.id(), unit.unitId(), row, weight.multiply(new BigDecimal(u == 1 ? "0.98" : "0.9")), rater2);
                } else if (i % 3 == 0) {
                    assessment.gradeWithoutReadCheck(cycle.id(), unit.unitId(), row.rowId(), 1 + (i + u) % 2, office);
                }
            }
            adjustments.setAppraisal(cycle.id(), unit.unitId(), appraisal[u % appraisal.length], office);
        }
        log.info("已载入年终考评演示数据：考评组成员 rater1、rater2，牵头部门 wmb（市委文明办）");
    }

    private void score(long cycleId, long unitId, ScoredRow row, BigDecimal score, Account rater) {
        assessment.scoreWithoutReadCheck(cycleId, unitId, row.rowId(), score.setScale(2, RoundingMode.HALF_UP), CurrentUser.of(rater));
    }

    private boolean hasEvaluationData() {
        return jdbc.sql("select count(*) from rater_score").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from evaluation_settings").query(Long.class).single() > 0;
    }
}
