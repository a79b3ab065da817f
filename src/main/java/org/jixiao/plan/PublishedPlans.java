package org.jixiao.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jixiao.cycle.AssessmentCycles;
import org.springframework.stereotype.Component;

/**
 * 已公示的考评表, for the anonymous public site (公示): which units' plans are published and since when,
 * and a published table read without a user. A plan in any other state is as good as absent here.
 */
@Component
public class PublishedPlans {

    private final PlanRepository plans;
    private final TargetTableRepository tables;
    private final AssessmentCycles cycles;
    private final PlanStatuses statuses;
    private final PlanVersionRepository versions;

    PublishedPlans(PlanRepository plans, TargetTableRepository tables, AssessmentCycles cycles, PlanStatuses statuses,
                   PlanVersionRepository versions) {
        this.plans = plans;
        this.tables = tables;
        this.cycles = cycles;
        this.statuses = statuses;
        this.versions = versions;
    }

    /**
     * A unit's published plan.
     *
     * @param publishedAt when the office last published it (公示 starts then)
     */
    public record Published(long cycleId, long unitId, Instant publishedAt) {
    }

    /** Every published plan of every cycle, in one query. */
    public List<Published> all() {
        return plans.published(null);
    }

    /** The unit's plan in the cycle, if it is published. */
    public Optional<Published> find(long cycleId, long unitId) {
        return plans.published(new PlanRepository.CycleUnit(cycleId, unitId)).stream().findFirst();
    }

    /**
     * The unit's published table, read-only and without rule findings; empty unless it is published.
     * While a mid-year adjustment is open the public keeps seeing the last approved version, never the
     * changes not yet approved.
     */
    public Optional<TableView> table(long cycleId, long unitId) {
        if (find(cycleId, unitId).isEmpty()) {
            return Optional.empty();
        }
        if (statuses.status(cycleId, unitId) == PlanStatus.ADJUSTING) {
            return versions.latestNumber(cycleId, unitId)
                    .flatMap(number -> versions.table(cycleId, unitId, number))
                    .map(table -> new TableView(table, cycles.get(cycleId), 0, List.of(), false));
        }
        return tables.findId(cycleId, unitId).flatMap(tables::find)
                .map(stored -> new TableView(stored.table(), cycles.get(cycleId), stored.version(), List.of(), false));
    }
}
