package org.jixiao.evaluation.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitRepository;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.web.NotFound;
import org.springframework.stereotype.Component;

/** The units taking part in a cycle (those with a target table in it), each with its scored rows. */
@Component
public class Participants {

    private final AssessmentCycles cycles;
    private final TargetTableRepository tables;
    private final UnitRepository units;
    /** Scored rows by table id, the most recently used {@value #KEPT_TABLES} tables. */
    private final Map<UUID, VersionedRows> rows = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, VersionedRows> eldest) {
                    return size() > KEPT_TABLES;
                }
            });
    private static final int KEPT_TABLES = 500;

    Participants(AssessmentCycles cycles, TargetTableRepository tables, UnitRepository units) {
        this.cycles = cycles;
        this.tables = tables;
        this.units = units;
    }

    /** A unit of the cycle with its table's scored rows. */
    public record Participant(Unit unit, ScoredRows rows) {

        public long unitId() {
            return unit.id();
        }

        public boolean sameGroupAs(Unit other) {
            return unit.series().equals(other.series()) && unit.groupName().equals(other.groupName());
        }
    }

    public AssessmentCycle cycle(long cycleId) {
        return cycles.find(cycleId).orElseThrow(() -> new NotFound("考评年度不存在：" + cycleId));
    }

    /** Every participant of the cycle, ordered by group and name; a fixed number of queries for any number of units. */
    public List<Participant> all(long cycleId) {
        cycle(cycleId);
        List<TargetTableRepository.Stored> stored = tables.findAll(cycleId);
        Map<Long, Unit> byId = units.findAllById(stored.stream().map(s -> s.table().unitId()).toList())
                .stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Participant> result = new ArrayList<>();
        for (TargetTableRepository.Stored table : stored) {
            result.add(new Participant(byId.get(table.table().unitId()), ScoredRows.of(table.table())));
        }
        result.sort(Comparator.comparing((Participant p) -> p.unit().groupName()).thenComparing(p -> p.unit().id()));
        return result;
    }

    /**
     * The units taking part in the cycle, ordered like {@link #all}, without reading their tables: for
     * pages that list units (two queries for any number of units).
     */
    public List<Unit> units(long cycleId) {
        cycle(cycleId);
        List<Long> ids = tables.summaries(cycleId).stream().map(TargetTableRepository.Summary::unitId).toList();
        List<Unit> result = new ArrayList<>(units.findAllById(ids));
        result.sort(Comparator.comparing(Unit::groupName).thenComparing(Unit::id));
        return result;
    }

    /**
     * One participant; 404 when the unit has no table in this cycle. Its scored rows are kept per
     * version of its table (read on every call, so a change on any node is seen): a sheet or a save
     * reads the table's rows once per version, not on every request.
     */
    public Participant one(long cycleId, long unitId) {
        cycle(cycleId);
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFound("参评单位不存在：" + unitId));
        TargetTableRepository.Summary table = tables.summary(cycleId, unitId)
                .orElseThrow(() -> new NotFound("该单位在本考评年度没有考评表"));
        VersionedRows kept = rows.get(table.id());
        if (kept == null || kept.version() != table.version()) {
            TargetTableRepository.Stored stored = tables.find(table.id())
                    .orElseThrow(() -> new NotFound("该单位在本考评年度没有考评表"));
            kept = new VersionedRows(stored.version(), ScoredRows.of(stored.table()));
            rows.put(table.id(), kept);
        }
        return new Participant(unit, kept.rows());
    }

    /** A table's scored rows as read at a version. */
    private record VersionedRows(long version, ScoredRows rows) {
    }

    /** A row of the participant's table; 404 for a row of another unit or none at all. */
    public ScoredRow row(Participant participant, UUID rowId) {
        return participant.rows().row(rowId).orElseThrow(() -> new NotFound("指标不存在：" + rowId));
    }
}
