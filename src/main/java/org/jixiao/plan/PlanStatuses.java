package org.jixiao.plan;

import java.util.Map;
import java.util.Optional;
import org.jixiao.web.Refused;
import org.springframework.stereotype.Component;

/**
 * Where units' plans stand, for other modules: year-end work asks here whether a unit's table is
 * approved, and every path that changes a table asks here whether it is still a draft.
 */
@Component
public class PlanStatuses {

    private final PlanRepository plans;

    PlanStatuses(PlanRepository plans) {
        this.plans = plans;
    }

    public PlanStatus status(long cycleId, long unitId) {
        return plans.plan(cycleId, unitId).status();
    }

    /** The status of every unit of the cycle; units missing from the map are drafts. */
    public Map<Long, PlanStatus> statuses(long cycleId) {
        return plans.statuses(cycleId);
    }

    /** Whether year-end work (self-evaluation, scoring) may run on the unit's table: 已批复 or 已公示. */
    public boolean isApproved(long cycleId, long unitId) {
        return status(cycleId, unitId).isApproved();
    }

    /** Refuses year-end work on a table that is not approved yet. */
    public void requireApproved(long cycleId, long unitId) {
        PlanStatus status = status(cycleId, unitId);
        if (status.isAdjusting()) {
            throw new Refused(Refused.Kind.CONFLICT, PlanProblem.NOT_APPROVED.code(),
                    "该单位的考评表正在年中调整，考评办审批调整后才能继续年终自评和考评");
        }
        if (!status.isApproved()) {
            throw new Refused(Refused.Kind.CONFLICT, PlanProblem.NOT_APPROVED.code(),
                    "该单位的考评表尚未批复（状态：" + status.label() + "），批复后才能开展年终自评和考评");
        }
    }

    /** Refuses any change of a table that has been submitted: edits, imports, copies, replacements. */
    public void requireUnlocked(long cycleId, long unitId) {
        refuseLocked(status(cycleId, unitId));
    }

    /**
     * Refuses a change of a submitted table, unless a mid-year adjustment is open: then the change is
     * allowed within the adjustment, which is returned for the caller to check the change against.
     * Empty for a draft, which changes freely.
     */
    Optional<PlanAdjustment> requireChangeable(long cycleId, long unitId) {
        Plan plan = plans.plan(cycleId, unitId);
        if (plan.adjustment() != null) {
            return Optional.of(plan.adjustment());
        }
        refuseLocked(plan.status());
        return Optional.empty();
    }

    /** The plan's open mid-year adjustment, if one is open. */
    Optional<PlanAdjustment> adjustment(long cycleId, long unitId) {
        return Optional.ofNullable(plans.plan(cycleId, unitId).adjustment());
    }

    private static void refuseLocked(PlanStatus status) {
        if (status.isAdjusting()) {
            throw new Refused(Refused.Kind.CONFLICT, PlanProblem.LOCKED.code(),
                    "考评表正在年中调整，只能修改调整申请中列出的指标");
        }
        if (status.isApproved()) {
            // Nobody can return an approved table; only the mid-year adjustment changes it.
            throw new Refused(Refused.Kind.CONFLICT, PlanProblem.LOCKED.code(),
                    "考评表已批复（状态：" + status.label() + "），不能修改；如需修改请申请年中调整");
        }
        if (status.isLocked()) {
            throw new Refused(Refused.Kind.CONFLICT, PlanProblem.LOCKED.code(),
                    "考评表已提交（状态：" + status.label() + "），不能修改；如需修改请由审核人退回");
        }
    }
}
