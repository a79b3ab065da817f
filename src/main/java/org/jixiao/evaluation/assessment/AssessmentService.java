package org.jixiao.evaluation.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.audit.AuditKind;
import org.jixiao.evaluation.assessment.Participants.Participant;
import org.jixiao.organization.Account;
import org.jixiao.organization.AccountRepository;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.plan.PlanStatuses;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 考评: rater scores (集中考评组打分), assessed tiers (考评定档, by the office or a lead department), peer
 * grades (同组互评定档) and rater assignments. Every change is checked against who is asking and
 * recorded in the history with its previous value.
 */
@Service
public class AssessmentService {

    private final Participants participants;
    private final SettingsService settings;
    private final AssessmentRepository repository;
    private final AccountRepository accounts;
    private final EvaluationAccess access;
    private final EvaluationAudit audit;
    private final PlanStatuses plans;
    private final Clock clock;

    AssessmentService(Participants participants, SettingsService settings, AssessmentRepository repository,
                      AccountRepository accounts, EvaluationAccess access, EvaluationAudit audit, PlanStatuses plans,
                      Clock clock) {
        this.participants = participants;
        this.settings = settings;
        this.repository = repository;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.plans = plans;
        this.clock = clock;
    }

    // ---- rater scores ------------------------------------------------------------------------

    /**
     * Sets (or, with {@code null}, withdraws) the rater's score without comparing it with what a form
     * showed: for demonstration data and fixtures that write without a page. Every other check applies.
     * Forms and the API call {@link #score(long, long, UUID, BigDecimal, String, CurrentUser)} with what they read.
     */
    @Transactional
    public void scoreWithoutReadCheck(long cycleId, long unitId, UUID rowId, @Nullable BigDecimal score,
                                      CurrentUser user) {
        score(cycleId, unitId, rowId, score, null, user);
    }

    /**
     * Sets the rater's score provided it is still as the form read it: {@code readAt} is when the shown
     * score was saved (empty when the form showed none, {@code null} when the caller does not check).
     * A save over a newer score is refused with SCORE_STALE, never silently lost.
     */
    @Transactional
    public void score(long cycleId, long unitId, UUID rowId, @Nullable BigDecimal score, @Nullable String readAt,
                      CurrentUser user) {
        Participant participant = participants.one(cycleId, unitId);
        access.requireScore(cycleId, user, participant);
        plans.requireApproved(cycleId, unitId);
        ScoredRow row = participants.row(participant, rowId);
        if (score != null && (score.signum() < 0 || score.compareTo(row.weight().value()) > 0)) {
            throw new IllegalArgumentException("指标 " + row.code() + " 的评分 " + score.toPlainString()
                    + " 超出范围，应在 0 到权重 " + row.weight() + " 之间");
        }
        if (score != null && score.scale() > 2 && score.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("评分最多保留两位小数");
        }
        Optional<BigDecimal> before = repository.score(cycleId, rowId, user.accountId());
        Optional<Instant> savedAt = repository.scoreSavedAt(cycleId, rowId, user.accountId());
        if (readAt != null && !readAt.equals(savedAt.map(Instant::toString).orElse(""))) {
            // Read again: a concurrent save may have committed between the two reads above.
            Optional<BigDecimal> current = repository.score(cycleId, rowId, user.accountId());
            throw Refused.conflict("SCORE_STALE", savedAt.isEmpty() || current.isEmpty()
                    ? "该指标的评分已被撤回，请刷新页面后重新打分"
                    : "该指标的评分刚被另一次保存改为 " + current.get().toPlainString()
                    + "，为免覆盖，本次未保存；请刷新页面，核对后再保存");
        }
        Instant now = clock.instant();
        repository.putScore(cycleId, unitId, rowId, user.accountId(), score, now, readAt);
        repository.history(cycleId, unitId, rowId, "RATER_SCORE", user.username(), before.orElse(null), score, now);
        audit.record(AuditKind.SCORE, user, cycleId, unitId, "考评组打分 " + EvaluationAudit.row(row),
                before.orElse(null), score);
    }

    // ---- tiers -------------------------------------------------------------------------------

    /**
     * 考评定档 without comparing with what a form showed and without an override reason: for
     * demonstration data and fixtures that write without a page. The office changing a lead
     * department's tier is still refused here (it needs a reason); every other check applies.
     */
    @Transactional
    public void gradeWithoutReadCheck(long cycleId, long unitId, UUID rowId, @Nullable Integer tier,
                                      CurrentUser user) {
        grade(cycleId, unitId, rowId, tier, null, null, user);
    }

    /**
     * 考评定档 with the checks of a form: {@code readAt} is when the shown tier was saved (empty when
     * none was shown, {@code null} when the caller does not check) — a grading over a newer tier is
     * refused with TIER_STALE; the office changing a tier a lead department set needs a {@code reason},
     * kept with the tier and in the audit trail.
     */
    @Transactional
    public void grade(long cycleId, long unitId, UUID rowId, @Nullable Integer tier, @Nullable String readAt,
                      @Nullable String reason, CurrentUser user) {
        Participant participant = participants.one(cycleId, unitId);
        ScoredRow row = participants.row(participant, rowId);
        EvaluationSettings s = settings.settings(cycleId);
        String source;
        if (user.isAdmin()) {
            source = "OFFICE";
        } else if (user.role() == Role.LEAD_DEPARTMENT) {
            String department = settings.leadDepartmentOf(user)
                    .orElseThrow(() -> new AccessDeniedException("账号未关联牵头部门"));
            if (!s.leadFor(row).map(LeadDepartment::name).orElse("").equals(department)) {
                throw new AccessDeniedException("该指标不由" + department + "评定");
            }
            source = "LEAD_DEPARTMENT";
        } else {
            throw new AccessDeniedException("只有考评办或牵头部门可以考评定档");
        }
        plans.requireApproved(cycleId, unitId);
        if (tier != null) {
            SelfEvaluationService.requireTier(s.scheme(s.schemeFor(row)), tier, row);
        }
        Instant now = clock.instant();
        AssessmentRepository.StoredTier before = repository.tiers(cycleId).get(rowId);
        if (readAt != null && !readAt.equals(before == null ? "" : before.at().toString())) {
            throw Refused.conflict("TIER_STALE", before == null
                    ? "该指标的档次已被撤销，请刷新页面后重新定档"
                    : "该指标的档次刚被" + before.gradedBy() + "改为第 " + before.tier()
                    + " 档，为免覆盖，本次未保存；请刷新页面，核对后再定档");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        InputLength.TIER_OVERRIDE_REASON.check(why);
        boolean overridesLead = source.equals("OFFICE") && before != null && before.source().equals("LEAD_DEPARTMENT")
                && !java.util.Objects.equals(before.tier(), tier);
        if (overridesLead && why == null) {
            throw Refused.invalid("TIER_OVERRIDE_REASON", "该指标的档次由牵头部门（" + before.gradedBy()
                    + "）评定为第 " + before.tier() + " 档，考评办改动须填写理由");
        }
        if (tier == null && !overridesLead) {
            why = null;
        }
        repository.putTier(cycleId, unitId, rowId, tier, user.username(), source, now, why, readAt);
        repository.history(cycleId, unitId, rowId, "TIER", user.username(), before == null ? null : before.tier(),
                why == null ? tier : tier + "（理由：" + why + "）", now);
        audit.record(AuditKind.TIER, user, cycleId, unitId, (source.equals("OFFICE") ? "考评定档 " : "牵头部门定档 ")
                + EvaluationAudit.row(row),
                before == null ? null : EvaluationAudit.fields("档次", before.tier(), "评定", before.gradedBy()),
                why == null ? tier : EvaluationAudit.fields("档次", tier, "改动牵头部门评定的理由", why));
    }

    /** 同组互评定档 by a clerk of another unit of the same group. */
    @Transactional
    public void peerGrade(long cycleId, long unitId, UUID rowId, @Nullable Integer tier, CurrentUser user) {
        Participant participant = participants.one(cycleId, unitId);
        access.requirePeer(user, participant);
        plans.requireApproved(cycleId, unitId);
        ScoredRow row = participants.row(participant, rowId);
        EvaluationSettings s = settings.settings(cycleId);
        if (tier != null) {
            SelfEvaluationService.requireTier(s.scheme(s.schemeFor(row)), tier, row);
        }
        long grader = user.unitId();
        Integer before = repository.peerGrades(cycleId, unitId).stream()
                .filter(g -> g.rowId().equals(rowId) && g.graderUnitId() == grader)
                .map(AssessmentRepository.StoredPeerGrade::tier).findFirst().orElse(null);
        Instant now = clock.instant();
        repository.putPeerGrade(cycleId, unitId, rowId, grader, tier, user.username(), now);
        repository.history(cycleId, unitId, rowId, "PEER_GRADE", user.username(), before, tier, now);
        audit.record(AuditKind.TIER, user, cycleId, unitId, "同组互评定档 " + EvaluationAudit.row(row)
                + "（评定单位 " + grader + "）", before, tier);
    }

    // ---- the sheet a page shows --------------------------------------------------------------

    /** What the signed-in user may do on a unit's assessment sheet. */
    public record Permissions(boolean score, boolean grade, @Nullable String leadDepartment, boolean peer,
                              boolean seeAllScores) {
    }

    /** A unit's rows with every assessment input the user may see. */
    public record Sheet(Participant participant, EvaluationSettings settings, Permissions permissions,
                        Map<UUID, AssessmentRepository.StoredTier> tiers,
                        List<AssessmentRepository.StoredScore> scores,
                        List<AssessmentRepository.StoredPeerGrade> peerGrades, long viewerAccountId,
                        @Nullable Long viewerUnitId) {

        public @Nullable Integer tierOf(UUID rowId) {
            AssessmentRepository.StoredTier tier = tiers.get(rowId);
            return tier == null ? null : tier.tier();
        }

        /** When the shown tier was saved, for the form to send back ("" when there is none). */
        public String tierReadAt(UUID rowId) {
            AssessmentRepository.StoredTier tier = tiers.get(rowId);
            return tier == null ? "" : tier.at().toString();
        }

        /** When the viewer's shown score was saved, for the form to send back ("" when there is none). */
        public String myScoreReadAt(UUID rowId) {
            return scores.stream().filter(s -> s.rowId().equals(rowId) && s.raterAccountId() == viewerAccountId)
                    .map(s -> s.at().toString()).findFirst().orElse("");
        }

        /** Whether the office changing this row's tier overrides a lead department, and so needs a reason. */
        public boolean overridesLead(UUID rowId) {
            AssessmentRepository.StoredTier tier = tiers.get(rowId);
            return permissions.grade() && tier != null && tier.source().equals("LEAD_DEPARTMENT");
        }

        /** Who set the row's tier: "牵头部门 lead1" / "考评办 admin", empty when none. */
        public String tierSetBy(UUID rowId) {
            AssessmentRepository.StoredTier tier = tiers.get(rowId);
            return tier == null ? "" : WhoSet.role(tier.source()) + " " + tier.gradedBy();
        }

        public List<String> tierNames(ScoredRow row) {
            return settings.scheme(settings.schemeFor(row)).tierNames();
        }

        public String schemeOf(ScoredRow row) {
            return settings.schemeFor(row);
        }

        public String leadOf(ScoredRow row) {
            return settings.leadFor(row).map(LeadDepartment::name).orElse("");
        }

        public boolean canGrade(ScoredRow row) {
            return permissions.grade() || (permissions.leadDepartment() != null
                    && permissions.leadDepartment().equals(leadOf(row)));
        }

        public @Nullable BigDecimal myScore(UUID rowId) {
            return scores.stream().filter(s -> s.rowId().equals(rowId) && s.raterAccountId() == viewerAccountId)
                    .map(AssessmentRepository.StoredScore::score).findFirst().orElse(null);
        }

        public List<AssessmentRepository.StoredScore> scoresOf(UUID rowId) {
            return scores.stream().filter(s -> s.rowId().equals(rowId)).toList();
        }

        public List<AssessmentRepository.StoredPeerGrade> peerGradesOf(UUID rowId) {
            return peerGrades.stream().filter(g -> g.rowId().equals(rowId)).toList();
        }

        public @Nullable Integer myPeerGrade(UUID rowId) {
            return peerGrades.stream().filter(g -> g.rowId().equals(rowId) && viewerUnitId != null
                    && g.graderUnitId() == viewerUnitId).map(AssessmentRepository.StoredPeerGrade::tier)
                    .findFirst().orElse(null);
        }

        /** 互评 spread: lowest–highest tier given by the group, for the office. */
        public String peerSpread(UUID rowId) {
            List<Integer> tiers = peerGradesOf(rowId).stream().map(AssessmentRepository.StoredPeerGrade::tier).sorted().toList();
            if (tiers.isEmpty()) {
                return "";
            }
            return tiers.get(0).equals(tiers.get(tiers.size() - 1)) ? String.valueOf(tiers.get(0))
                    : tiers.get(0) + "–" + tiers.get(tiers.size() - 1);
        }
    }

    public Sheet sheet(long cycleId, long unitId, CurrentUser user) {
        Participant participant = participants.one(cycleId, unitId);
        access.requireReadAssessment(cycleId, user, participant);
        boolean rater = access.isAssignedRater(cycleId, user, participant);
        String lead = settings.leadDepartmentOf(user).orElse(null);
        Permissions permissions = new Permissions(rater, user.isAdmin(), lead, access.isPeerClerk(user, participant),
                user.isAdmin());
        // the unit's scores and tiers only, not the cycle's
        List<AssessmentRepository.StoredScore> scores = repository.scores(cycleId, unitId).stream()
                .filter(s -> user.isAdmin() || s.raterAccountId() == user.accountId())
                .toList();
        List<AssessmentRepository.StoredPeerGrade> peers = repository.peerGrades(cycleId, unitId).stream()
                .filter(g -> user.isAdmin() || (user.unitId() != null && g.graderUnitId() == user.unitId()))
                .toList();
        return new Sheet(participant, settings.settings(cycleId), permissions, repository.tiers(cycleId, unitId), scores,
                peers,
                user.accountId(), user.unitId());
    }

    /** A lead department's items across every unit of the cycle. */
    public record LeadItem(Participant participant, ScoredRow row, @Nullable Integer tier, List<String> tierNames,
                           String readAt, String setBy) {
    }

    public List<LeadItem> leadItems(long cycleId, CurrentUser user) {
        String department = settings.leadDepartmentOf(user)
                .orElseThrow(() -> new AccessDeniedException("只有牵头部门账号可以查看牵头评定的指标"));
        EvaluationSettings s = settings.settings(cycleId);
        Map<UUID, AssessmentRepository.StoredTier> tiers = repository.tiers(cycleId);
        List<LeadItem> items = new ArrayList<>();
        for (Participant p : participants.all(cycleId)) {
            for (ScoredRow row : p.rows().rows()) {
                if (s.leadFor(row).map(LeadDepartment::name).orElse("").equals(department)) {
                    AssessmentRepository.StoredTier tier = tiers.get(row.rowId());
                    items.add(new LeadItem(p, row, tier == null ? null : tier.tier(),
                            s.scheme(s.schemeFor(row)).tierNames(), tier == null ? "" : tier.at().toString(),
                            tier == null ? "" : WhoSet.role(tier.source()) + " " + tier.gradedBy()));
                }
            }
        }
        return items;
    }

    public List<AssessmentRepository.HistoryEntry> history(long cycleId, long unitId, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        participants.one(cycleId, unitId);
        return repository.history(cycleId, unitId);
    }

    // ---- rater assignments -------------------------------------------------------------------

    public record Assignments(List<Participant> participants, List<Account> raters,
                              List<AssessmentRepository.Assignment> assignments) {

        public List<AssessmentRepository.Assignment> of(long unitId) {
            return assignments.stream().filter(a -> a.unitId() == unitId).toList();
        }
    }

    public Assignments assignments(long cycleId, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        return new Assignments(participants.all(cycleId), raters(), repository.assignments(cycleId));
    }

    /** Ids of the units the signed-in rater is assigned to (not their own), in one query. */
    public java.util.Set<Long> assignedUnitIds(long cycleId, CurrentUser user) {
        if (user.role() != Role.RATER) {
            return java.util.Set.of();
        }
        java.util.Set<Long> assigned = repository.assignedUnitIds(cycleId, user.accountId());
        assigned.removeIf(user::belongsTo);
        return assigned;
    }

    /** Units the signed-in rater is assigned to. */
    public List<Participant> assignedUnits(long cycleId, CurrentUser user) {
        if (user.role() != Role.RATER) {
            return List.of();
        }
        java.util.Set<Long> assigned = assignedUnitIds(cycleId, user);
        return participants.all(cycleId).stream().filter(p -> assigned.contains(p.unitId())).toList();
    }

    @Transactional
    public void assign(long cycleId, long raterAccountId, long unitId, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        Participant participant = participants.one(cycleId, unitId);
        Account rater = accounts.findById(raterAccountId).filter(a -> a.role() == Role.RATER)
                .orElseThrow(() -> Refused.notFound("RATER_NOT_FOUND", "考评组成员账号不存在：" + raterAccountId));
        if (rater.unitId() != null && rater.unitId() == unitId) {
            throw Refused.invalid("OWN_UNIT", rater.displayName() + "属于" + participant.unit().name()
                    + "，不能考评本单位");
        }
        if (repository.isAssignedToUnit(cycleId, raterAccountId, unitId)) {
            return;
        }
        int max = settings.settings(cycleId).scoring().maxRaters();
        if (!repository.isAssigned(cycleId, raterAccountId, unitId) && repository.assignedCount(cycleId, unitId) >= max) {
            throw Refused.conflict("TOO_MANY_RATERS", participant.unit().name() + "已分配 " + max
                    + " 名考评组成员，达到评分规则的人数上限");
        }
        Instant now = clock.instant();
        repository.assign(cycleId, raterAccountId, unitId, user.username(), now);
        repository.history(cycleId, unitId, null, "ASSIGN_RATER", user.username(), null, rater.username(), now);
        audit.record(AuditKind.SETTINGS, user, cycleId, unitId, "考评组分配：" + rater.username(), null,
                EvaluationAudit.fields("考评组成员", rater.username(), "参评单位", unitId));
    }

    @Transactional
    public void unassign(long cycleId, long raterAccountId, long unitId, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        participants.one(cycleId, unitId);
        if (!repository.isAssigned(cycleId, raterAccountId, unitId)) {
            return;
        }
        Instant now = clock.instant();
        repository.unassign(cycleId, raterAccountId, unitId);
        repository.history(cycleId, unitId, null, "UNASSIGN_RATER", user.username(), raterAccountId, null, now);
        String rater = accounts.findById(raterAccountId).map(Account::username).orElse("账号 " + raterAccountId);
        audit.record(AuditKind.SETTINGS, user, cycleId, unitId, "取消考评组分配：" + rater,
                EvaluationAudit.fields("考评组成员", rater, "参评单位", unitId), null);
    }

    private List<Account> raters() {
        return accounts.findAll().stream().filter(a -> a.role() == Role.RATER && a.enabled())
                .sorted(java.util.Comparator.comparing(Account::username)).toList();
    }
}
