package org.jixiao.organization;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hashes of the passwords each account has had (table {@code password_history}), newest first. */
@Repository
class PasswordHistory {

    private final JdbcClient jdbc;

    PasswordHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long accountId, String passwordHash, Instant at) {
        jdbc.sql("insert into password_history (account_id, password_hash, set_at) values (?, ?, ?)")
                .params(accountId, passwordHash, Timestamp.from(at)).update();
    }

    /** The latest {@code limit} hashes, newest first. */
    List<String> latest(long accountId, int limit) {
        return jdbc.sql("select password_hash from password_history where account_id = ? order by id desc")
                .param(accountId).query(String.class).list().stream().limit(limit).toList();
    }
}
