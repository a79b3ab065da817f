package org.jixiao.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins per username (table {@code sign_in_failure}). */
@Repository
class SignInFailures {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Streak(int failures, Instant firstFailedAt, @Nullable Instant lockedUntil) {
    }

    Optional<Streak> find(String username) {
        return jdbc.sql("select failures, first_failed_at, locked_until from sign_in_failure where username = ?")
                .param(username)
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp(3);
                    return new Streak(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                            locked == null ? null : locked.toInstant());
                })
                .optional();
    }

    /** Starts a new streak with its first failure, dropping every streak whose window has ended. */
    void start(String username, Instant at, Instant windowsEndedBefore) {
        jdbc.sql("delete from sign_in_failure where username = ? or first_failed_at <= ?")
                .params(username, Timestamp.from(windowsEndedBefore)).update();
        jdbc.sql("insert into sign_in_failure (username, failures, first_failed_at) values (?, 1, ?)")
                .params(username, Timestamp.from(at)).update();
    }

    void increment(String username) {
        jdbc.sql("update sign_in_failure set failures = failures + 1 where username = ?").param(username).update();
    }

    void lock(String username, Instant until) {
        jdbc.sql("update sign_in_failure set locked_until = ? where username = ?")
                .params(Timestamp.from(until), username).update();
    }

    void clear(String username) {
        jdbc.sql("delete from sign_in_failure where username = ?").param(username).update();
    }

    /** The usernames locked at {@code now}, the lock ending soonest first. */
    List<Locked> lockedAt(Instant now) {
        return jdbc.sql("select username, failures, first_failed_at, locked_until from sign_in_failure"
                        + " where locked_until > ? order by locked_until, username")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Locked(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    record Locked(String username, int failures, Instant firstFailedAt, Instant lockedUntil) {
    }
}
