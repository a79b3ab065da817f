package org.jixiao.evaluation.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Self-evaluations, submission states, their transition log and evidence metadata. */
@Repository
class SelfEvaluationRepository {

    private final JdbcClient jdbc;

    SelfEvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, SelfEvaluation> evaluations(long cycleId, long unitId) {
        Map<UUID, SelfEvaluation> result = new LinkedHashMap<>();
        jdbc.sql("""
                        select row_id, completion, evidence_text, proposed_tier, updated_at, updated_by
                        from self_evaluation where cycle_id = ? and unit_id = ?""")
                .params(cycleId, unitId)
                .query(rs -> {
                    SelfEvaluation e = evaluation(rs);
                    result.put(e.rowId(), e);
                });
        return result;
    }

    Optional<SelfEvaluation> evaluation(long cycleId, UUID rowId) {
        return jdbc.sql("""
                        select row_id, completion, evidence_text, proposed_tier, updated_at, updated_by
                        from self_evaluation where cycle_id = ? and row_id = ?""")
                .params(cycleId, rowId)
                .query((rs, n) -> evaluation(rs))
                .optional();
    }

    void save(long cycleId, long unitId, SelfEvaluation e) {
        jdbc.sql("delete from self_evaluation where cycle_id = ? and row_id = ?").params(cycleId, e.rowId()).update();
        jdbc.sql("""
                        insert into self_evaluation (cycle_id, unit_id, row_id, completion, evidence_text, proposed_tier,
                        updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, unitId, e.rowId(), e.completion(), e.evidenceText(), e.proposedTier(),
                        Timestamp.from(e.updatedAt()), e.updatedBy())
                .update();
    }

    Optional<Submission> submission(long cycleId, long unitId) {
        return jdbc.sql("select status, changed_at, changed_by from self_evaluation_submission where cycle_id = ? and unit_id = ?")
                .params(cycleId, unitId)
                .query((rs, n) -> new Submission(cycleId, unitId, SubmissionStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
                .optional();
    }

    Map<Long, SubmissionStatus> statuses(long cycleId) {
        Map<Long, SubmissionStatus> result = new LinkedHashMap<>();
        jdbc.sql("select unit_id, status from self_evaluation_submission where cycle_id = ?").param(cycleId)
                .query(rs -> {
                    result.put(rs.getLong("unit_id"), SubmissionStatus.valueOf(rs.getString("status")));
                });
        return result;
    }

    void record(Submission.Outcome outcome) {
        Submission s = outcome.submission();
        jdbc.sql("delete from self_evaluation_submission where cycle_id = ? and unit_id = ?")
                .params(s.cycleId(), s.unitId()).update();
        jdbc.sql("insert into self_evaluation_submission (cycle_id, unit_id, status, changed_at, changed_by) values (?, ?, ?, ?, ?)")
                .params(s.cycleId(), s.unitId(), s.status().name(), Timestamp.from(s.changedAt()), s.changedBy())
                .update();
        Submission.Transition t = outcome.transition();
        jdbc.sql("""
                        insert into self_evaluation_transition (cycle_id, unit_id, transition, reason, actor, occurred_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(s.cycleId(), s.unitId(), t.name(), t.reason(), t.by(), Timestamp.from(t.at()))
                .update();
    }

    List<Submission.Transition> transitions(long cycleId, long unitId) {
        return jdbc.sql("""
                        select transition, reason, actor, occurred_at from self_evaluation_transition
                        where cycle_id = ? and unit_id = ? order by id""")
                .params(cycleId, unitId)
                .query((rs, n) -> new Submission.Transition(rs.getString("transition"), rs.getString("reason"),
                        rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    private static SelfEvaluation evaluation(ResultSet rs) throws SQLException {
        return new SelfEvaluation(rs.getObject("row_id", UUID.class), rs.getString("completion"),
                rs.getString("evidence_text"), rs.getObject("proposed_tier", Integer.class),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }


}
