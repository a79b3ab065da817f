package org.jixiao.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Member;
import org.jixiao.organization.Memberships;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitRepository;
import org.jixiao.table.Finding;
import org.jixiao.table.Points;
import org.jixiao.table.Severity;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableChecker;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes units' target tables on behalf of a user: checks access, applies the change
 * to the aggregate, stores it and returns the table with fresh findings.
 */
@Service
public class TargetTableService {

    private final TargetTableRepository tables;
    private final AssessmentCycles cycles;
    private final UnitRepository units;
    private final Memberships memberships;
    private final TableChecker checker;
    private final CheckedTables checked;
    private final PlanStatuses plans;
    private final PlanAccess access;
    private final TableGuard guard;
    private final PlanAudit audit;
    private final Clock clock;
    /** Looked up when needed: LastYearTables stores its copies through this service. */
    private final ObjectProvider<LastYearTables> lastYear;

    TargetTableService(TargetTableRepository tables, AssessmentCycles cycles, UnitRepository units, Memberships memberships,
                       PlanStatuses plans, PlanAccess access, TableGuard guard, PlanAudit audit, Clock clock,
                       ObjectProvider<LastYearTables> lastYear, CheckedTables checked) {
        this.tables = tables;
        this.cycles = cycles;
        this.units = units;
        this.memberships = memberships;
        this.checker = TableChecker.standard();
        this.plans = plans;
        this.access = access;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
        this.lastYear = lastYear;
        this.checked = checked;
    }

    public TableView view(UUID tableId, CurrentUser user) {
        TargetTableRepository.Stored stored = tables.find(tableId).orElseThrow(() -> new TableNotFoundException(tableId));
        requireRead(user, stored.table());
        return view(stored, user);
    }

    /**
     * Applies {@code change} to the table read at {@code expectedVersion} and stores it, with its audit
     * entry. A change the aggregate refuses, a stale version, a submitted table, a change outside an
     * open mid-year adjustment or one that would delete rows carrying year-end data leaves the stored
     * table as it was.
     */
    @Transactional
    public TableView edit(UUID tableId, long expectedVersion, CurrentUser user, Consumer<TargetTable> change) {
        TargetTableRepository.Stored stored = tables.find(tableId).orElseThrow(() -> new TableNotFoundException(tableId));
        requireEdit(user, stored.table());
        tables.lock(tableId);
        TargetTable table = stored.table();
        Optional<PlanAdjustment> adjustment = plans.requireChangeable(table.cycleId(), table.unitId());
        TargetTable before = copy(table);
        change.accept(table);
        guard.requireWithin(adjustment, before, table);
        guard.requireNoOrphans(before, table, "如确需删除，请先与考评办联系处理这些年终数据。");
        long version = tables.update(table, expectedVersion, user.username(), clock.instant());
        audit.edited(before, table, expectedVersion, version, user, "考评表修改");
        AssessmentCycle cycle = cycles.get(table.cycleId());
        List<Finding> findings = check(table, cycle);
        tables.storeCounts(List.of(counts(table, version, cycle, findings)));
        return view(new TargetTableRepository.Stored(table, version), cycle, findings, user);
    }

    /**
     * Starts the unit's table for the cycle from the cycle's template, or returns the existing one;
     * refused once the unit's plan is submitted.
     */
    @Transactional
    public UUID start(long cycleId, long unitId, CurrentUser user) {
        if (!user.canEdit(unitId)) {
            throw new AccessDeniedException("无权编辑该单位的考评表");
        }
        plans.requireUnlocked(cycleId, unitId);
        return tables.findId(cycleId, unitId).orElseGet(() -> {
            AssessmentCycle cycle = cycles.get(cycleId);
            Unit unit = units.findById(unitId).orElseThrow(() -> new IllegalArgumentException("单位不存在：" + unitId));
            TargetTable table = TargetTable.draft(cycleId, unitId, unit.name(), cycle.template());
            long version = tables.insert(table, user.username(), clock.instant());
            recordCounts(table, version);
            return table.id();
        });
    }

    /**
     * Stores a table built elsewhere (demo data, copies) as the unit's table for its cycle, replacing
     * the one it has as {@link #replace} does, refusing to drop rows that carry year-end data.
     */
    @Transactional
    public UUID store(TargetTable table, CurrentUser user) {
        return replace(table, user, false, "存储考评表");
    }

    /**
     * Stores {@code table} as the unit's table for its cycle. Over an existing table, rows that stand
     * for the same row keep their ids (and the table its id), so that year-end data stays attached
     * ({@link RowMatcher}); a replacement that would drop rows carrying year-end data is refused
     * unless {@code confirmOrphans}. Refused once the unit's plan is submitted, for everybody, except
     * within an open mid-year adjustment. Audited as {@code what}.
     */
    @Transactional
    UUID replace(TargetTable table, CurrentUser user, boolean confirmOrphans, String what) {
        if (!user.canEdit(table.unitId())) {
            throw new AccessDeniedException("无权编辑该单位的考评表");
        }
        Optional<UUID> existing = tables.findId(table.cycleId(), table.unitId());
        existing.ifPresent(tables::lock);
        Optional<PlanAdjustment> adjustment = plans.requireChangeable(table.cycleId(), table.unitId());
        Optional<TargetTableRepository.Stored> old = existing.flatMap(tables::find);
        if (old.isEmpty()) {
            long version = tables.insert(table, user.username(), clock.instant());
            audit.replaced(null, table, null, null, version, 0, user, what);
            recordCounts(table, version);
            return table.id();
        }
        TargetTable before = old.get().table();
        RowMatcher.Matched matched = RowMatcher.match(before, table);
        guard.requireWithin(adjustment, before, matched.table());
        int orphans = 0;
        if (confirmOrphans) {
            orphans = guard.orphans(before, matched.table()).size();
        } else {
            guard.requireNoOrphans(before, matched.table(), "如确认删除这些指标及其年终数据，请勾选确认后再导入"
                    + "（接口请加参数 confirmOrphans=true）。");
        }
        long version = tables.replace(matched.table(), user.username(), clock.instant());
        audit.replaced(before, matched.table(), matched, old.get().version(), version, orphans, user, what);
        recordCounts(matched.table(), version);
        return before.id();
    }

    /**
     * What storing {@code table} over the unit's table would do, for the import preview: the rows
     * that carry year-end data and would be lost, and what lies outside an open adjustment.
     */
    public ReplacementCheck checkReplacement(TargetTable table) {
        Optional<TargetTable> old = tables.findId(table.cycleId(), table.unitId()).flatMap(tables::find)
                .map(TargetTableRepository.Stored::table);
        if (old.isEmpty()) {
            return new ReplacementCheck(List.of(), List.of());
        }
        TargetTable matched = RowMatcher.match(old.get(), table).table();
        PlanAdjustment adjustment = plans.adjustment(table.cycleId(), table.unitId()).orElse(null);
        return new ReplacementCheck(guard.orphans(old.get(), matched), adjustment == null ? List.of()
                : new AdjustmentScope(adjustment).outside(old.get(), matched));
    }

    /** Rows a replacement would orphan, and changes it makes outside an open adjustment. */
    public record ReplacementCheck(List<Orphan> orphans, List<String> outsideAdjustment) {
    }

    private static TargetTable copy(TargetTable table) {
        return new TargetTable(table.id(), table.cycleId(), table.unitId(), table.unitName(), table.year(),
                table.categories());
    }

    /** One line of the home page: a unit the user may see, its table in the cycle, if any, and its plan's status. */
    public record UnitTable(Unit unit, @Nullable Headline table, PlanStatus status) {
    }

    /**
     * A table as the home page lists it, from the counts kept with the table: no rows read, no rules run.
     */
    public record Headline(UUID id, long version, int errorCount, int warningCount, Points totalPoints) {

        /** Nothing found: no error and no warning. */
        public boolean clean() {
            return errorCount == 0 && warningCount == 0;
        }
    }

    /**
     * The units taking part in the cycle that the user may see, each with its table's stored finding
     * counts and plan status; a clerk also sees the tables of the group's other units while their peer
     * review runs. Tables whose counts are not current (the template changed since, or a later write
     * path left them unchecked) are checked once here and their counts stored.
     */
    public List<UnitTable> overview(AssessmentCycle cycle, CurrentUser user) {
        Map<Long, PlanStatus> statuses = plans.statuses(cycle.id());
        List<Member> members = memberships.members(cycle.id());
        // The clerk's own group decides peers in memory; only a clerk whose unit is not listed in the cycle
        // falls back on PlanAccess (series and group of the units).
        Member own = members.stream().filter(m -> user.unitId() != null && Objects.equals(m.unit().id(), user.unitId()))
                .findFirst().orElse(null);
        List<Unit> visible = members.stream()
                .filter(m -> user.canRead(m.unit().id()) || (statuses.get(m.unit().id()) == PlanStatus.PEER_REVIEW
                        && (own != null ? user.role() == Role.UNIT_CLERK && !Objects.equals(m.unit().id(), own.unit().id())
                                && Objects.equals(m.group().id(), own.group().id())
                        : access.isPeer(user, cycle.id(), m.unit().id()))))
                .map(Member::unit)
                .toList();
        Map<Long, Headline> byUnit = headlines(cycle, visible.stream().map(Unit::id).collect(Collectors.toSet()));
        return visible.stream()
                .map(unit -> new UnitTable(unit, byUnit.get(unit.id()), statuses.getOrDefault(unit.id(), PlanStatus.DRAFT)))
                .toList();
    }

    /**
     * The stored counts of the given units' tables in the cycle: one query, plus, for tables whose counts
     * are not current, a set-based read of those tables, their check and one batched update.
     */
    Map<Long, Headline> headlines(AssessmentCycle cycle, Set<Long> unitIds) {
        Map<Long, Headline> byUnit = new HashMap<>();
        List<Long> stale = new ArrayList<>();
        for (TargetTableRepository.Counted counted : tables.counted(cycle.id())) {
            if (!unitIds.contains(counted.unitId())) {
                continue;
            }
            if (counted.currentFor(cycle.version())) {
                byUnit.put(counted.unitId(), new Headline(counted.id(), counted.version(), counted.errors(),
                        counted.warnings(), new Points(counted.totalPoints())));
            } else {
                stale.add(counted.unitId());
            }
        }
        for (TargetTableRepository.Counts counts : recount(cycle, stale)) {
            byUnit.put(counts.unitId(), new Headline(counts.id(), counts.version(), counts.errors(),
                    counts.warnings(), new Points(counts.totalPoints())));
        }
        return byUnit;
    }

    /** Checks the units' tables of the cycle (read set-based) and stores their counts; returns them. */
    List<TargetTableRepository.Counts> recount(AssessmentCycle cycle, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<TargetTableRepository.Counts> result = new ArrayList<>();
        for (TargetTableRepository.Stored stored : tables.findAll(cycle.id(), unitIds)) {
            result.add(counts(stored.table(), stored.version(), cycle, check(stored.table(), cycle)));
        }
        tables.storeCounts(result);
        return result;
    }

    /**
     * Checks and stores the counts of every table whose counts are not current, cycle by cycle in chunks
     * (on start: tables from before the counts were kept, and cycles whose template changed). Returns how
     * many tables were counted.
     */
    public int recountStale() {
        int counted = 0;
        for (long cycleId : tables.cyclesToRecount()) {
            AssessmentCycle cycle = cycles.get(cycleId);
            List<Long> stale = tables.counted(cycleId).stream().filter(c -> !c.currentFor(cycle.version()))
                    .map(TargetTableRepository.Counted::unitId).toList();
            for (int from = 0; from < stale.size(); from += RECOUNT_CHUNK) {
                counted += recount(cycle, stale.subList(from, Math.min(stale.size(), from + RECOUNT_CHUNK))).size();
            }
        }
        return counted;
    }

    private static final int RECOUNT_CHUNK = 200;

    /** Checks the table just written at {@code version} and stores its counts in the caller's transaction. */
    void recordCounts(TargetTable table, long version) {
        AssessmentCycle cycle = cycles.get(table.cycleId());
        tables.storeCounts(List.of(counts(table, version, cycle, check(table, cycle))));
    }

    private static TargetTableRepository.Counts counts(TargetTable table, long version, AssessmentCycle cycle,
                                                       List<Finding> findings) {
        int errors = (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        int warnings = (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        return new TargetTableRepository.Counts(table.id(), table.unitId(), version, cycle.version(), errors, warnings,
                table.totalPoints().value());
    }

    /**
     * The findings of the cycle's rules on the table. Where the cycle caps the number of first-level
     * indicators at last year's (district rule), the unit's earlier table is read for that rule.
     */
    public List<Finding> check(TargetTable table, AssessmentCycle cycle) {
        TargetTable previous = cycle.template().rules().capFunctionalAtLastYear()
                ? lastYear.getObject().previousTable(cycle, table.unitId()).orElse(null)
                : null;
        return checker.check(new TableCheck(table, cycle.template(), previous));
    }

    /** The findings of the table against its own cycle's template. */
    public List<Finding> check(TargetTable table) {
        return check(table, cycles.get(table.cycleId()));
    }

    private TableView view(TargetTableRepository.Stored stored, CurrentUser user) {
        AssessmentCycle cycle = cycles.get(stored.table().cycleId());
        List<Finding> findings = checked.findings(stored.table().id(), stored.version(), cycle,
                () -> check(stored.table(), cycle));
        return view(stored, cycle, findings, user);
    }

    private TableView view(TargetTableRepository.Stored stored, AssessmentCycle cycle, List<Finding> findings,
                           CurrentUser user) {
        TargetTable table = stored.table();
        PlanStatus status = plans.status(table.cycleId(), table.unitId());
        boolean editable = user.canEdit(table.unitId()) && (!status.isLocked() || status.isAdjusting());
        return new TableView(table, cycle, stored.version(), findings, editable);
    }

    private void requireRead(CurrentUser user, TargetTable table) {
        if (!access.canRead(user, table.cycleId(), table.unitId())) {
            // Not found rather than forbidden: a user learns nothing about other units' tables.
            throw new TableNotFoundException(table.id());
        }
    }

    private void requireEdit(CurrentUser user, TargetTable table) {
        requireRead(user, table);
        if (!user.canEdit(table.unitId())) {
            throw new AccessDeniedException("无权编辑该单位的考评表");
        }
    }
}
