package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * {@code audit verify} and {@code audit head} on an in-memory H2 database that holds only the
 * audit tables of V29 and V39, filled through the application's own append.
 */
class AuditCommandTest {

    String url;
    JdbcClient jdbc;
    AuditEntries entries;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void auditTablesWithFiveEntries() {
        url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
        DriverManagerDataSource database = new DriverManagerDataSource(url, "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V29__create_audit_trail.sql"),
                new ClassPathResource("db/migration/V39__add_audit_retention_anchor.sql"))
                .execute(database);
        jdbc = JdbcClient.create(database);
        entries = new AuditEntries(jdbc);
        for (int i = 1; i <= 5; i++) {
            entries.append(AuditEvent.change(AuditKind.SCORE, "rater-" + i, "RATER", 1L, 2L, "考评组打分 行 1-" + i,
                    null, i), Instant.parse("2025-12-0" + i + "T09:00:00.123456789Z"), "10.0.0." + i);
        }
    }

    int run(String... args) {
        return AuditCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "sa"));
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void untouchedChainVerifiesWithExitZero() {
        String head = entries.head().hash();

        assertThat(run("verify")).isZero();
        assertThat(output()).isEqualTo("审计链完整：5 条记录，链头 " + head + System.lineSeparator());
    }

    @Test
    void headPrintsTheHashTheCountAndTheLastId() {
        ChainHead head = entries.head();

        assertThat(run("head")).isZero();
        assertThat(output()).contains(head.hash()).contains("共 5 条记录").contains("最后一条编号 " + head.lastEntryId());
    }

    @Test
    void alteredRowIsNamedWithExitOne() {
        long third = id(3);
        jdbc.sql("update audit_entry set after_json = '100' where id = ?").param(third).update();

        assertThat(run("verify")).isEqualTo(1);
        assertThat(output()).contains("第 3 条记录处断开").contains("编号 " + third).contains("类别 SCORE")
                .contains("2025-12-03").contains("内容被改动");
    }

    @Test
    void deletedRowIsNoticedAtTheNextWithExitOne() {
        jdbc.sql("delete from audit_entry where id = ?").param(id(2)).update();

        assertThat(run("verify")).isEqualTo(1);
        assertThat(output()).contains("编号 " + id(2)).contains("链接断开");
    }

    @Test
    void deletedLastRowIsNoticedByTheHeadWithExitOne() {
        long last = id(5);
        jdbc.sql("delete from audit_entry where id = ?").param(last).update();

        assertThat(run("verify")).isEqualTo(1);
        assertThat(output()).contains("链头不符").contains("编号 " + id(4));
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run("check")).isEqualTo(2);
        assertThat(errors()).contains("用法：audit verify | audit head");
    }

    @Test
    void databaseThatCannotBeReachedExitsTwo() {
        int code = AuditCommand.run(List.of("verify"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:file:./target/no-such-db-" + UUID.randomUUID()
                        + ";IFEXISTS=TRUE;PASSWORD=secret"));

        assertThat(code).isEqualTo(2);
        assertThat(errors()).contains("无法读取审计日志").contains("PASSWORD=***").doesNotContain("secret");
    }

    @Test
    void databaseWithoutTheAuditTablesExitsTwo() {
        String empty = "jdbc:h2:mem:empty-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        int code = AuditCommand.run(List.of("verify"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("SPRING_DATASOURCE_URL", empty));

        assertThat(code).isEqualTo(2);
        assertThat(errors()).contains("无法读取审计日志");
    }

    /** The id of the n-th entry (1-based), whatever the identity column handed out. */
    private long id(int n) {
        return jdbc.sql("select id from audit_entry order by id").query(Long.class).list().get(n - 1);
    }
}
