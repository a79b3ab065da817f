package org.jixiao.evaluation.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jixiao.audit.AuditKind;
import org.jixiao.evaluation.Deduction;
import org.jixiao.evaluation.Incentive;
import org.jixiao.evaluation.Promotion;
import org.jixiao.evaluation.assessment.Participants.Participant;
import org.jixiao.organization.CurrentUser;
import org.jixiao.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's adjustments: 晋档/提档 per item, 正向激励 and 察访核验扣分 per unit, and the 公众评议 score.
 * Each is recorded with who and when, and in the score history.
 */
@Service
public class AdjustmentService {

    private final Participants participants;
    private final SettingsService settings;
    private final AdjustmentRepository repository;
    private final AssessmentRepository history;
    private final EvaluationAudit audit;
    private final Clock clock;

    AdjustmentService(Participants participants, SettingsService settings, AdjustmentRepository repository,
                      AssessmentRepository history, EvaluationAudit audit, Clock clock) {
        this.participants = participants;
        this.settings = settings;
        this.repository = repository;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** A unit's adjustments as the page shows them. */
    public record View(Participant participant, EvaluationSettings settings,
                       List<AdjustmentRepository.StoredPromotion> promotions,
                       List<AdjustmentRepository.StoredIncentive> incentives,
                       List<AdjustmentRepository.StoredDeduction> deductions, @Nullable BigDecimal appraisal) {

        public List<AdjustmentRepository.StoredPromotion> promotionsOf(UUID rowId) {
            return promotions.stream().filter(p -> p.rowId().equals(rowId)).toList();
        }

        public @Nullable ScoredRow rowOf(UUID rowId) {
            return participant.rows().row(rowId).orElse(null);
        }
    }

    public View view(long cycleId, long unitId, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        Participant participant = participants.one(cycleId, unitId);
        return new View(participant, settings.settings(cycleId),
                repository.promotions(cycleId).stream().filter(p -> p.unitId() == unitId).toList(),
                repository.incentives(cycleId).stream().filter(i -> i.unitId() == unitId).toList(),
                repository.deductions(cycleId).stream().filter(d -> d.unitId() == unitId).toList(),
                repository.appraisals(cycleId).get(unitId));
    }

    @Transactional
    public void promote(long cycleId, long unitId, UUID rowId, Promotion.Kind kind, String reason, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        ScoredRow row = participants.row(participants.one(cycleId, unitId), rowId);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(kind == Promotion.Kind.PILOT ? "请写明试点名称及级别（国家级、省级或市级）"
                    : "请写明媒体报道及媒体级别");
        }
        InputLength.ADJUSTMENT_REASON.check(reason);
        Promotion promotion = new Promotion(kind, reason);
        Instant now = clock.instant();
        repository.addPromotion(cycleId, unitId, row.rowId(), promotion, user.username(), now);
        history.history(cycleId, unitId, rowId, "PROMOTION", user.username(), null,
                kind.label() + "：" + promotion.reason(), now);
        audit.record(AuditKind.ADJUSTMENT, user, cycleId, unitId, kind.label() + " " + EvaluationAudit.row(row), null,
                EvaluationAudit.fields("类别", kind.label(), "理由", promotion.reason()));
    }

    @Transactional
    public void addIncentive(long cycleId, long unitId, String level, String reason, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        participants.one(cycleId, unitId);
        InputLength.INCENTIVE_LEVEL.check(level);
        InputLength.ADJUSTMENT_REASON.check(reason);
        Incentive incentive = new Incentive(level, reason);
        if (!settings.settings(cycleId).scoring().incentiveLevels().containsKey(incentive.level())) {
            throw new IllegalArgumentException("奖项级别“" + incentive.level() + "”未在评分规则中设置分值");
        }
        if (incentive.reason().isEmpty()) {
            throw new IllegalArgumentException("请写明获奖名称");
        }
        Instant now = clock.instant();
        repository.addIncentive(cycleId, unitId, incentive.level(), incentive.reason(), user.username(), now);
        history.history(cycleId, unitId, null, "INCENTIVE", user.username(), null,
                incentive.level() + "：" + incentive.reason(), now);
        audit.record(AuditKind.ADJUSTMENT, user, cycleId, unitId, "正向激励", null,
                EvaluationAudit.fields("级别", incentive.level(), "获奖名称", incentive.reason()));
    }

    @Transactional
    public void addDeduction(long cycleId, long unitId, @Nullable BigDecimal points, String reason, String evidence,
                             CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        participants.one(cycleId, unitId);
        if (points == null) {
            throw new IllegalArgumentException("请填写扣分分值");
        }
        InputLength.ADJUSTMENT_REASON.check(reason);
        InputLength.DEDUCTION_EVIDENCE.check(evidence);
        Deduction deduction = new Deduction(points, reason);
        Instant now = clock.instant();
        repository.addDeduction(cycleId, unitId, deduction.points(), deduction.reason(),
                evidence == null ? "" : evidence.strip(), user.username(), now);
        history.history(cycleId, unitId, null, "DEDUCTION", user.username(), null,
                points.toPlainString() + "：" + deduction.reason(), now);
        audit.record(AuditKind.ADJUSTMENT, user, cycleId, unitId, "察访核验扣分", null,
                EvaluationAudit.fields("扣分", deduction.points(), "原因", deduction.reason(), "依据",
                        evidence == null ? "" : evidence.strip()));
    }

    /** Removes a promotion, incentive or deduction of the unit (recorded in the history). */
    @Transactional
    public void remove(long cycleId, long unitId, String kind, long id, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        participants.one(cycleId, unitId);
        String table = switch (kind) {
            case "promotion" -> "item_promotion";
            case "incentive" -> "unit_incentive";
            case "deduction" -> "unit_deduction";
            default -> throw new NotFound("调整项不存在");
        };
        Object removed = removed(kind, cycleId, unitId, id);
        if (!repository.delete(table, cycleId, unitId, id)) {
            throw new NotFound("调整项不存在");
        }
        history.history(cycleId, unitId, null, "REMOVE_" + kind.toUpperCase(java.util.Locale.ROOT), user.username(),
                id, null, clock.instant());
        audit.record(AuditKind.ADJUSTMENT, user, cycleId, unitId, "删除" + switch (kind) {
            case "promotion" -> "晋档/提档";
            case "incentive" -> "正向激励";
            default -> "察访核验扣分";
        }, removed, null);
    }

    /** What a removal takes away, as the audit trail keeps it. */
    private @Nullable Object removed(String kind, long cycleId, long unitId, long id) {
        return switch (kind) {
            case "promotion" -> repository.promotions(cycleId).stream()
                    .filter(p -> p.id() == id && p.unitId() == unitId).findFirst()
                    .map(p -> EvaluationAudit.fields("编号", id, "行", p.rowId(), "类别", p.promotion().kind().label(),
                            "理由", p.promotion().reason())).orElse(null);
            case "incentive" -> repository.incentives(cycleId).stream()
                    .filter(i -> i.id() == id && i.unitId() == unitId).findFirst()
                    .map(i -> EvaluationAudit.fields("编号", id, "级别", i.level(), "获奖名称", i.reason())).orElse(null);
            default -> repository.deductions(cycleId).stream()
                    .filter(d -> d.id() == id && d.unitId() == unitId).findFirst()
                    .map(d -> EvaluationAudit.fields("编号", id, "扣分", d.points(), "原因", d.reason(), "依据",
                            d.evidence())).orElse(null);
        };
    }

    @Transactional
    public void setAppraisal(long cycleId, long unitId, @Nullable BigDecimal score, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        participants.one(cycleId, unitId);
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("公众评议得分应在 0 到 100 之间");
        }
        if (score.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("公众评议得分最多保留两位小数");
        }
        BigDecimal before = repository.appraisals(cycleId).get(unitId);
        Instant now = clock.instant();
        repository.putAppraisal(cycleId, unitId, score, user.username(), now);
        history.history(cycleId, unitId, null, "PUBLIC_APPRAISAL", user.username(), before, score, now);
        audit.record(AuditKind.ADJUSTMENT, user, cycleId, unitId, "公众评议得分", before, score);
    }
}
