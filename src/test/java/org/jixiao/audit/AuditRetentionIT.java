package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * 审计日志留存 (default 365 days): entries older than the retention period are archived to a file and
 * removed; the chain then starts at the anchor (the last removed entry's hash), so {@code audit verify}
 * still passes on what is kept and the archive verifies by the same rule up to that anchor. A chain
 * that does not verify is never pruned, and a retention below six months is refused at start-up.
 */
@IntegrationTest
class AuditRetentionIT {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRetention retention;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    String marker;

    @BeforeEach
    void mark() {
        marker = UUID.randomUUID().toString().substring(0, 8);
        moveTheClockPastTheNewestEntry();
    }

    /**
     * Retention removes the chain's prefix up to the first entry inside the retention period. Other
     * tests move the clock forward (days, months, a year) and leave entries dated in the future: a
     * "now" before them would leave the entries this test writes behind them, never old enough.
     */
    private void moveTheClockPastTheNewestEntry() {
        jdbc.sql("select max(occurred_at) from audit_entry").query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant)
                .filter(newest -> newest.isAfter(clock.instant()))
                .ifPresent(newest -> clock.advance(Duration.between(clock.instant(), newest).plusMinutes(1)));
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private void record(String subject) {
        trail.record(AuditEvent.change(AuditKind.SETTINGS, "retention-" + marker, "ADMIN", null, null, subject,
                Map.of("值", 1), Map.of("值", 2)));
    }

    private List<Long> idsOf(String subject) {
        return jdbc.sql("select id from audit_entry where subject = ? order by id").param(subject)
                .query(Long.class).list();
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int verify() {
        out.reset();
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", environment.getRequiredProperty("spring.datasource.url"));
        env.put("SPRING_DATASOURCE_USERNAME", environment.getProperty("spring.datasource.username", ""));
        env.put("SPRING_DATASOURCE_PASSWORD", environment.getProperty("spring.datasource.password", ""));
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return AuditCommand.run(List.of("verify"), print, print, env);
    }

    @Test
    void entriesPastTheRetentionPeriodAreArchivedAndTheChainStillVerifies() throws IOException {
        ChainHead before = trail.head();
        record("旧记录 " + marker + " 1");
        record("旧记录 " + marker + " 2");
        clock.advance(Duration.ofDays(366));
        record("新记录 " + marker);

        AuditRetention.Outcome outcome = retention.prune();

        assertThat(outcome.count()).isGreaterThanOrEqualTo(2);
        assertThat(idsOf("旧记录 " + marker + " 1")).isEmpty();
        assertThat(idsOf("旧记录 " + marker + " 2")).isEmpty();
        assertThat(idsOf("新记录 " + marker)).hasSize(1);
        ChainHead after = trail.head();
        assertThat(after.anchorHash()).isEqualTo(outcome.anchor());
        assertThat(after.prunedCount()).isEqualTo(before.prunedCount() + outcome.count());
        assertThat(verify()).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("审计链完整：").contains("已归档并移出数据库");

        // the archive holds the removed entries and verifies from the old anchor to the new one
        Path file = outcome.file();
        // audit-FIRST-LAST.jsonl, numbered (-2, -3 …) when an archive of the same ids exists already
        // (the PostgreSQL pass of the build follows the H2 pass into the same directory).
        assertThat(file).isNotNull().exists();
        assertThat(file.getFileName().toString())
                .matches("audit-" + outcome.firstId() + "-" + outcome.lastId() + "(-\\d+)?\\.jsonl");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) outcome.count()).anyMatch(l -> l.contains("旧记录 " + marker + " 2"));
        JsonMapper json = JsonMapper.builder().build();
        ChainVerifier archived = new ChainVerifier(before.anchorHash());
        for (String line : lines) {
            assertThat(archived.accept(json.readValue(line, AuditEntry.class))).isTrue();
        }
        assertThat(archived.lastHash()).isEqualTo(after.anchorHash());

        // the clean-up is itself recorded, after which nothing more is old enough
        assertThat(jdbc.sql("select count(*) from audit_entry where kind = 'RETENTION' and after_json like ?")
                .param("%" + file.getFileName() + "%").query(Long.class).single()).isEqualTo(1);
        assertThat(retention.prune().count()).isZero();
        assertThat(verify()).isZero();
    }

    @Test
    void aChainThatDoesNotVerifyIsNeverPruned() {
        record("篡改 " + marker);
        long id = idsOf("篡改 " + marker).get(0);
        String after = jdbc.sql("select after_json from audit_entry where id = ?").param(id).query(String.class).single();
        jdbc.sql("update audit_entry set after_json = ? where id = ?").params("{\"值\":3}", id).update();
        try {
            clock.advance(Duration.ofDays(366));
            assertThatThrownBy(() -> retention.prune()).hasMessageContaining("不能清理");
            assertThat(idsOf("篡改 " + marker)).containsExactly(id);
        } finally {
            jdbc.sql("update audit_entry set after_json = ? where id = ?").params(after, id).update();
        }
        assertThat(verify()).isZero();
    }

    @Test
    void aRetentionBelowSixMonthsIsRefused() {
        assertThatThrownBy(() -> new AuditProperties(false, Duration.ofDays(180), Path.of("archive")))
                .hasMessageContaining("不能少于 184 天");
        assertThat(new AuditProperties(false, Duration.ofDays(184), Path.of("archive")).retention())
                .isEqualTo(Duration.ofDays(184));
    }
}
