package org.jixiao.plan;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Stores mid-year adjustments ({@code plan_adjustment}): the open request of a plan with the rows it
 * names, and the office's decision once taken. Closed requests stay as they were decided.
 */
final class PlanAdjustments {

    private final JdbcClient jdbc;

    PlanAdjustments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's open request, if one is open. */
    Optional<PlanAdjustment> open(long cycleId, long unitId) {
        Optional<Long> id = openId(cycleId, unitId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> rows = jdbc.sql("select row_id from plan_adjustment_row where adjustment_id = ? order by position")
                .param(id.get()).query(UUID.class).list();
        return jdbc.sql("select reason, resume_status, requested_by, requested_at from plan_adjustment where id = ?")
                .param(id.get())
                .query((rs, n) -> new PlanAdjustment(rs.getString("reason"), rows,
                        PlanStatus.valueOf(rs.getString("resume_status")), rs.getString("requested_by"),
                        rs.getTimestamp("requested_at").toInstant()))
                .optional();
    }

    void insert(long cycleId, long unitId, PlanAdjustment adjustment) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into plan_adjustment (cycle_id, unit_id, reason, resume_status, requested_by, requested_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(cycleId, unitId, adjustment.reason(), adjustment.resumeTo().name(), adjustment.requestedBy(),
                        Timestamp.from(adjustment.requestedAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int position = 0;
        for (UUID row : adjustment.rows()) {
            jdbc.sql("insert into plan_adjustment_row (adjustment_id, row_id, position) values (?, ?, ?)")
                    .params(id, row, position++).update();
        }
    }

    /** Records the office's decision (the transition that closed the request) on the open request. */
    void close(long cycleId, long unitId, PlanTransition decision) {
        long id = openId(cycleId, unitId).orElseThrow(() -> new IllegalStateException("没有待审批的年中调整"));
        jdbc.sql("""
                        update plan_adjustment set decision = ?, decided_by = ?, decided_at = ?, decision_text = ?
                        where id = ?""")
                .params(decision.action() == PlanAction.APPROVE_ADJUSTMENT ? "APPROVED" : "REJECTED",
                        decision.actor(), Timestamp.from(decision.at()), decision.reason(), id)
                .update();
    }

    private Optional<Long> openId(long cycleId, long unitId) {
        return jdbc.sql("""
                        select max(id) from plan_adjustment
                        where cycle_id = ? and unit_id = ? and decision is null""")
                .params(cycleId, unitId).query(Long.class).optional();
    }
}
