package org.jixiao.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditCommand;
import org.jixiao.support.TestWorlds;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit entries written since a test began, as the test reads them, and the checks every test
 * of administration changes ends with: no password or password hash in any before or after, and
 * {@code audit verify} on the application's database still finds the chain whole.
 */
final class AuditedChanges {

    /** An entry as the test reads it. */
    record Entry(String kind, String actor, String role, Long cycleId, Long unitId, String subject, String before,
                 String after) {
    }

    private static final String COLUMNS = "kind, actor, actor_role, cycle_id, unit_id, subject, before_json, after_json";

    private final JdbcClient jdbc;
    private final Environment environment;
    private final long since;

    AuditedChanges(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
        this.since = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    /** The entries by these users since this began, oldest first. */
    List<Entry> by(String... actors) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where id > :since and actor in (:actors) order by id")
                .param("since", since).param("actors", List.of(actors))
                .query(AuditedChanges::entry).list();
    }

    /** The entries of one kind by these users since this began, oldest first. */
    List<Entry> of(String kind, String... actors) {
        return by(actors).stream().filter(e -> e.kind().equals(kind)).toList();
    }

    static Entry single(List<Entry> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    /** No entry written since this began holds a clear test password or any account's password hash. */
    void assertNoPasswordAnywhere() {
        List<String> hashes = jdbc.sql("select password_hash from account").query(String.class).list();
        List<Entry> written = jdbc.sql("select " + COLUMNS + " from audit_entry where id > ?").param(since)
                .query(AuditedChanges::entry).list();
        for (Entry entry : written) {
            for (String json : new String[] {entry.before(), entry.after()}) {
                String text = json == null ? "" : json;
                assertThat(text).doesNotContain("{bcrypt}").doesNotContain("$2a$").doesNotContain(TestWorlds.PASSWORD);
                hashes.forEach(hash -> assertThat(text).doesNotContain(hash));
            }
        }
    }

    /** {@code audit verify} against the database the application uses finds the chain whole. */
    void assertChainVerifies() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", environment.getRequiredProperty("spring.datasource.url"));
        env.put("SPRING_DATASOURCE_USERNAME", environment.getProperty("spring.datasource.username", ""));
        env.put("SPRING_DATASOURCE_PASSWORD", environment.getProperty("spring.datasource.password", ""));
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = AuditCommand.run(List.of("verify"), print, print, env);
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
