package org.jixiao.evaluation.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.audit.AuditKind;
import org.jixiao.evaluation.GradeScheme;
import org.jixiao.evaluation.assessment.Participants.Participant;
import org.jixiao.evidence.EvidenceFile;
import org.jixiao.evidence.EvidenceFiles;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.plan.PlanStatuses;
import org.jixiao.tracking.TrackedProgress;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 自评: the unit's clerk fills in each row (完成情况, 定档举证, proposed tier, evidence files) and submits;
 * submitting locks it until the office reopens it with a reason.
 */
@Service
public class SelfEvaluationService {

    private final Participants participants;
    private final SettingsService settings;
    private final SelfEvaluationRepository repository;
    private final EvaluationAccess access;
    private final EvidenceFiles evidenceFiles;
    private final EvaluationAudit audit;
    private final PlanStatuses plans;
    private final TrackedProgress tracked;
    private final Clock clock;

    SelfEvaluationService(Participants participants, SettingsService settings, SelfEvaluationRepository repository,
                          EvaluationAccess access, EvidenceFiles evidenceFiles,
                          EvaluationAudit audit, PlanStatuses plans, TrackedProgress tracked, Clock clock) {
        this.participants = participants;
        this.settings = settings;
        this.repository = repository;
        this.access = access;
        this.evidenceFiles = evidenceFiles;
        this.audit = audit;
        this.plans = plans;
        this.tracked = tracked;
        this.clock = clock;
    }

    /** A unit's self-evaluation as a page shows it. */
    public record View(Participant participant, EvaluationSettings settings, Map<UUID, SelfEvaluation> evaluations,
                       List<EvidenceFile> evidence, Submission submission, List<Submission.Transition> transitions,
                       boolean editable, boolean canSubmit, boolean canReopen, Map<UUID, String> tracked) {

        /** The progress reported during the year, where the self-evaluation has no 完成情况 yet. */
        public String trackedOf(UUID rowId) {
            return tracked.getOrDefault(rowId, "");
        }

        public List<EvidenceFile> evidenceOf(UUID rowId) {
            return evidence.stream().filter(f -> f.rowId().equals(rowId)).toList();
        }

        public @Nullable SelfEvaluation of(UUID rowId) {
            return evaluations.get(rowId);
        }

        public List<String> tierNames(ScoredRow row) {
            return settings.scheme(settings.schemeFor(row)).tierNames();
        }

        /** The rows without 完成情况: what submitting now leaves unfilled, shown before the confirmation. */
        public List<ScoredRow> unfilled() {
            return SelfEvaluationService.unfilled(participant, evaluations);
        }

        public int filledCount() {
            return participant.rows().rows().size() - unfilled().size();
        }

        /** The cycle's minimum share of filled rows, shown before the clerk clicks 提交. */
        public SubmissionMinimum minimum() {
            return settings.submissionMinimum();
        }

        /** The share of rows with 完成情况 now, in whole percent rounded down. */
        public int filledShare() {
            return SubmissionMinimum.share(filledCount(), participant.rows().rows().size());
        }

        /** Whether the filled rows reach the minimum, so that submitting is not refused for it. */
        public boolean reachesMinimum() {
            return minimum().isMetBy(filledCount(), participant.rows().rows().size());
        }
    }

    public View view(long cycleId, long unitId, CurrentUser user) {
        Participant participant = participants.one(cycleId, unitId);
        access.requireReadAssessment(cycleId, user, participant);
        Submission submission = submission(cycleId, unitId);
        boolean clerk = user.role() == Role.UNIT_CLERK && user.actsFor(unitId);
        Map<UUID, SelfEvaluation> evaluations = repository.evaluations(cycleId, unitId);
        List<EvidenceFile> evidence = evidenceFiles.ofUnit(cycleId, unitId);
        Optional<Set<UUID>> led = ledRows(cycleId, participant, user);
        if (led.isPresent()) {
            // a lead department reads the unit's self-evaluation of its own items only
            evaluations = evaluations.entrySet().stream().filter(e -> led.get().contains(e.getKey()))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            evidence = evidence.stream().filter(f -> led.get().contains(f.rowId())).toList();
        }
        return new View(participant, settings.settings(cycleId), evaluations,
                evidence, submission, repository.transitions(cycleId, unitId),
                (clerk || user.isAdmin()) && !submission.isLocked(), clerk && !submission.isLocked(),
                user.isAdmin() && submission.isLocked(),
                led.isPresent() ? Map.of() : tracked.completionText(cycleId, unitId));
    }

    @Transactional
    public void save(long cycleId, long unitId, UUID rowId, String completion, String evidenceText,
                     @Nullable Integer proposedTier, CurrentUser user) {
        save(cycleId, unitId, rowId, completion, evidenceText, proposedTier, null, user);
    }

    /**
     * Saves the row's self-evaluation, provided it is still as the user read it: {@code readAt} is
     * the time of the saved version the form showed, empty when it showed none, {@code null} when the
     * caller does not check. A save over somebody else's newer save is refused, never silently lost.
     */
    @Transactional
    public void save(long cycleId, long unitId, UUID rowId, String completion, String evidenceText,
                     @Nullable Integer proposedTier, @Nullable String readAt, CurrentUser user) {
        InputLength.COMPLETION.check(completion);
        InputLength.EVIDENCE_TEXT.check(evidenceText);
        Participant participant = requireEditable(cycleId, unitId, user);
        ScoredRow row = participants.row(participant, rowId);
        if (proposedTier != null) {
            EvaluationSettings s = settings.settings(cycleId);
            requireTier(s.scheme(s.schemeFor(row)), proposedTier, row);
        }
        SelfEvaluation saved = new SelfEvaluation(rowId, completion, evidenceText, proposedTier, clock.instant(),
                user.username());
        SelfEvaluation before = repository.evaluation(cycleId, rowId).orElse(null);
        if (readAt != null && !readAt.equals(before == null ? "" : before.updatedAt().toString())) {
            throw Refused.conflict("SELF_EVALUATION_STALE", before == null
                    ? "该指标的自评已被删除，请刷新页面后重新填写"
                    : "该指标的自评刚被" + before.updatedBy() + "修改过，为免覆盖，本次未保存；请刷新页面，核对后再保存");
        }
        repository.save(cycleId, unitId, saved);
        audit.record(AuditKind.SELF_EVALUATION, user, cycleId, unitId, "自评 " + EvaluationAudit.row(row),
                before == null ? null : state(before), state(saved));
    }

    private static Object state(SelfEvaluation e) {
        return EvaluationAudit.fields("完成情况", e.completion(), "定档举证", e.evidenceText(), "自评档次", e.proposedTier());
    }

    /**
     * Submits the unit's self-evaluation. Refused (SELF_SUBMIT_BELOW_MINIMUM, naming filled/total and the
     * minimum) while fewer rows have 完成情况 than the cycle's minimum share; then {@code confirmedUnfilled}
     * is the number of rows without 完成情况 the clerk saw and confirmed submitting so: refused
     * (SELF_SUBMIT_CONFIRM, with the unfilled rows) when it is not that number (-1: not confirmed).
     */
    @Transactional
    public void submit(long cycleId, long unitId, int confirmedUnfilled, CurrentUser user) {
        Participant participant = participants.one(cycleId, unitId);
        if (!(user.role() == Role.UNIT_CLERK && user.actsFor(unitId))) {
            throw new AccessDeniedException("只有本单位经办人可以提交自评");
        }
        plans.requireApproved(cycleId, unitId);
        List<ScoredRow> unfilled = unfilled(participant, repository.evaluations(cycleId, unitId));
        int total = participant.rows().rows().size();
        int filled = total - unfilled.size();
        SubmissionMinimum minimum = settings.settings(cycleId).submissionMinimum();
        if (!minimum.isMetBy(filled, total)) {
            throw new Refused(Refused.Kind.INVALID, "SELF_SUBMIT_BELOW_MINIMUM", minimum.refusal(filled, total),
                    List.of(java.util.Map.of("filled", filled, "total", total, "minimumPercent", minimum.percent(),
                            "rowsNeeded", minimum.rowsNeeded(total))));
        }
        if (confirmedUnfilled != unfilled.size()) {
            throw new Refused(Refused.Kind.INVALID, "SELF_SUBMIT_CONFIRM", unfilled.isEmpty()
                    ? "请勾选确认后再提交自评"
                    : "尚有 " + unfilled.size() + " 项未填写完成情况（" + unfilled.stream().limit(10)
                    .map(r -> r.code().value()).collect(java.util.stream.Collectors.joining("、"))
                    + (unfilled.size() > 10 ? " 等" : "") + "），请核对并勾选“确认提交”后再提交",
                    unfilled.stream().map(r -> r.code().value()).toList());
        }
        Submission before = submission(cycleId, unitId);
        Submission.Outcome outcome = before.submit(user.username(), clock.instant());
        repository.record(outcome);
        audit.record(AuditKind.SELF_EVALUATION, user, cycleId, unitId, "自评 提交",
                EvaluationAudit.fields("状态", before.status()), EvaluationAudit.fields("状态", outcome.submission().status()));
    }

    static List<ScoredRow> unfilled(Participant participant, Map<UUID, SelfEvaluation> evaluations) {
        return participant.rows().rows().stream().filter(r -> {
            SelfEvaluation e = evaluations.get(r.rowId());
            return e == null || e.completion() == null || e.completion().isBlank();
        }).toList();
    }

    @Transactional
    public void reopen(long cycleId, long unitId, String reason, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        InputLength.REOPEN_REASON.check(reason);
        participants.one(cycleId, unitId);
        Submission before = submission(cycleId, unitId);
        Submission.Outcome outcome = before.reopen(user.username(), clock.instant(), reason);
        repository.record(outcome);
        audit.record(AuditKind.SELF_EVALUATION, user, cycleId, unitId, "自评 退回修改",
                EvaluationAudit.fields("状态", before.status()), EvaluationAudit.fields("状态",
                        outcome.submission().status(), "退回原因", outcome.transition().reason()));
    }

    @Transactional
    public EvidenceFile upload(long cycleId, long unitId, UUID rowId, String fileName, String contentType, long size,
                               InputStream content, CurrentUser user) {
        Participant participant = requireEditable(cycleId, unitId, user);
        ScoredRow row = participants.row(participant, rowId);
        EvidenceFile file = evidenceFiles.store(cycleId, unitId, rowId, null,
                new EvidenceFiles.Upload(fileName, contentType, size, content), user.username());
        audit.record(AuditKind.EVIDENCE, user, cycleId, unitId, "佐证材料 " + EvaluationAudit.row(row) + "：" + file.fileName(),
                null, evidence(file));
        return file;
    }

    private static Object evidence(EvidenceFile file) {
        return EvaluationAudit.fields("文件", file.fileName(), "大小", file.size(), "类型", file.contentType(),
                "SHA-256", file.sha256(), "编号", file.id());
    }

    /** An evidence file and its content, for whoever may read the unit's self-evaluation. */
    public record Download(EvidenceFile file, InputStream content) {
    }

    public Download download(long cycleId, UUID fileId, CurrentUser user) {
        EvidenceFile file = evidenceFiles.find(fileId).filter(f -> f.cycleId() == cycleId)
                .orElseThrow(() -> new NotFound("文件不存在"));
        Participant participant = participants.one(cycleId, file.unitId());
        access.requireReadAssessment(cycleId, user, participant);
        if (ledRows(cycleId, participant, user).map(rows -> !rows.contains(file.rowId())).orElse(false)) {
            throw new AccessDeniedException("牵头部门只能查看本部门负责指标的佐证材料");
        }
        try {
            return new Download(file, evidenceFiles.open(file));
        } catch (IOException e) {
            throw new NotFound("文件内容缺失");
        }
    }

    @Transactional
    public void deleteEvidence(long cycleId, UUID fileId, CurrentUser user) {
        EvidenceFile file = evidenceFiles.find(fileId).filter(f -> f.cycleId() == cycleId)
                .orElseThrow(() -> new NotFound("文件不存在"));
        Participant participant = requireEditable(cycleId, file.unitId(), user);
        evidenceFiles.delete(fileId);
        String row = participant.rows().row(file.rowId()).map(EvaluationAudit::row).orElse("行 " + file.rowId());
        audit.record(AuditKind.EVIDENCE, user, cycleId, file.unitId(), "删除佐证材料 " + row + "：" + file.fileName(),
                evidence(file), null);
    }

    /**
     * For a lead department, the rows of the unit's table that it leads (its items and categories);
     * empty for every other role, who read the whole self-evaluation or none of it.
     */
    private Optional<Set<UUID>> ledRows(long cycleId, Participant participant, CurrentUser user) {
        if (user.role() != Role.LEAD_DEPARTMENT) {
            return Optional.empty();
        }
        String department = settings.leadDepartmentOf(user).orElse("");
        EvaluationSettings current = settings.settings(cycleId);
        return Optional.of(participant.rows().rows().stream()
                .filter(row -> current.leadFor(row).map(LeadDepartment::name).orElse("").equals(department)
                        && !department.isEmpty())
                .map(ScoredRow::rowId)
                .collect(java.util.stream.Collectors.toSet()));
    }

    public Map<Long, SubmissionStatus> statuses(long cycleId) {
        return repository.statuses(cycleId);
    }

    private Participant requireEditable(long cycleId, long unitId, CurrentUser user) {
        Participant participant = participants.one(cycleId, unitId);
        if (!user.isAdmin() && !(user.role() == Role.UNIT_CLERK && user.actsFor(unitId))) {
            if (access.canReadAssessment(cycleId, user, participant)) {
                throw new AccessDeniedException("只有本单位经办人可以填写自评");
            }
            throw new NotFound("参评单位不存在");
        }
        plans.requireApproved(cycleId, unitId);
        submission(cycleId, unitId).requireEditable();
        return participant;
    }

    private Submission submission(long cycleId, long unitId) {
        return repository.submission(cycleId, unitId).orElseGet(() -> Submission.draft(cycleId, unitId, Instant.EPOCH));
    }

    static void requireTier(GradeScheme scheme, int tier, ScoredRow row) {
        if (tier < 1 || tier > scheme.tierCount()) {
            throw new IllegalArgumentException("指标 " + row.code() + " 的档次应在 1 到 " + scheme.tierCount()
                    + " 之间（" + String.join("、", scheme.tierNames()) + "）");
        }
    }
}
