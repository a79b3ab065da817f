package org.jixiao.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores plans: the state of each unit's plan with its open mid-year adjustment, the append-only
 * transition log with the rows a return or an adjustment names, peer review comments and the
 * per-cycle peer review setting. A unit without a stored state is a draft.
 */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;
    private final PlanAdjustments adjustments;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.adjustments = new PlanAdjustments(jdbc);
    }

    private record StateRow(PlanStatus status, boolean leaderConfirmed, String approvalText, Instant changedAt,
                            String changedBy) {
    }

    /** The plan as stored, with its open mid-year adjustment while it is {@link PlanStatus#ADJUSTING}. */
    Plan plan(long cycleId, long unitId) {
        Optional<StateRow> state = jdbc.sql("""
                        select status, leader_confirmed, approval_text, changed_at, changed_by from plan_state
                        where cycle_id = ? and unit_id = ?""")
                .params(cycleId, unitId)
                .query((rs, n) -> new StateRow(PlanStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("leader_confirmed"), rs.getString("approval_text"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
                .optional();
        if (state.isEmpty()) {
            return Plan.draft(cycleId, unitId);
        }
        StateRow row = state.get();
        PlanAdjustment adjustment = row.status().isAdjusting()
                ? adjustments.open(cycleId, unitId).orElseThrow(() -> new IllegalStateException("年中调整中的考评表缺少调整申请"))
                : null;
        return new Plan(cycleId, unitId, row.status(), row.leaderConfirmed(), row.approvalText(), row.changedAt(),
                row.changedBy(), adjustment);
    }

    /** The status of every unit of the cycle that has left the draft, by unit id. */
    Map<Long, PlanStatus> statuses(long cycleId) {
        Map<Long, PlanStatus> result = new LinkedHashMap<>();
        jdbc.sql("select unit_id, status from plan_state where cycle_id = ?")
                .param(cycleId)
                .query(rs -> {
                    result.put(rs.getLong("unit_id"), PlanStatus.valueOf(rs.getString("status")));
                });
        return result;
    }

    /**
     * Published plans (the unit's, or every one when {@code unit} is {@code null}; a published plan
     * under a mid-year adjustment stays published), each with the time
     * of its latest 公示 step: taken from the transition log, so that later bookkeeping on the state
     * row does not move the date the public objection window counts from.
     */
    List<PublishedPlans.Published> published(@Nullable CycleUnit unit) {
        String sql = """
                select s.cycle_id, s.unit_id, max(t.at) as published_at from plan_state s
                join plan_transition t on t.cycle_id = s.cycle_id and t.unit_id = s.unit_id and t.to_status = 'PUBLISHED'
                where (s.status = 'PUBLISHED' or (s.status = 'ADJUSTING' and exists (
                    select 1 from plan_adjustment a where a.cycle_id = s.cycle_id and a.unit_id = s.unit_id
                      and a.decision is null and a.resume_status = 'PUBLISHED')))""" + (unit == null ? "" : " and s.cycle_id = ? and s.unit_id = ?") + """

                group by s.cycle_id, s.unit_id order by s.cycle_id, s.unit_id""";
        return jdbc.sql(sql)
                .params(unit == null ? List.of() : List.of(unit.cycleId(), unit.unitId()))
                .query((rs, n) -> new PublishedPlans.Published(rs.getLong("cycle_id"), rs.getLong("unit_id"),
                        rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    /** A unit in a cycle. */
    record CycleUnit(long cycleId, long unitId) {
    }

    /**
     * Stores the plan as it is after {@code moved}, provided it is still as it was before; logs the
     * step and the rows it names.
     */
    void record(Plan before, PlanOutcome.Moved moved) {
        Plan after = moved.plan();
        int updated = jdbc.sql("""
                        update plan_state set status = ?, leader_confirmed = ?, approval_text = ?, changed_at = ?,
                                              changed_by = ?
                        where cycle_id = ? and unit_id = ? and status = ? and leader_confirmed = ?""")
                .params(after.status().name(), after.leaderConfirmed(), after.approvalText(),
                        Timestamp.from(after.changedAt()), after.changedBy(), after.cycleId(), after.unitId(),
                        before.status().name(), before.leaderConfirmed())
                .update();
        if (updated == 0) {
            boolean stored = jdbc.sql("select count(*) from plan_state where cycle_id = ? and unit_id = ?")
                    .params(after.cycleId(), after.unitId()).query(Long.class).single() > 0;
            if (stored || before.status() != PlanStatus.DRAFT) {
                throw new OptimisticLockingFailureException("考评表状态已被他人改变，请刷新后重试");
            }
            jdbc.sql("""
                            insert into plan_state (cycle_id, unit_id, status, leader_confirmed, approval_text,
                                                    changed_at, changed_by)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(after.cycleId(), after.unitId(), after.status().name(), after.leaderConfirmed(),
                            after.approvalText(), Timestamp.from(after.changedAt()), after.changedBy())
                    .update();
        }
        log(after.cycleId(), after.unitId(), moved.transition());
        if (after.adjustment() != null && before.adjustment() == null) {
            adjustments.insert(after.cycleId(), after.unitId(), after.adjustment());
        } else if (after.adjustment() == null && before.adjustment() != null) {
            adjustments.close(after.cycleId(), after.unitId(), moved.transition());
        }
    }

    private void log(long cycleId, long unitId, PlanTransition step) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into plan_transition (cycle_id, unit_id, action, from_status, to_status, actor,
                                                     actor_role, reason, at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, unitId, step.action().name(), step.from().name(), step.to().name(), step.actor(),
                        step.role().name(), step.reason(), Timestamp.from(step.at()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < step.rows().size(); i++) {
            jdbc.sql("insert into plan_return_row (transition_id, row_id, reason, position) values (?, ?, ?, ?)")
                    .params(id, step.rows().get(i), step.reason(), i)
                    .update();
        }
    }

    /** The plan's steps, oldest first, each with the rows it names. */
    List<PlanTransition> transitions(long cycleId, long unitId) {
        Map<Long, List<UUID>> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.transition_id, r.row_id from plan_return_row r
                        join plan_transition t on t.id = r.transition_id
                        where t.cycle_id = ? and t.unit_id = ? order by r.transition_id, r.position, r.row_id""")
                .params(cycleId, unitId)
                .query(rs -> {
                    rows.computeIfAbsent(rs.getLong("transition_id"), k -> new ArrayList<>())
                            .add(rs.getObject("row_id", UUID.class));
                });
        return jdbc.sql("""
                        select id, action, from_status, to_status, actor, actor_role, reason, at from plan_transition
                        where cycle_id = ? and unit_id = ? order by id""")
                .params(cycleId, unitId)
                .query((rs, n) -> transition(rs, rows.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static PlanTransition transition(ResultSet rs, List<UUID> rows) throws SQLException {
        return new PlanTransition(PlanAction.valueOf(rs.getString("action")),
                PlanStatus.valueOf(rs.getString("from_status")), PlanStatus.valueOf(rs.getString("to_status")),
                rs.getString("actor"), PlanRole.valueOf(rs.getString("actor_role")), rs.getString("reason"), rows,
                rs.getTimestamp("at").toInstant());
    }

    void addComment(long cycleId, long unitId, long reviewerUnitId, UUID rowId, String text, String author,
                    Instant at) {
        jdbc.sql("""
                        insert into plan_peer_comment (cycle_id, unit_id, reviewer_unit_id, row_id, comment_text,
                                                       author, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, unitId, reviewerUnitId, rowId, text, author, Timestamp.from(at))
                .update();
    }

    /** The comments on the unit's table, oldest first; the reviewer's unit name is filled in by the caller. */
    List<PeerComment> comments(long cycleId, long unitId) {
        return jdbc.sql("""
                        select id, reviewer_unit_id, row_id, comment_text, author, created_at from plan_peer_comment
                        where cycle_id = ? and unit_id = ? order by id""")
                .params(cycleId, unitId)
                .query((rs, n) -> new PeerComment(rs.getLong("id"), rs.getLong("reviewer_unit_id"), "",
                        rs.getObject("row_id", UUID.class), rs.getString("comment_text"), rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    boolean peerReviewEnabled(long cycleId) {
        return jdbc.sql("select peer_review_enabled from plan_cycle_setting where cycle_id = ?")
                .param(cycleId).query(Boolean.class).optional().orElse(true);
    }

    void setPeerReviewEnabled(long cycleId, boolean enabled) {
        int updated = jdbc.sql("update plan_cycle_setting set peer_review_enabled = ? where cycle_id = ?")
                .params(enabled, cycleId).update();
        if (updated == 0) {
            jdbc.sql("insert into plan_cycle_setting (cycle_id, peer_review_enabled) values (?, ?)")
                    .params(cycleId, enabled).update();
        }
    }

    /** The group the unit belongs to in the cycle ({@code cycle_unit}), if the cycle lists it. */
    Optional<Long> groupOf(long cycleId, long unitId) {
        return jdbc.sql("select group_id from cycle_unit where cycle_id = ? and unit_id = ?")
                .params(cycleId, unitId).query(Long.class).optional();
    }
}
