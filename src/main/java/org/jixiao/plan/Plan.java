package org.jixiao.plan;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jixiao.plan.PlanOutcome.Moved;
import org.jixiao.plan.PlanOutcome.Refusal;
import org.jixiao.table.Finding;
import org.jspecify.annotations.Nullable;

/**
 * 绩效目标方案 — a unit's target table of a cycle on its way from draft to publication, with its named
 * transitions. Each transition checks, in this order, the state, who is asking and what they gave,
 * and returns either the plan moved on with the step to log, or a refusal with a stable code and a
 * message a person can act on. Nothing here throws for an expected refusal.
 *
 * <p>审定 has two steps in one state: the unit's leader confirms ({@link #leaderConfirmed}), then the
 * office gives its 批复. Any reviewer of the current state may return the table to the unit: the
 * office in every review state, the unit's leader while the table waits for their confirmation.
 *
 * <p>An approved table changes only through a mid-year adjustment (年中调整): the unit's clerk names
 * the rows and the reason ({@link #requestAdjustment}), the office approves the adjusted table
 * ({@link #approveAdjustment}) or rejects it ({@link #rejectAdjustment}); either way the plan returns
 * to the state it left.
 *
 * @param approvalText the office's 批复 text, empty before approval
 * @param adjustment   the open mid-year adjustment while {@link PlanStatus#ADJUSTING}, {@code null} otherwise
 */
public record Plan(long cycleId, long unitId, PlanStatus status, boolean leaderConfirmed, String approvalText,
                   Instant changedAt, String changedBy, @Nullable PlanAdjustment adjustment) {

    public Plan {
        approvalText = approvalText == null ? "" : approvalText;
        changedBy = changedBy == null ? "" : changedBy;
        if ((status == PlanStatus.ADJUSTING) != (adjustment != null)) {
            throw new IllegalArgumentException("年中调整中的考评表必须有调整申请，其他状态不能有");
        }
    }

    /** A plan without an open adjustment. */
    public Plan(long cycleId, long unitId, PlanStatus status, boolean leaderConfirmed, String approvalText,
                Instant changedAt, String changedBy) {
        this(cycleId, unitId, status, leaderConfirmed, approvalText, changedAt, changedBy, null);
    }

    /** A plan nobody has acted on yet: the table is a draft. */
    public static Plan draft(long cycleId, long unitId) {
        return new Plan(cycleId, unitId, PlanStatus.DRAFT, false, "", Instant.EPOCH, "");
    }

    public boolean isLocked() {
        return status.isLocked();
    }

    /** 提交: the clerk submits a table whose rule checks found no error; the errors are listed otherwise. */
    public PlanOutcome submit(PlanActor by, List<Finding> findings, Instant at) {
        return guarded(PlanAction.SUBMIT, by, () -> {
                List<Finding> errors = findings.stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                return new Refusal(PlanProblem.HAS_ERRORS,
                        "考评表还有 " + errors.size() + " 项错误，请按审核意见修改后再提交", errors);
            }
            return move(PlanAction.SUBMIT, PlanStatus.SUBMITTED, by, at);
        });
    }

    /** 开始审核: the office opens the peer review, or goes straight to its own review where the cycle has none. */
    public PlanOutcome startPeerReview(PlanActor by, boolean peerReviewEnabled, Instant at) {
        PlanStatus next = peerReviewEnabled ? PlanStatus.PEER_REVIEW : PlanStatus.OFFICE_REVIEW;
        return guarded(PlanAction.START_PEER_REVIEW, by, () -> move(PlanAction.START_PEER_REVIEW, next, by, at));
    }

    /** 结束互审: the office closes the peer review and audits the table itself (集中审核). */
    public PlanOutcome finishPeerReview(PlanActor by, Instant at) {
        return guarded(PlanAction.FINISH_PEER_REVIEW, by,
                () -> move(PlanAction.FINISH_PEER_REVIEW, PlanStatus.OFFICE_REVIEW, by, at));
    }

    /** 集中审核通过: the office passes the table on to the unit's leader (审定). */
    public PlanOutcome passOfficeReview(PlanActor by, Instant at) {
        return guarded(PlanAction.PASS_OFFICE_REVIEW, by,
                () -> move(PlanAction.PASS_OFFICE_REVIEW, PlanStatus.LEADER_APPROVAL, by, at));
    }

    /** 领导审定: the unit's leader confirms the table; it then waits for the office's 批复. */
    public PlanOutcome leaderApprove(PlanActor by, Instant at) {
        return guarded(PlanAction.LEADER_APPROVE, by, () -> new Moved(
                new Plan(cycleId, unitId, status, true, "", at, by.username()),
                new PlanTransition(PlanAction.LEADER_APPROVE, status, status, by.username(), by.role(), "", List.of(), at)));
    }

    /** 批复: the office approves the confirmed table with its 批复 text. */
    public PlanOutcome approve(PlanActor by, String approvalText, Instant at) {
        return guarded(PlanAction.APPROVE, by, () -> {
            if (approvalText == null || approvalText.isBlank()) {
                return new Refusal(PlanProblem.APPROVAL_TEXT_REQUIRED, "请填写批复意见");
            }
            String text = approvalText.strip();
            return new Moved(new Plan(cycleId, unitId, PlanStatus.APPROVED, true, text, at, by.username()),
                    new PlanTransition(PlanAction.APPROVE, status, PlanStatus.APPROVED, by.username(), by.role(), text,
                            List.of(), at));
        });
    }

    /** 公示: the office publishes the approved table. */
    public PlanOutcome publish(PlanActor by, Instant at) {
        return guarded(PlanAction.PUBLISH, by, () -> move(PlanAction.PUBLISH, PlanStatus.PUBLISHED, by, at));
    }

    /**
     * 退回修改: a reviewer of the current state sends the table back to the unit with a reason,
     * optionally naming the rows it concerns. The table is a draft again and must be submitted anew.
     */
    public PlanOutcome returnForRevision(PlanActor by, String reason, List<UUID> rows, Instant at) {
        return guarded(PlanAction.RETURN, by, () -> {
            if (reason == null || reason.isBlank()) {
                return new Refusal(PlanProblem.REASON_REQUIRED, "请填写退回原因，告知单位需要修改什么");
            }
            return new Moved(new Plan(cycleId, unitId, PlanStatus.DRAFT, false, "", at, by.username()),
                    new PlanTransition(PlanAction.RETURN, status, PlanStatus.DRAFT, by.username(), by.role(),
                            reason.strip(), rows.stream().distinct().toList(), at));
        });
    }

    /**
     * 申请年中调整: the unit's clerk asks to change the named rows of the approved or published table,
     * with a reason; until the office decides, only those rows may change.
     */
    public PlanOutcome requestAdjustment(PlanActor by, String reason, List<UUID> rows, Instant at) {
        return guarded(PlanAction.REQUEST_ADJUSTMENT, by, () -> {
            if (reason == null || reason.isBlank()) {
                return new Refusal(PlanProblem.REASON_REQUIRED, "请填写调整原因，说明为什么要调整这些指标");
            }
            if (rows.isEmpty()) {
                return new Refusal(PlanProblem.ADJUSTMENT_ROWS_REQUIRED,
                        "请选择要调整的指标：年中调整只能修改申请中列出的指标");
            }
            PlanAdjustment request = new PlanAdjustment(reason.strip(), rows, status, by.username(), at);
            return new Moved(new Plan(cycleId, unitId, PlanStatus.ADJUSTING, leaderConfirmed, approvalText, at,
                    by.username(), request), new PlanTransition(PlanAction.REQUEST_ADJUSTMENT, status,
                    PlanStatus.ADJUSTING, by.username(), by.role(), request.reason(), request.rows(), at));
        });
    }

    /**
     * 同意年中调整: the office accepts the adjusted table, provided its rule checks found no error; the
     * plan returns to where it was and the table becomes the next version. {@code text} is optional.
     */
    public PlanOutcome approveAdjustment(PlanActor by, List<Finding> findings, @Nullable String text, Instant at) {
        return guarded(PlanAction.APPROVE_ADJUSTMENT, by, () -> {
            List<Finding> errors = findings.stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                return new Refusal(PlanProblem.HAS_ERRORS, "调整后的考评表还有 " + errors.size()
                        + " 项错误，请驳回本次调整或由单位修改后再同意", errors);
            }
            return closeAdjustment(PlanAction.APPROVE_ADJUSTMENT, by, text == null ? "" : text.strip(), at);
        });
    }

    /** 驳回年中调整: the office refuses the adjustment with a reason; the table goes back to its last version. */
    public PlanOutcome rejectAdjustment(PlanActor by, String reason, Instant at) {
        return guarded(PlanAction.REJECT_ADJUSTMENT, by, () -> {
            if (reason == null || reason.isBlank()) {
                return new Refusal(PlanProblem.REASON_REQUIRED, "请填写驳回原因，告知单位为什么不同意本次调整");
            }
            return closeAdjustment(PlanAction.REJECT_ADJUSTMENT, by, reason.strip(), at);
        });
    }

    private Moved closeAdjustment(PlanAction action, PlanActor by, String text, Instant at) {
        PlanAdjustment open = Objects.requireNonNull(adjustment, "adjustment");
        return new Moved(new Plan(cycleId, unitId, open.resumeTo(), leaderConfirmed, approvalText, at, by.username()),
                new PlanTransition(action, status, open.resumeTo(), by.username(), by.role(), text, open.rows(), at));
    }

    /** 同组互审意见: a clerk of another unit of the group may comment on rows while the peer review runs. */
    public Optional<Refusal> mayComment(PlanActor by) {
        if (status != PlanStatus.PEER_REVIEW) {
            return Optional.of(new Refusal(PlanProblem.NOT_IN_STATE,
                    "考评表当前状态为“" + status.label() + "”，不在同组互审阶段，不能提出互审意见"));
        }
        if (by.role() != PlanRole.PEER) {
            return Optional.of(new Refusal(PlanProblem.NOT_ALLOWED, "只有同组其他单位的经办人可以提出互审意见"));
        }
        return Optional.empty();
    }

    /** The transitions {@code actor} may take now (leaving aside what they would have to give). */
    public Set<PlanAction> allowedActions(PlanActor actor) {
        Set<PlanAction> allowed = EnumSet.noneOf(PlanAction.class);
        for (PlanAction action : PlanAction.values()) {
            if (guard(action, actor).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private PlanOutcome guarded(PlanAction action, PlanActor by, Supplier<PlanOutcome> then) {
        Optional<Refusal> refused = guard(action, by);
        return refused.isPresent() ? refused.get() : then.get();
    }

    private Optional<Refusal> guard(PlanAction action, PlanActor by) {
        Optional<Refusal> state = requireState(action);
        if (state.isPresent()) {
            return state;
        }
        Optional<Refusal> role = requireRole(action, by.role());
        if (role.isPresent()) {
            return role;
        }
        if (action == PlanAction.APPROVE && !leaderConfirmed) {
            return Optional.of(new Refusal(PlanProblem.LEADER_NOT_CONFIRMED, "单位领导尚未审定，考评办暂不能批复"));
        }
        return Optional.empty();
    }

    private Optional<Refusal> requireState(PlanAction action) {
        boolean ok = switch (action) {
            case SUBMIT -> status == PlanStatus.DRAFT;
            case START_PEER_REVIEW -> status == PlanStatus.SUBMITTED;
            case FINISH_PEER_REVIEW -> status == PlanStatus.PEER_REVIEW;
            case PASS_OFFICE_REVIEW -> status == PlanStatus.OFFICE_REVIEW;
            case LEADER_APPROVE -> status == PlanStatus.LEADER_APPROVAL && !leaderConfirmed;
            case APPROVE -> status == PlanStatus.LEADER_APPROVAL;
            case PUBLISH -> status == PlanStatus.APPROVED;
            case RETURN -> status.isUnderReview();
            case REQUEST_ADJUSTMENT -> status.isApproved();
            case APPROVE_ADJUSTMENT, REJECT_ADJUSTMENT -> status.isAdjusting();
        };
        if (ok) {
            return Optional.empty();
        }
        String message;
        if (action == PlanAction.LEADER_APPROVE && status == PlanStatus.LEADER_APPROVAL) {
            message = "单位领导已审定，等待考评办批复";
        } else if (action == PlanAction.RETURN && status.isApproved()) {
            message = "考评表已" + status.label() + "，不能退回；如需修改请申请年中调整";
        } else if (action == PlanAction.REQUEST_ADJUSTMENT && status.isAdjusting()) {
            message = "考评表正在年中调整，请等待考评办审批本次调整后再申请";
        } else if (action == PlanAction.REQUEST_ADJUSTMENT) {
            message = "考评表当前状态为“" + status.label() + "”，批复后才能申请年中调整";
        } else {
            message = "考评表当前状态为“" + status.label() + "”，不能" + action.label();
        }
        return Optional.of(new Refusal(PlanProblem.NOT_IN_STATE, message));
    }

    private Optional<Refusal> requireRole(PlanAction action, PlanRole role) {
        String refusal = switch (action) {
            case SUBMIT -> role == PlanRole.CLERK ? null : "只有本单位经办人可以提交考评表";
            case LEADER_APPROVE -> role == PlanRole.LEADER ? null : "只有本单位领导可以审定考评表";
            case RETURN -> returnRefusal(role);
            case REQUEST_ADJUSTMENT -> role == PlanRole.CLERK ? null : "只有本单位经办人可以申请年中调整";
            case START_PEER_REVIEW, FINISH_PEER_REVIEW, PASS_OFFICE_REVIEW, APPROVE, PUBLISH, APPROVE_ADJUSTMENT,
                 REJECT_ADJUSTMENT -> role == PlanRole.OFFICE ? null : "只有考评办可以" + action.label();
        };
        return refusal == null ? Optional.empty() : Optional.of(new Refusal(PlanProblem.NOT_ALLOWED, refusal));
    }

    private @Nullable String returnRefusal(PlanRole role) {
        if (role == PlanRole.OFFICE) {
            return null;
        }
        if (status == PlanStatus.LEADER_APPROVAL && role == PlanRole.LEADER) {
            return leaderConfirmed ? "单位领导已审定，如需退回请联系考评办" : null;
        }
        return status == PlanStatus.LEADER_APPROVAL ? "只有本单位领导或考评办可以退回考评表" : "只有考评办可以退回考评表";
    }

    /** A step that keeps the leader's confirmation and the 批复 text as they are, and records no reason. */
    private Moved move(PlanAction action, PlanStatus to, PlanActor by, Instant at) {
        return new Moved(new Plan(cycleId, unitId, to, leaderConfirmed, approvalText, at, by.username()),
                new PlanTransition(action, status, to, by.username(), by.role(), "", List.of(), at));
    }
}
