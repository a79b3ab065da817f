package org.jixiao.evaluation.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jixiao.organization.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live results of a cycle computed once per version of its data, not once per viewer.
 *
 * <p>The version is read from the database on every request, so a write on any node is seen by all:
 * the latest {@link ChangeLog} entry of the cycle (every write of scores, tiers, rater assignments and
 * adjustments adds one), the tables' count and summed versions, the settings' version and the cycle's
 * membership; the participating units themselves are compared whole (a renamed or regrouped unit is a
 * new version). When only change-log entries were added since the cached version and each names its
 * unit, the cached value is updated for those units ({@code update}); otherwise it is computed again
 * ({@code compute}). One computation runs per cycle at a time; concurrent viewers of a stale version
 * wait for it instead of each recomputing. Only the newest version of each cycle is kept.
 */
@Component
class ResultsCache {

    /** What a cached computation produced, and the version it belongs to. */
    record Entry<T>(Version version, T value) {
    }

    /**
     * A cycle's data version: the latest change-log entry, the other figures of the fingerprint query
     * (tables, settings, membership) and the participating units.
     */
    record Version(long lastChange, List<Long> figures, List<Unit> units) {
    }

    private final JdbcClient jdbc;
    private final Participants participants;
    private final ChangeLog changes;
    private final Map<Long, Entry<?>> entries = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    ResultsCache(JdbcClient jdbc, Participants participants, ChangeLog changes) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.changes = changes;
    }

    /**
     * The value for the cycle's current data version: cached, updated from the cached one for the units
     * written since ({@code update} with their ids; it must give what {@code compute} would), or computed.
     */
    @SuppressWarnings("unchecked")
    <T> T get(long cycleId, Supplier<T> compute, BiFunction<T, Set<Long>, T> update) {
        Version version = version(cycleId);
        Entry<?> entry = entries.get(cycleId);
        if (entry != null && entry.version().equals(version)) {
            return (T) entry.value();
        }
        synchronized (locks.computeIfAbsent(cycleId, k -> new Object())) {
            entry = entries.get(cycleId);
            if (entry != null && entry.version().equals(version)) {
                return (T) entry.value();
            }
            Optional<Set<Long>> written = entry == null ? Optional.empty() : unitsWritten(cycleId, entry.version(), version);
            T value = written.isPresent() ? update.apply((T) entry.value(), written.get()) : compute.get();
            // Stored under the version read before computing: a write meanwhile makes it stale at once.
            entries.put(cycleId, new Entry<>(version, value));
            return value;
        }
    }

    /**
     * The units written between two versions, when the newer differs from the older only by change-log
     * entries that each name a unit; empty otherwise (the value must be computed again).
     */
    private Optional<Set<Long>> unitsWritten(long cycleId, Version cached, Version current) {
        if (current.lastChange() <= cached.lastChange() || !cached.figures().equals(current.figures())
                || !cached.units().equals(current.units())) {
            return Optional.empty();
        }
        return changes.unitsWritten(cycleId, cached.lastChange(), current.lastChange());
    }

    private Version version(long cycleId) {
        List<Long> figures = jdbc.sql("""
                        select (select coalesce(max(id), 0) from evaluation_change where cycle_id = :c),
                               (select count(*) from target_table where cycle_id = :c),
                               (select coalesce(sum(version), 0) from target_table where cycle_id = :c),
                               (select coalesce(max(version), 0) from evaluation_settings where cycle_id = :c),
                               (select count(*) from cycle_unit where cycle_id = :c),
                               (select coalesce(sum(unit_id * group_id + position), 0) from cycle_unit where cycle_id = :c)
                        """)
                .param("c", cycleId)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)))
                .single();
        return new Version(figures.get(0), figures.subList(1, figures.size()), participants.units(cycleId));
    }
}
