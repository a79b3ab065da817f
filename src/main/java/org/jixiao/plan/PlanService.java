package org.jixiao.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitRepository;
import org.jixiao.plan.PlanOutcome.Moved;
import org.jixiao.plan.PlanOutcome.Refusal;
import org.jixiao.table.Finding;
import org.jixiao.table.TargetTable;
import org.jixiao.web.MaxLength;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a unit's plan through its transitions on behalf of a user: works out what the user is to
 * the plan, lets the {@link Plan} decide, stores the step or turns the refusal into a
 * {@link Refused} with its code, its message and the findings behind it.
 */
@Service
public class PlanService {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final TargetTableRepository tables;
    private final TargetTableService tableService;
    private final UnitRepository units;
    private final PlanVersions versions;
    private final PlanVersionRepository versionRecords;
    private final PlanAudit audit;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanAccess access, TargetTableRepository tables, TargetTableService tableService,
                UnitRepository units, PlanVersions versions, PlanVersionRepository versionRecords, PlanAudit audit,
                Clock clock) {
        this.plans = plans;
        this.access = access;
        this.tables = tables;
        this.tableService = tableService;
        this.units = units;
        this.versions = versions;
        this.versionRecords = versionRecords;
        this.audit = audit;
        this.clock = clock;
    }

    /** The table a plan is about, named by its cycle and unit. */
    public record TableRef(UUID tableId, long cycleId, long unitId) {
    }

    /** The table by its id, if the user may read it; 404 otherwise. */
    public TableRef table(UUID tableId, CurrentUser user) {
        TargetTableRepository.Summary summary = tables.summary(tableId)
                .orElseThrow(() -> new TableNotFoundException(tableId));
        return readable(new TableRef(tableId, summary.cycleId(), summary.unitId()), user);
    }

    /** The unit's table of the cycle, if it has one and the user may read it; 404 otherwise. */
    public TableRef table(long cycleId, long unitId, CurrentUser user) {
        UUID id = tables.findId(cycleId, unitId)
                .orElseThrow(() -> Refused.notFound("TABLE_NOT_FOUND", "该单位在本考评年度没有考评表"));
        return readable(new TableRef(id, cycleId, unitId), user);
    }

    public PlanSheet sheet(TableRef ref, CurrentUser user) {
        readable(ref, user);
        Plan plan = plans.plan(ref.cycleId(), ref.unitId());
        PlanActor actor = access.actor(user, ref.cycleId(), ref.unitId());
        List<PlanTransition> history = plans.transitions(ref.cycleId(), ref.unitId());
        List<ReturnNote> returns = history.stream().filter(t -> t.action() == PlanAction.RETURN)
                .map(t -> new ReturnNote(t.reason(), t.actor(), t.role(), t.at(), t.rows())).toList();
        boolean backWithUnit = plan.status() == PlanStatus.DRAFT && !history.isEmpty()
                && history.get(history.size() - 1).action() == PlanAction.RETURN;
        return new PlanSheet(plan, actor.role(), plan.allowedActions(actor), plans.peerReviewEnabled(ref.cycleId()),
                backWithUnit ? returns.get(returns.size() - 1) : null, returns, comments(ref, user, actor.role()),
                history, plan.mayComment(actor).isEmpty(),
                versionRecords.latestNumber(ref.cycleId(), ref.unitId()).orElse(null));
    }

    /**
     * Takes {@code action}; {@code text} is a return's, an adjustment's or a rejection's reason or the
     * 批复 text, {@code rows} the rows a return or an adjustment names. Answers the plan's new status; a
     * refusal changes nothing. The step is logged, audited and, where it approves or rejects, the
     * table's versions follow it, all in one transaction.
     */
    @Transactional
    public PlanStatus take(TableRef ref, PlanAction action, @Nullable String text, List<UUID> rows,
                           CurrentUser user) {
        readable(ref, user);
        MaxLength.check(text, "意见或原因", 4000);
        tables.lock(ref.tableId());
        Plan plan = plans.plan(ref.cycleId(), ref.unitId());
        PlanActor actor = access.actor(user, ref.cycleId(), ref.unitId());
        Instant now = clock.instant();
        PlanOutcome outcome = switch (action) {
            case SUBMIT -> plan.submit(actor, findings(ref), now);
            case START_PEER_REVIEW -> plan.startPeerReview(actor, plans.peerReviewEnabled(ref.cycleId()), now);
            case FINISH_PEER_REVIEW -> plan.finishPeerReview(actor, now);
            case PASS_OFFICE_REVIEW -> plan.passOfficeReview(actor, now);
            case LEADER_APPROVE -> plan.leaderApprove(actor, now);
            case APPROVE -> plan.approve(actor, text, now);
            case PUBLISH -> plan.publish(actor, now);
            case RETURN -> plan.returnForRevision(actor, text, rows, now);
            case REQUEST_ADJUSTMENT -> plan.requestAdjustment(actor, text, rows, now);
            case APPROVE_ADJUSTMENT -> plan.approveAdjustment(actor, findings(ref), text, now);
            case REJECT_ADJUSTMENT -> plan.rejectAdjustment(actor, text, now);
        };
        if (outcome instanceof Refusal refusal) {
            throw refused(refusal);
        }
        Moved moved = (Moved) outcome;
        TargetTable table = table(ref);
        requireRows(ref, table, moved.transition().rows());
        plans.record(plan, moved);
        versions.afterTransition(ref, plan, moved, user);
        audit.transition(ref.cycleId(), ref.unitId(), moved.transition(), RowContent.of(table).stream()
                .collect(Collectors.toMap(RowContent::id, RowContent::label, (a, b) -> a)), user);
        return moved.plan().status();
    }

    /** 同组互审意见 on one row, by a clerk of another unit of the group while the peer review runs. */
    @Transactional
    public void comment(TableRef ref, UUID rowId, @Nullable String text, CurrentUser user) {
        readable(ref, user);
        Plan plan = plans.plan(ref.cycleId(), ref.unitId());
        plan.mayComment(access.actor(user, ref.cycleId(), ref.unitId())).ifPresent(refusal -> {
            throw refused(refusal);
        });
        if (text == null || text.isBlank()) {
            throw Refused.invalid(PlanProblem.COMMENT_REQUIRED.code(), "请填写互审意见");
        }
        MaxLength.check(text, "互审意见", 2000);
        requireRows(ref, table(ref), List.of(rowId));
        plans.addComment(ref.cycleId(), ref.unitId(), user.unitId(), rowId, text.strip(), user.username(),
                clock.instant());
    }

    public boolean peerReviewEnabled(long cycleId) {
        return plans.peerReviewEnabled(cycleId);
    }

    /** Whether submitted tables of the cycle go through 同组互审 (the office decides). */
    @Transactional
    public void setPeerReviewEnabled(long cycleId, boolean enabled, CurrentUser user) {
        if (!user.isAdmin()) {
            throw Refused.forbidden(PlanProblem.NOT_ALLOWED.code(), "只有考评办可以设置是否开展同组互审");
        }
        plans.setPeerReviewEnabled(cycleId, enabled);
    }

    private TableRef readable(TableRef ref, CurrentUser user) {
        if (!access.canRead(user, ref.cycleId(), ref.unitId())) {
            throw new TableNotFoundException(ref.tableId());
        }
        return ref;
    }

    private List<Finding> findings(TableRef ref) {
        return tableService.check(table(ref));
    }

    private TargetTable table(TableRef ref) {
        return tables.find(ref.tableId()).orElseThrow(() -> new TableNotFoundException(ref.tableId())).table();
    }

    private static void requireRows(TableRef ref, TargetTable table, List<UUID> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<UUID> unknown = rows.stream()
                .filter(id -> table.firstLevel(id).isEmpty() && table.secondLevel(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new Refused(Refused.Kind.INVALID, PlanProblem.UNKNOWN_ROW.code(),
                    "所选指标不属于该考评表，请刷新后重新选择", unknown);
        }
    }

    /** The office reads every comment; a peer reads its own unit's; the unit reads them through the office. */
    private List<PeerComment> comments(TableRef ref, CurrentUser user, PlanRole role) {
        if (role != PlanRole.OFFICE && role != PlanRole.PEER) {
            return List.of();
        }
        List<PeerComment> all = plans.comments(ref.cycleId(), ref.unitId()).stream()
                .filter(c -> role == PlanRole.OFFICE || user.belongsTo(c.reviewerUnitId())).toList();
        Map<Long, String> names = units.findAllById(all.stream().map(PeerComment::reviewerUnitId).distinct().toList())
                .stream().collect(Collectors.toMap(Unit::id, Unit::shortName, (a, b) -> a));
        List<PeerComment> named = new ArrayList<>();
        for (PeerComment c : all) {
            named.add(new PeerComment(c.id(), c.reviewerUnitId(), names.getOrDefault(c.reviewerUnitId(), ""), c.rowId(),
                    c.text(), c.author(), c.at()));
        }
        return named;
    }

    private static Refused refused(Refusal refusal) {
        Refused.Kind kind = refusal.problem() == PlanProblem.NOT_ALLOWED ? Refused.Kind.FORBIDDEN : Refused.Kind.CONFLICT;
        return new Refused(kind, refusal.code(), refusal.message(), refusal.findings());
    }
}
