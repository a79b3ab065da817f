package org.jixiao.security.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The session registry as stored (table {@code signed_in_session}). */
@Repository
class SignedInSessions {

    private static final String COLUMNS = "id, account_id, username, role, address, signed_in_at, last_seen_at, "
            + "ended_at, end_reason, ended_by";

    private final JdbcClient jdbc;

    SignedInSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One session as stored; {@code endedAt} empty while it was not ended. */
    record Row(String id, long accountId, String username, String role, @Nullable String address, Instant signedInAt,
               Instant lastSeenAt, @Nullable Instant endedAt, @Nullable EndReason endReason,
               @Nullable String endedBy) {

        boolean ended() {
            return endedAt != null;
        }
    }

    void insert(Row row) {
        jdbc.sql("insert into signed_in_session (id, account_id, username, role, address, signed_in_at, last_seen_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(row.id(), row.accountId(), row.username(), row.role(), row.address(), at(row.signedInAt()),
                        at(row.lastSeenAt()))
                .update();
    }

    Optional<Row> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from signed_in_session where id = ?").param(id)
                .query(SignedInSessions::row).optional();
    }

    /**
     * Locks the account's row until the transaction ends, so that two sign-ins of one account (on
     * any nodes) take turns counting its sessions.
     */
    void lockAccount(long accountId) {
        jdbc.sql("select id from account where id = ? for update").param(accountId).query(Long.class).optional();
    }

    /** The sessions of one account not ended and seen since {@code since}, oldest sign-in first. */
    List<Row> online(long accountId, Instant since) {
        return jdbc.sql("select " + COLUMNS + " from signed_in_session where account_id = ? and ended_at is null"
                        + " and last_seen_at > ? order by signed_in_at, id")
                .params(accountId, at(since)).query(SignedInSessions::row).list();
    }

    /** Every session not ended and seen since {@code since}, newest sign-in first. */
    List<Row> online(Instant since) {
        return jdbc.sql("select " + COLUMNS + " from signed_in_session where ended_at is null and last_seen_at > ?"
                        + " order by signed_in_at desc, id")
                .param(at(since)).query(SignedInSessions::row).list();
    }

    void touch(String id, Instant at) {
        jdbc.sql("update signed_in_session set last_seen_at = ? where id = ? and ended_at is null")
                .params(at(at), id).update();
    }

    /** Ends the session unless it already ended; whether this call ended it. */
    boolean end(String id, EndReason reason, @Nullable String by, Instant at) {
        return jdbc.sql("update signed_in_session set ended_at = ?, end_reason = ?, ended_by = ?"
                        + " where id = ? and ended_at is null")
                .params(at(at), reason.name(), by, id).update() == 1;
    }

    /**
     * Forgets sessions ended before {@code endedBefore}, and those never ended but not seen since
     * {@code seenBefore} (their HTTP sessions expired long ago).
     */
    void forget(Instant endedBefore, Instant seenBefore) {
        jdbc.sql("delete from signed_in_session where ended_at < ? or (ended_at is null and last_seen_at < ?)")
                .params(at(endedBefore), at(seenBefore)).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("end_reason");
        return new Row(rs.getString("id"), rs.getLong("account_id"), rs.getString("username"), rs.getString("role"),
                rs.getString("address"), instant(rs, "signed_in_at"), instant(rs, "last_seen_at"),
                instant(rs, "ended_at"), reason == null ? null : EndReason.valueOf(reason), rs.getString("ended_by"));
    }
}
