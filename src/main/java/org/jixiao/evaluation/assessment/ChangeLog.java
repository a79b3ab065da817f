package org.jixiao.evaluation.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The writes of a cycle's evaluation data (scores, tiers, rater assignments, adjustments): one row per
 * write, added in the writing transaction, naming the unit it concerns, or none when it may concern
 * every unit of the cycle. The latest id is part of the version live results are cached under
 * ({@link ResultsCache}); the units written since a version are those to score again.
 *
 * <p>Rows are added under the audit chain's head lock ({@link AuditTrail#holdHead}), which every such
 * write takes anyway for its audit entry: ids then commit in the order they were given, so a reader
 * that sees id n sees every lower id of the cycle too, on any node.
 */
@Component
class ChangeLog {

    private final JdbcClient jdbc;
    private final AuditTrail trail;

    ChangeLog(JdbcClient jdbc, AuditTrail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    /** A write that may concern every unit of the cycle (a group's raters, copied settings). */
    void cycle(long cycleId) {
        trail.holdHead();
        jdbc.sql("insert into evaluation_change (cycle_id) values (?)").param(cycleId).update();
    }

    /** A write of one unit's data. */
    void unit(long cycleId, long unitId) {
        trail.holdHead();
        jdbc.sql("insert into evaluation_change (cycle_id, unit_id) values (?, ?)").params(cycleId, unitId).update();
    }

    /**
     * The units written after change {@code after} up to change {@code through}; empty when one of
     * those writes may concern every unit.
     */
    Optional<Set<Long>> unitsWritten(long cycleId, long after, long through) {
        List<Long> units = jdbc.sql("select unit_id from evaluation_change where cycle_id = ? and id > ? and id <= ?")
                .params(cycleId, after, through)
                .query((rs, n) -> rs.getObject(1, Long.class))
                .list();
        return units.contains(null) ? Optional.empty() : Optional.of(new HashSet<>(units));
    }
}
