package org.jixiao.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.table.Finding;
import org.springframework.stereotype.Component;

/**
 * The findings of stored tables, checked once per version instead of on every view of the table page.
 *
 * <p>A stored table's rows change only together with its version ({@link TargetTableRepository}) and a
 * cycle's template only together with the cycle's version, so findings kept under (table version, cycle
 * version) can never be stale, whichever node wrote the change: a newer version simply misses and is
 * checked. Only the newest checked version of each table is kept. Tables whose cycle caps first-level
 * indicators at last year's number are not kept: their findings also depend on another table.
 */
@Component
class CheckedTables {

    private record Entry(long version, long cycleVersion, List<Finding> findings) {
    }

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

    /** The findings of table {@code tableId} stored at {@code version}, from {@code check} when not kept. */
    List<Finding> findings(UUID tableId, long version, AssessmentCycle cycle, Supplier<List<Finding>> check) {
        if (cycle.template().rules().capFunctionalAtLastYear()) {
            return check.get();
        }
        Entry entry = entries.get(tableId);
        if (entry != null && entry.version() == version && entry.cycleVersion() == cycle.version()) {
            return entry.findings();
        }
        List<Finding> findings = List.copyOf(check.get());
        entries.merge(tableId, new Entry(version, cycle.version(), findings),
                (kept, fresh) -> kept.version() > fresh.version() ? kept : fresh);
        return findings;
    }
}
