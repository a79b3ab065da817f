package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Role;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on the real database: entries live and die with the caller's transaction, the
 * chain stays linear under concurrent writers, {@code audit verify} names the first row that was
 * altered, deleted or swapped, sign-ins and sign-outs are recorded, and only the AUDIT_ADMIN reads it
 * (三员分立: the office is refused like every other role).
 */
@IntegrationTest
class AuditTrailIT {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    Environment environment;

    TestWorlds.World world;
    Account auditor;
    String marker;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        marker = UUID.randomUUID().toString().substring(0, 8);
        auditor = accounts.create("auditor-" + marker, TestWorlds.PASSWORD, "审计员", Role.AUDIT_ADMIN, null);
    }

    private AuditEvent event(String subject) {
        return AuditEvent.change(AuditKind.SETTINGS, world.admin().username(), "ADMIN", world.cycle().id(),
                world.unitA().id(), subject, Map.of("值", 1), Map.of("值", 2));
    }

    private List<Long> idsOf(String subjectPrefix) {
        return jdbc.sql("select id from audit_entry where subject like ? order by id").param(subjectPrefix + "%")
                .query(Long.class).list();
    }

    private RequestPostProcessor as(Account account) {
        return user(users.loadUserByUsername(account.username()));
    }

    // ---- transactions and the chain ------------------------------------------------------------

    @Test
    void entryRecordedInATransactionThatRollsBackLeavesNoTrace() {
        ChainHead before = trail.head();

        transactions.executeWithoutResult(status -> {
            trail.record(event("回滚 " + marker));
            status.setRollbackOnly();
        });

        assertThat(idsOf("回滚 " + marker)).isEmpty();
        assertThat(trail.head()).isEqualTo(before);
    }

    @Test
    void entryCommittedWithTheChangeFollowsTheHead() {
        ChainHead before = trail.head();

        AuditEntry entry = transactions.execute(status -> trail.record(event("提交 " + marker)));

        assertThat(entry.previousHash()).isEqualTo(before.hash());
        assertThat(trail.head()).isEqualTo(new ChainHead(before.entryCount() + 1, entry.entryHash(), entry.id(),
                before.anchorHash(), before.prunedCount()));
        assertThat(entry.contentIntact()).isTrue();
    }

    @Test
    void concurrentWritersTakeTurnsAndTheChainStaysWhole() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        trail.record(event("并发 " + marker + " " + writer + "-" + i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }

        assertThat(idsOf("并发 " + marker)).hasSize(40);
        assertThat(verify()).isZero();
    }

    /**
     * The embedded H2 database gave up on a lock after two seconds by default, so a save queued behind
     * a slow audited write (a large import, a publication) failed with a 500. The URL now waits
     * as PostgreSQL does, up to LOCK_TIMEOUT.
     */
    @Test
    void aWriterQueuedBehindASlowOneWaitsForItsTurn() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = writers.submit(() -> transactions.executeWithoutResult(status -> {
                trail.record(event("慢 " + marker));
                held.countDown();
                sleep(Duration.ofSeconds(3));
            }));
            held.await();
            Future<?> queued = writers.submit(() -> trail.record(event("排队 " + marker)));
            queued.get();
            slow.get();
        } finally {
            writers.shutdown();
        }

        assertThat(idsOf("慢 " + marker)).hasSize(1);
        assertThat(idsOf("排队 " + marker)).hasSize(1).allSatisfy(id -> assertThat(id).isGreaterThan(idsOf("慢 " + marker).get(0)));
        assertThat(verify()).isZero();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- audit verify on the real database -----------------------------------------------------

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

    private String verifyOutput() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Five fresh entries to tamper with; whatever a test does to them is undone afterwards. */
    private List<Long> fiveEntries() {
        for (int i = 1; i <= 5; i++) {
            trail.record(event("篡改 " + marker + " " + i));
        }
        return idsOf("篡改 " + marker);
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from audit_entry where id = ?").param(id).query().singleRow();
    }

    private void put(long id, Map<String, Object> row) {
        jdbc.sql("""
                        update audit_entry set occurred_at = ?, actor = ?, actor_role = ?, address = ?, kind = ?,
                        cycle_id = ?, unit_id = ?, subject = ?, before_json = ?, after_json = ?, previous_hash = ?,
                        entry_hash = ? where id = ?""")
                .params(value(row, "occurred_at"), value(row, "actor"), value(row, "actor_role"), value(row, "address"),
                        value(row, "kind"), value(row, "cycle_id"), value(row, "unit_id"), value(row, "subject"),
                        value(row, "before_json"), value(row, "after_json"), value(row, "previous_hash"),
                        value(row, "entry_hash"), id)
                .update();
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst()
                .map(Map.Entry::getValue).orElse(null);
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.sql("""
                        insert into audit_entry (id, occurred_at, actor, actor_role, address, kind, cycle_id, unit_id,
                        subject, before_json, after_json, previous_hash, entry_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(value(row, "id"), value(row, "occurred_at"), value(row, "actor"), value(row, "actor_role"),
                        value(row, "address"), value(row, "kind"), value(row, "cycle_id"), value(row, "unit_id"),
                        value(row, "subject"), value(row, "before_json"), value(row, "after_json"),
                        value(row, "previous_hash"), value(row, "entry_hash"))
                .update();
    }

    @Test
    void untouchedChainVerifies() {
        fiveEntries();

        assertThat(verify()).isZero();
        assertThat(verifyOutput()).startsWith("审计链完整：").contains("链头 " + trail.head().hash());
    }

    @Test
    void alteredRowIsNamedByVerify() {
        long third = fiveEntries().get(2);
        Map<String, Object> original = row(third);
        try {
            jdbc.sql("update audit_entry set after_json = '{\"值\":99}' where id = ?").param(third).update();

            assertThat(verify()).isEqualTo(1);
            assertThat(verifyOutput()).contains("编号 " + third + "，").contains("类别 SETTINGS").contains("内容被改动");
        } finally {
            put(third, original);
        }
        assertThat(verify()).isZero();
    }

    @Test
    void deletedRowIsNamedByVerifyAtTheEntryAfterIt() {
        List<Long> ids = fiveEntries();
        Map<String, Object> original = row(ids.get(1));
        try {
            jdbc.sql("delete from audit_entry where id = ?").param(ids.get(1)).update();

            assertThat(verify()).isEqualTo(1);
            assertThat(verifyOutput()).contains("编号 " + ids.get(2) + "，").contains("链接断开");
        } finally {
            reinsert(original);
        }
        assertThat(verify()).isZero();
    }

    @Test
    void swappedRowsAreNamedByVerifyAtTheFirstOfThem() {
        List<Long> ids = fiveEntries();
        Map<String, Object> second = row(ids.get(1));
        Map<String, Object> fourth = row(ids.get(3));
        try {
            put(ids.get(1), fourth);
            put(ids.get(3), second);

            assertThat(verify()).isEqualTo(1);
            assertThat(verifyOutput()).contains("编号 " + ids.get(1) + "，").contains("链接断开");
        } finally {
            put(ids.get(1), second);
            put(ids.get(3), fourth);
        }
        assertThat(verify()).isZero();
    }

    // ---- sign-in and sign-out ------------------------------------------------------------------

    private List<Map<String, Object>> entriesOf(String actor, AuditKind kind) {
        return jdbc.sql("select * from audit_entry where actor = ? and kind = ? order by id")
                .params(actor, kind.name()).query().listOfRows();
    }

    @Test
    void signInOnThePageIsRecordedWithRoleAndAddress() throws Exception {
        mvc.perform(formLogin("/login").user(world.clerkA().username()).password(TestWorlds.PASSWORD))
                .andExpect(status().is3xxRedirection());

        List<Map<String, Object>> logins = entriesOf(world.clerkA().username(), AuditKind.LOGIN);
        assertThat(logins).hasSize(1);
        assertThat(value(logins.get(0), "actor_role")).isEqualTo("UNIT_CLERK");
        assertThat(value(logins.get(0), "address")).isEqualTo("127.0.0.1");
    }

    @Test
    void refusedSignInRecordsTheNameTried() throws Exception {
        String tried = "nobody-" + marker;
        mvc.perform(formLogin("/login").user(tried).password("wrong-password"));
        mvc.perform(get("/api/v1/audit").with(httpBasic(world.admin().username(), "wrong-password")))
                .andExpect(status().isUnauthorized());

        assertThat(entriesOf(tried, AuditKind.LOGIN_FAILED)).hasSize(1);
        assertThat(entriesOf(world.admin().username(), AuditKind.LOGIN_FAILED)).hasSize(1);
    }

    @Test
    void apiCallsAreNotRecordedAsSignIns() throws Exception {
        mvc.perform(get("/api/v1/audit").with(httpBasic(auditor.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk());

        assertThat(entriesOf(auditor.username(), AuditKind.LOGIN)).isEmpty();
    }

    @Test
    void signOutIsRecorded() throws Exception {
        mvc.perform(post("/logout").with(as(world.leaderA())).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(entriesOf(world.leaderA().username(), AuditKind.LOGOUT)).hasSize(1);
    }

    // ---- who reads the trail -------------------------------------------------------------------

    @Test
    void auditAdministratorSeesThePageWithBeforeAndAfter() throws Exception {
        trail.record(event("页面 " + marker));
        mvc.perform(get("/audit").param("user", world.admin().username()).param("kind", "SETTINGS")
                        .with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("页面 " + marker)))
                .andExpect(content().string(Matchers.containsString("设置")));
    }

    @Test
    void clerkAndOfficeAreRefusedThePageTheExportAndTheApi() throws Exception {
        for (Account other : List.of(world.clerkA(), world.admin())) {
            mvc.perform(get("/audit").with(as(other)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(Matchers.containsString("只有审计管理员可以查看审计日志")));
            mvc.perform(get("/audit/export.xlsx").with(as(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit").with(httpBasic(other.username(), TestWorlds.PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("AUDIT_FORBIDDEN"));
        }
    }

    @Test
    void apiFiltersByUserKindAndUnitNewestFirst() throws Exception {
        trail.record(event("接口 " + marker + " 1"));
        trail.record(event("接口 " + marker + " 2"));
        trail.record(AuditEvent.change(AuditKind.SCORE, world.admin().username(), "ADMIN", world.cycle().id(),
                world.unitB().id(), "接口 " + marker + " 其他单位", null, 1));

        mvc.perform(get("/api/v1/audit").param("user", world.admin().username()).param("kind", "SETTINGS")
                        .param("unitId", String.valueOf(world.unitA().id()))
                        .with(httpBasic(auditor.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].subject").value("接口 " + marker + " 2"))
                .andExpect(jsonPath("$[0].before").value("{\"值\":1}"))
                .andExpect(jsonPath("$[0].after").value("{\"值\":2}"));
    }

    @Test
    void exportHoldsTheFilteredEntries() throws Exception {
        trail.record(event("导出 " + marker));

        byte[] xlsx = mvc.perform(get("/audit/export.xlsx").param("user", world.admin().username())
                        .param("kind", "SETTINGS").with(as(auditor)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("导出 " + marker);
        }
    }
}
