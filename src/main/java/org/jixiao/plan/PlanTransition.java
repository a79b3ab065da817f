package org.jixiao.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One step of a plan, for the append-only transition log: what was done, from which state to which,
 * by whom in which role, why (a return's reason, the 批复 text) and the rows it names.
 */
public record PlanTransition(PlanAction action, PlanStatus from, PlanStatus to, String actor, PlanRole role,
                             String reason, List<UUID> rows, Instant at) {

    public PlanTransition {
        reason = reason == null ? "" : reason;
        rows = List.copyOf(rows);
    }
}
