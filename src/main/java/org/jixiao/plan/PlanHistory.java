package org.jixiao.plan;

import java.time.Instant;
import java.util.List;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditLine;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.plan.PlanService.TableRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 历史记录 — a unit's own history of its table in a cycle: the plan's steps, the frozen versions and
 * the audit entries about the unit (table changes, imports, transitions, self-evaluation, scores…).
 * Shown to the unit's clerk and leader and to the office; nobody else learns the table exists.
 */
@Service
public class PlanHistory {

    /** How many audit entries the page shows, newest first. */
    public static final int LIMIT = 200;

    /** Raters score anonymously as far as the unit is concerned. */
    private static final String RATER = "考评组成员";

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanAccess access;
    private final AuditTrail trail;

    PlanHistory(PlanRepository plans, PlanVersionRepository versions, PlanAccess access, AuditTrail trail) {
        this.plans = plans;
        this.versions = versions;
        this.access = access;
        this.trail = trail;
    }

    /** An audit entry as the unit sees it. */
    public record Entry(Instant at, String actor, String actorRole, String kind, String subject,
                        List<AuditLine.Change> changes) {
    }

    public record History(List<PlanTransition> transitions, List<PlanVersion> versions, List<Entry> entries) {
    }

    @Transactional(readOnly = true)
    public History of(TableRef ref, CurrentUser user) {
        PlanRole role = access.roleOf(user, ref.cycleId(), ref.unitId());
        if (role != PlanRole.OFFICE && role != PlanRole.CLERK && role != PlanRole.LEADER) {
            throw new TableNotFoundException(ref.tableId());
        }
        List<Entry> entries = trail.unitHistory(ref.cycleId(), ref.unitId(), LIMIT).stream()
                .map(line -> entry(line, role == PlanRole.OFFICE)).toList();
        return new History(plans.transitions(ref.cycleId(), ref.unitId()),
                versions.list(ref.cycleId(), ref.unitId()), entries);
    }

    private static Entry entry(AuditLine line, boolean office) {
        boolean anonymous = !office && AuditKind.SCORE.name().equals(line.entry().kind());
        return new Entry(line.entry().occurredAt(), anonymous ? RATER : line.entry().actor(),
                anonymous ? "" : line.entry().actorRole(), line.entry().kind(), line.entry().subject(), line.changes());
    }
}
