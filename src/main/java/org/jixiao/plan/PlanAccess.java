package org.jixiao.plan;

import java.util.Optional;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitRepository;
import org.springframework.stereotype.Component;

/**
 * What a signed-in user is to a unit's plan: the office, the unit's clerk or leader, a clerk of
 * another unit of the same group (a peer reviewer), or nobody.
 */
@Component
class PlanAccess {

    private final PlanRepository plans;
    private final UnitRepository units;

    PlanAccess(PlanRepository plans, UnitRepository units) {
        this.plans = plans;
        this.units = units;
    }

    PlanActor actor(CurrentUser user, long cycleId, long unitId) {
        return new PlanActor(user.username(), roleOf(user, cycleId, unitId));
    }

    PlanRole roleOf(CurrentUser user, long cycleId, long unitId) {
        if (user.isAdmin()) {
            return PlanRole.OFFICE;
        }
        if (user.actsFor(unitId)) {
            return user.role() == Role.UNIT_CLERK ? PlanRole.CLERK : PlanRole.LEADER;
        }
        return isPeer(user, cycleId, unitId) ? PlanRole.PEER : PlanRole.NONE;
    }

    /**
     * A clerk of another unit of the same group (同组). The cycle's own membership ({@code cycle_unit})
     * decides where it lists both units; a cycle without membership falls back on the units' series
     * and group, as the year-end peer grading does.
     */
    boolean isPeer(CurrentUser user, long cycleId, long unitId) {
        Long ownUnit = user.unitId();
        if (user.role() != Role.UNIT_CLERK || ownUnit == null || ownUnit == unitId) {
            return false;
        }
        Optional<Long> ownGroup = plans.groupOf(cycleId, ownUnit);
        Optional<Long> theirGroup = plans.groupOf(cycleId, unitId);
        if (ownGroup.isPresent() || theirGroup.isPresent()) {
            return ownGroup.isPresent() && ownGroup.equals(theirGroup);
        }
        Optional<Unit> own = units.findById(ownUnit);
        Optional<Unit> theirs = units.findById(unitId);
        return own.isPresent() && theirs.isPresent() && own.get().series().equals(theirs.get().series())
                && own.get().groupName().equals(theirs.get().groupName());
    }

    /** Whether the user may read the unit's table: the office, the unit itself, or a peer while the peer review runs. */
    boolean canRead(CurrentUser user, long cycleId, long unitId) {
        return user.canRead(unitId) || (plans.plan(cycleId, unitId).status() == PlanStatus.PEER_REVIEW
                && isPeer(user, cycleId, unitId));
    }
}
