package org.jixiao.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jixiao.table.TargetTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the frozen versions of units' tables ({@code plan_version}); append-only. */
@Repository
class PlanVersionRepository {

    private static final String COLUMNS = "version_number, kind, approved_by, approved_at, approval_text, reason";

    private final JdbcClient jdbc;

    PlanVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Freezes the table as the plan's next version and returns its number. */
    int append(TargetTable table, VersionKind kind, String approvedBy, Instant approvedAt,
               String approvalText, String reason) {
        int number = latestNumber(table.cycleId(), table.unitId()).orElse(0) + 1;
        jdbc.sql("""
                        insert into plan_version (cycle_id, unit_id, version_number, kind, table_json, approved_by,
                                                  approved_at, approval_text, reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(table.cycleId(), table.unitId(), number, kind.name(), TableSnapshot.write(table), approvedBy,
                        Timestamp.from(approvedAt), approvalText, reason)
                .update();
        return number;
    }

    /** The plan's versions, oldest first, without their tables. */
    List<PlanVersion> list(long cycleId, long unitId) {
        return jdbc.sql("select " + COLUMNS + " from plan_version where cycle_id = ? and unit_id = ? "
                        + "order by version_number")
                .params(cycleId, unitId)
                .query((rs, n) -> new PlanVersion(rs.getInt("version_number"), VersionKind.valueOf(rs.getString("kind")),
                        rs.getString("approved_by"), rs.getTimestamp("approved_at").toInstant(),
                        rs.getString("approval_text"), rs.getString("reason")))
                .list();
    }

    /** The table as frozen in version {@code number}. */
    Optional<TargetTable> table(long cycleId, long unitId, int number) {
        return jdbc.sql("select table_json from plan_version where cycle_id = ? and unit_id = ? and version_number = ?")
                .params(cycleId, unitId, number)
                .query(String.class).optional()
                .map(TableSnapshot::read);
    }

    Optional<Integer> latestNumber(long cycleId, long unitId) {
        return jdbc.sql("select max(version_number) from plan_version where cycle_id = ? and unit_id = ?")
                .params(cycleId, unitId).query(Integer.class).optional();
    }
}
