package org.jixiao.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores the public's objections and each cycle's 公示期 length. */
@Repository
class ObjectionRepository {

    private static final String COLUMNS = """
            select id, cycle_id, unit_id, objection_text, sender_name, sender_phone, sender_address, received_at,
                   status, answer, answered_by, answered_at from public_objection""";

    private final JdbcClient jdbc;

    ObjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long cycleId, long unitId, ObjectionForm form, @Nullable String address, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into public_objection (cycle_id, unit_id, objection_text, sender_name, sender_phone,
                                                      sender_address, received_at, status, answer)
                        values (?, ?, ?, ?, ?, ?, ?, ?, '')""")
                .params(cycleId, unitId, form.text(), form.name(), form.phone(), address, Timestamp.from(at),
                        ObjectionStatus.OPEN.name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Objection> find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(ObjectionRepository::objection).optional();
    }

    /** The objection as the office changed it, provided nobody changed it meanwhile. */
    boolean update(Objection before, Objection after) {
        return jdbc.sql("""
                        update public_objection set status = ?, answer = ?, answered_by = ?, answered_at = ?
                        where id = ? and status = ? and answer = ?""")
                .params(after.status().name(), after.answer(), after.answeredBy(),
                        after.answeredAt() == null ? null : Timestamp.from(after.answeredAt()), after.id(),
                        before.status().name(), before.answer())
                .update() == 1;
    }

    /** Objections matching every filter given ({@code null}: any), newest first. */
    List<Objection> search(@Nullable Long cycleId, @Nullable Long unitId, @Nullable ObjectionStatus status) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (cycleId != null) {
            sql.append(" and cycle_id = ?");
            params.add(cycleId);
        }
        if (unitId != null) {
            sql.append(" and unit_id = ?");
            params.add(unitId);
        }
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        return jdbc.sql(sql.append(" order by received_at desc, id desc").toString()).params(params)
                .query(ObjectionRepository::objection).list();
    }

    /** The unit's objections the office has answered, oldest first, for the public page. */
    List<Objection> answered(long cycleId, long unitId) {
        return jdbc.sql(COLUMNS + " where cycle_id = ? and unit_id = ? and answer <> '' order by received_at, id")
                .params(cycleId, unitId).query(ObjectionRepository::objection).list();
    }

    /** The 公示期 the office set for the cycle, in working days, if it set one. */
    Optional<Integer> windowDays(long cycleId) {
        return jdbc.sql("select objection_days from portal_cycle_setting where cycle_id = ?")
                .param(cycleId).query(Integer.class).optional();
    }

    void setWindowDays(long cycleId, int days) {
        if (jdbc.sql("update portal_cycle_setting set objection_days = ? where cycle_id = ?")
                .params(days, cycleId).update() == 0) {
            jdbc.sql("insert into portal_cycle_setting (cycle_id, objection_days) values (?, ?)")
                    .params(cycleId, days).update();
        }
    }

    private static Objection objection(ResultSet rs, int n) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Objection(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("unit_id"),
                rs.getString("objection_text"), rs.getString("sender_name"), rs.getString("sender_phone"),
                rs.getString("sender_address"), rs.getTimestamp("received_at").toInstant(),
                ObjectionStatus.valueOf(rs.getString("status")), rs.getString("answer"), rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant());
    }
}
