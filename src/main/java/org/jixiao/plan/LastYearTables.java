package org.jixiao.plan;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.CurrentUser;
import org.jixiao.table.TableCopier;
import org.jixiao.table.TargetTable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's table of an earlier cycle as the starting point of a new one. Also used by the home page
 * (as {@code @lastYearTables}) to offer the copy only where there is something to copy.
 */
@Service("lastYearTables")
public class LastYearTables {

    private final AssessmentCycles cycles;
    private final TargetTableRepository tables;
    private final TargetTableService service;
    private final PlanStatuses plans;

    LastYearTables(AssessmentCycles cycles, TargetTableRepository tables, TargetTableService service,
                   PlanStatuses plans) {
        this.cycles = cycles;
        this.tables = tables;
        this.service = service;
        this.plans = plans;
    }

    /**
     * The unit's table in an earlier cycle, if it has one: in the cycle this one was copied from,
     * else in the latest earlier cycle of the same series, else of any series.
     */
    public Optional<UUID> previous(long cycleId, long unitId) {
        return previous(cycles.get(cycleId), unitId);
    }

    /** The unit's latest earlier table itself, for the year-on-year rules of an import. */
    public Optional<TargetTable> previousTable(long cycleId, long unitId) {
        return previousTable(cycles.get(cycleId), unitId);
    }

    /** The unit's latest earlier table, for the year-on-year rules of the editor's checks. */
    public Optional<TargetTable> previousTable(AssessmentCycle cycle, long unitId) {
        return previous(cycle, unitId).flatMap(tables::find).map(TargetTableRepository.Stored::table);
    }

    private Optional<UUID> previous(AssessmentCycle cycle, long unitId) {
        Comparator<AssessmentCycle> order = Comparator
                .comparing((AssessmentCycle c) -> !Objects.equals(c.id(), cycle.copiedFrom()))
                .thenComparing(c -> !c.series().equals(cycle.series()))
                .thenComparing(Comparator.comparingInt(AssessmentCycle::year).reversed())
                .thenComparing(Comparator.comparingLong(AssessmentCycle::id).reversed());
        return cycles.all().stream()
                .filter(c -> c.year() < cycle.year())
                .sorted(order)
                .map(c -> tables.findId(c.id(), unitId))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The id of the unit's table in the cycle, if it has one. */
    public Optional<UUID> current(long cycleId, long unitId) {
        return tables.findId(cycleId, unitId);
    }

    /** The units that have a table in a cycle of an earlier year than {@code cycle}'s (one query), for the home page. */
    public java.util.Set<Long> unitsWithEarlierTable(AssessmentCycle cycle) {
        return tables.unitsWithTableBefore(cycle.year());
    }

    public boolean has(long cycleId, long unitId) {
        return previous(cycleId, unitId).isPresent();
    }

    /**
     * Creates the unit's table for the cycle from its latest earlier table: authored categories copied,
     * fixed items from the cycle's template. A unit that already has a table keeps it; a submitted
     * table is refused outright, so that nobody is led to believe a copy replaced it.
     */
    @Transactional
    public UUID copy(long cycleId, long unitId, CurrentUser user) {
        if (!user.canEdit(unitId)) {
            throw new AccessDeniedException("无权编辑该单位的考评表");
        }
        plans.requireUnlocked(cycleId, unitId);
        Optional<UUID> existing = tables.findId(cycleId, unitId);
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID previousId = previous(cycleId, unitId)
                .orElseThrow(() -> new IllegalArgumentException("该单位没有往年的考评表可复制"));
        TargetTable previous = tables.find(previousId).orElseThrow(() -> new TableNotFoundException(previousId)).table();
        AssessmentCycle cycle = cycles.get(cycleId);
        return service.store(TableCopier.copyForCycle(previous, cycleId, cycle.template()), user);
    }
}
