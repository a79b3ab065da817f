import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.JixiaoApplication;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.demo.DemoTables;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.RaterPanelService;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitLevel;
import org.jixiao.plan.PlanAction;
import org.jixiao.plan.PlanService;
import org.jixiao.plan.TargetTableService;
import org.jixiao.table.StandardTemplates;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the product over HTTP against floors measured in the same process, in interleaved rounds.
 * See bench/web/README.md.
 *
 *   p1 N...   results page of a cycle of N units (~60 items, 7 raters) vs one SQL aggregate of its scores
 *   p3 N...   table page, admin home and rater hub with 50 concurrent clients vs the same HTML as a static
 *             file, and the table page vs /login
 *   save N... score saves by 10 concurrent raters vs single-row UPDATEs through the app's connection pool
 *   all N...  all three on the same generated data
 *   p3,save N (modes joined by commas) several of them on the same generated data
 * System properties: -Drounds=7 (P1 rounds), -Dseconds=10 (length of each load segment), -Dload.rounds=3,
 * -Dp3.nohome=true (P3 without the office's home page).
 */
public final class WebBench {

    static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DB = System.getProperty("db", "jixiao_bench");
    static final int PORT = Integer.getInteger("port", 8095);
    static final String PASSWORD = "Bench#2025pw";
    static final int RATERS = 7;
    static final Path STATIC = Path.of("target", "bench-static");
    static final int SAVERS = 10;
    static final int ROUNDS = Integer.getInteger("rounds", 7);
    static final int SECONDS = Integer.getInteger("seconds", 10);
    static final int LOAD_ROUNDS = Integer.getInteger("load.rounds", 3);
    /** Seconds of load before the timed rounds of each page and floor (the JIT compiles the hot paths). */
    static final int WARMUP = Integer.getInteger("warmup", 10);

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "p1";
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = mode.equals("p1") ? List.of(100, 1000) : List.of(100);
        }
        System.out.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim());
        for (int units : sizes) {
            try (Bench bench = new Bench(units)) {
                List<String> modes = List.of(mode.split(","));
                if (modes.contains("p1") || mode.equals("all")) {
                    bench.p1();
                }
                if (modes.contains("p3") || mode.equals("all")) {
                    bench.p3();
                }
                if (modes.contains("save") || mode.equals("all")) {
                    bench.save();
                }
                bench.memory();
            }
        }
        System.exit(0);
    }

    static final class Bench implements AutoCloseable {

        final int units;
        final ConfigurableApplicationContext app;
        final Connection sql;
        final HttpClient http;
        final String base = "http://127.0.0.1:" + PORT;
        long cycleId;
        UUID firstTable;
        final List<Long> groups = new ArrayList<>();
        final List<Long> unitIds = new ArrayList<>();
        final List<Account> raters = new ArrayList<>();
        /** Rater index → the approved unit it saves scores on (first a unit index, then its id). */
        final java.util.Map<Integer, Long> saverUnits = new java.util.TreeMap<>();
        CurrentUser office;

        Bench(int units) throws Exception {
            this.units = units;
            try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
                admin.createStatement().execute("drop database if exists " + DB + " with (force)");
                admin.createStatement().execute("create database " + DB);
            }
            Files.createDirectories(STATIC);
            long start = System.nanoTime();
            app = SpringApplication.run(JixiaoApplication.class,
                    "--spring.datasource.url=" + PG + DB, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=", "--server.port=" + PORT, "--jixiao.demo.enabled=false",
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                    // The bench signs in with a password only: no TOTP enrolment for its office account.
                    "--jixiao.security.mfa.admin-required=false",
                    // The static-file floor of P3: Boot's own /** mapping of a directory, same filters and session.
                    "--spring.web.resources.add-mappings=true",
                    "--spring.web.resources.static-locations=file:" + STATIC.toAbsolutePath() + "/");
            System.out.printf("%n== %,d 单位: 应用启动 %.1f s%n", units, (System.nanoTime() - start) / 1e9);
            sql = DriverManager.getConnection(PG + DB, "postgres", "");
            generate();
            http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(http, "bench-admin");
        }

        /**
         * N units with tables, 7 raters on every group, through the product's services (50 units per
         * transaction, so that a unit does not cost a commit per call); 10 units' plans taken to 批复
         * through the plan workflow; the rater scores inserted in bulk.
         */
        void generate() throws Exception {
            long start = System.nanoTime();
            Accounts accounts = app.getBean(Accounts.class);
            Organization organization = app.getBean(Organization.class);
            TargetTableService tables = app.getBean(TargetTableService.class);
            RaterPanelService panels = app.getBean(RaterPanelService.class);
            Participants participants = app.getBean(Participants.class);
            PlanService plans = app.getBean(PlanService.class);
            TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            Account admin = accounts.create("bench-admin", PASSWORD, "考评办", Role.ADMIN, null);
            office = CurrentUser.of(admin);
            AssessmentCycle cycle = app.getBean(AssessmentCycles.class).open(2025, "市直政府系列",
                    StandardTemplates.cityGovernment2025());
            cycleId = cycle.id();
            for (int g = 0; g < Math.max(1, units / 20); g++) {
                groups.add(organization.createGroup(cycleId, "第" + (g + 1) + "组").id());
            }
            for (int from = 0; from < units; from += 50) {
                int first = from;
                tx.executeWithoutResult(status -> {
                    for (int u = first; u < Math.min(units, first + 50); u++) {
                        Unit unit = organization.addUnit(cycleId, cycle.series(), groups.get(u % groups.size()),
                                new Organization.UnitDetails("参评单位" + u, "单位" + u, UnitLevel.CITY, null)).unit();
                        unitIds.add(unit.id());
                        UUID id = tables.store(u % 2 == 0
                                ? DemoTables.scienceBureau(cycleId, unit.id(), cycle.template())
                                : DemoTables.semiconductorPark(cycleId, unit.id(), cycle.template()), office);
                        if (firstTable == null) {
                            firstTable = id;
                        }
                    }
                });
            }
            double unitsSeconds = (System.nanoTime() - start) / 1e9;
            // A pool of 10 raters; each group gets 7 of them (the rule's maximum), shifted by one per group, so
            // that every unit has 7 raters and 10 different raters can score at once (on units of different groups).
            for (int r = 0; r < SAVERS; r++) {
                raters.add(accounts.create("bench-rater-" + r, PASSWORD, "考评组成员" + r, Role.RATER, null));
            }
            for (int g = 0; g < groups.size(); g++) {
                for (int k = 0; k < RATERS; k++) {
                    panels.assignGroup(cycleId, raters.get((g + k) % SAVERS).id(), groups.get(g), office);
                }
            }
            // For each rater, one unit of a group it rates, whose plan is taken the whole path (as DemoData
            // takes it) to 批复: the score-save benchmark saves through AssessmentService, which refuses a
            // table that is not approved.
            for (int r = 0; r < SAVERS; r++) {
                for (int u = 0; u < units; u++) {
                    int g = u % groups.size();
                    if (Math.floorMod(r - g, SAVERS) < RATERS && !saverUnits.containsValue((long) u)) {
                        saverUnits.put(r, (long) u);
                        break;
                    }
                }
            }
            for (var e : saverUnits.entrySet()) {
                int u = (int) (long) e.getValue();
                long unitId = unitIds.get(u);
                e.setValue(unitId);
                Account clerk = accounts.create("bench-clerk-" + u, PASSWORD, "经办人" + u, Role.UNIT_CLERK, unitId);
                Account leader = accounts.create("bench-leader-" + u, PASSWORD, "单位领导" + u, Role.UNIT_LEADER, unitId);
                PlanService.TableRef table = plans.table(cycleId, unitId, office);
                plans.take(table, PlanAction.SUBMIT, null, List.of(), CurrentUser.of(clerk));
                plans.take(table, PlanAction.START_PEER_REVIEW, null, List.of(), office);
                plans.take(table, PlanAction.FINISH_PEER_REVIEW, null, List.of(), office);
                plans.take(table, PlanAction.PASS_OFFICE_REVIEW, null, List.of(), office);
                plans.take(table, PlanAction.LEADER_APPROVE, null, List.of(), CurrentUser.of(leader));
                plans.take(table, PlanAction.APPROVE, "同意", List.of(), office);
            }
            double serviceSeconds = (System.nanoTime() - start) / 1e9;
            // 7 scores per row: through AssessmentService.score these would be units × ~60 × 7 audited calls
            // (hours at 1,000 units on this machine); the rows are those the service writes.
            Random random = new Random(2025);
            long scores = 0;
            try (Connection bulk = DriverManager.getConnection(PG + DB + "?reWriteBatchedInserts=true", "postgres", "")) {
                bulk.setAutoCommit(false);
                try (PreparedStatement insert = bulk.prepareStatement("""
                        insert into rater_score (cycle_id, unit_id, row_id, rater_account_id, score, updated_at)
                        values (?, ?, ?, ?, ?, now())""")) {
                    for (Participants.Participant p : participants.all(cycleId)) {
                        for (ScoredRow row : p.rows().rows()) {
                            int cents = row.weight().value().movePointRight(2).intValue();
                            int g = unitIds.indexOf(p.unitId()) % groups.size();
                            for (int k = 0; k < RATERS; k++) {
                                Account rater = raters.get((g + k) % SAVERS);
                                insert.setLong(1, cycleId);
                                insert.setLong(2, p.unitId());
                                insert.setObject(3, row.rowId());
                                insert.setLong(4, rater.id());
                                insert.setBigDecimal(5, BigDecimal.valueOf(random.nextInt(cents + 1), 2));
                                insert.addBatch();
                                scores++;
                            }
                        }
                        insert.executeBatch();
                    }
                }
                bulk.commit();
            }
            sql.createStatement().execute("analyze");
            double total = (System.nanoTime() - start) / 1e9;
            System.out.printf("   数据: %,d 单位, %,d 个评分 (%d 评分人), 生成 %.1f s"
                            + "（单位与考评表 %.1f s, 账号、评分人分配与 %d 个单位的批复 %.1f s, 评分批量写入 %.1f s）%n",
                    units, scores, RATERS, total, unitsSeconds, saverUnits.size(), serviceSeconds - unitsSeconds,
                    total - serviceSeconds);
        }

        void signIn(HttpClient http, String username) throws Exception {
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on /login");
            }
            String form = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").endsWith("/")) {
                throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.headers());
            }
        }

        String get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " → " + r.statusCode());
            }
            return r.body();
        }

        long aggregate() throws Exception {
            long rows = 0;
            try (PreparedStatement s = sql.prepareStatement(
                    "select unit_id, sum(score), count(*) from rater_score where cycle_id = ? group by unit_id")) {
                s.setLong(1, cycleId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows += rs.getLong(3);
                    }
                }
            }
            return rows;
        }

        /**
         * P1: the results page as a viewer gets it; right after a score save (the change log names the
         * unit: the page scores that unit again and ranks every unit again); and right after a write that
         * may concern every unit (a whole recompute, as after a change of a group's raters) — each
         * against one SQL aggregate.
         */
        void p1() throws Exception {
            String results = "/evaluation/cycles/" + cycleId + "/results";
            AssessmentService assessment = app.getBean(AssessmentService.class);
            Participants participants = app.getBean(Participants.class);
            int saver = saverUnits.keySet().iterator().next();
            long saverUnit = saverUnits.get(saver);
            CurrentUser rater = CurrentUser.of(raters.get(saver));
            List<ScoredRow> rows = participants.one(cycleId, saverUnit).rows().rows();
            Random random = new Random(7);
            for (int i = 0; i < 20; i++) { // warm-up: the JIT compiles the page's hot paths
                get(results);
                aggregate();
            }
            List<Double> viewed = new ArrayList<>();
            List<Double> saved = new ArrayList<>();
            List<Double> changed = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            int bytes = get(results).length();
            for (int i = 0; i < ROUNDS; i++) {
                floor.add(time(this::aggregate));
                viewed.add(time(() -> get(results)));
                floor.add(time(this::aggregate));
                // A score save through the product's service (as the sheet's form does): one unit written.
                ScoredRow row = rows.get(random.nextInt(rows.size()));
                assessment.scoreWithoutReadCheck(cycleId, saverUnit, row.rowId(), BigDecimal.valueOf(
                        random.nextInt(row.weight().value().movePointRight(2).intValue() + 1), 2), rater);
                saved.add(time(() -> get(results)));
                floor.add(time(this::aggregate));
                // A write that names no unit (what a change of a group's raters adds): the next view recomputes all.
                try (Statement s = sql.createStatement()) {
                    s.execute("insert into evaluation_change (cycle_id) values (" + cycleId + ")");
                }
                changed.add(time(() -> get(results)));
            }
            System.out.printf("P1 考评结果页 %s（%,d 单位, %,d 字节）, %d 轮交替%n", results, units, bytes, ROUNDS);
            report("workload 结果页（数据未变，已缓存）", viewed, "floor SQL 聚合", floor);
            report("workload 结果页（评分保存后：重算该单位并重排名）", saved, "floor SQL 聚合", floor);
            report("workload 结果页（涉及全部单位的写入后：全量重算）", changed, "floor SQL 聚合", floor);
        }

        /**
         * P3: the table page with 50 clients vs the same HTML as a static file, and vs /login; then the
         * office's home page and the rater's evaluation hub, each vs its own HTML as a static file.
         */
        void p3() throws Exception {
            String table = "/tables/" + firstTable;
            String file = staticCopy(http, table, "bench-table.html");
            String html = get(table);
            int rows = html.split("<tr").length - 1;
            System.out.printf("P3 考评表页 %s (%,d 字节, %d 行 <tr>), 50 个并发客户端, 每段 %d s, %d 轮交替%n", table,
                    html.length(), rows, SECONDS, LOAD_ROUNDS);
            HttpClient anonymous = HttpClient.newHttpClient();
            load(http, table, WARMUP);
            load(http, file, WARMUP);
            load(anonymous, "/login", WARMUP);
            List<double[]> page = new ArrayList<>();
            List<double[]> stat = new ArrayList<>();
            List<double[]> login = new ArrayList<>();
            for (int i = 0; i < LOAD_ROUNDS; i++) {
                page.add(load(http, table, SECONDS));
                stat.add(load(http, file, SECONDS));
                login.add(load(anonymous, "/login", SECONDS));
            }
            throughput("workload 考评表页", page, "floor 同一 HTML 静态文件", stat);
            throughput("workload 考评表页", page, "floor /login（匿名）", login);

            // The office's home page and a rater's evaluation hub over the whole cycle.
            HttpClient raterHttp = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(raterHttp, "bench-rater-0");
            String hub = "/evaluation/cycles/" + cycleId;
            String homeFile = staticCopy(http, "/", "bench-home.html");
            String hubFile = staticCopy(raterHttp, hub, "bench-hub.html");
            List<double[]> home = new ArrayList<>();
            List<double[]> homeStat = new ArrayList<>();
            List<double[]> hubs = new ArrayList<>();
            List<double[]> hubStat = new ArrayList<>();
            boolean withHome = !Boolean.getBoolean("p3.nohome");
            if (withHome) {
                load(http, "/", WARMUP);
                load(http, homeFile, WARMUP);
            }
            load(raterHttp, hub, WARMUP);
            load(raterHttp, hubFile, WARMUP);
            for (int i = 0; i < LOAD_ROUNDS; i++) {
                if (withHome) {
                    home.add(load(http, "/", SECONDS));
                    homeStat.add(load(http, homeFile, SECONDS));
                }
                hubs.add(load(raterHttp, hub, SECONDS));
                hubStat.add(load(raterHttp, hubFile, SECONDS));
            }
            System.out.printf("首页 /（考评办, %,d 字节）与考评首页 %s（评分人, %,d 字节）, %,d 单位, 50 个并发客户端, %d 轮交替%n",
                    get("/").length(), hub, getWith(raterHttp, hub).length(), units, LOAD_ROUNDS);
            if (withHome) {
                throughput("workload 首页 /（考评办）", home, "floor 同一 HTML 静态文件", homeStat);
            }
            throughput("workload 考评首页（评分人）", hubs, "floor 同一 HTML 静态文件", hubStat);
        }

        /** Saves the page as the client gets it under the static directory; returns the file's path. */
        String staticCopy(HttpClient client, String path, String name) throws Exception {
            String html = getWith(client, path);
            Files.writeString(STATIC.resolve(name), html);
            if (!getWith(client, "/" + name).equals(html)) {
                throw new IllegalStateException("static copy of " + path + " differs");
            }
            return "/" + name;
        }

        /**
         * Score saves: 10 raters, each signed in over HTTP, saving scores on rows of their own approved unit
         * as the sheet's form posts them (AssessmentController → AssessmentService.score: checks, UPDATE,
         * history, audit entry, re-rendered sheet with the unit's live result), against 10 threads running a
         * single-row UPDATE of a score through the application's own connection pool (HikariCP).
         */
        void save() throws Exception {
            Participants participants = app.getBean(Participants.class);
            DataSource pool = app.getBean(DataSource.class);
            List<Integer> savers = new ArrayList<>(saverUnits.keySet());
            int n = savers.size();
            List<HttpClient> clients = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            List<List<ScoredRow>> rows = new ArrayList<>();
            for (int r : savers) {
                long unitId = saverUnits.get(r);
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                signIn(client, "bench-rater-" + r);
                String sheet = getWith(client, "/evaluation/cycles/" + cycleId + "/units/" + unitId + "/assess");
                Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(sheet);
                if (!token.find()) {
                    throw new IllegalStateException("no CSRF token on the assessment sheet");
                }
                clients.add(client);
                tokens.add(token.group(1));
                rows.add(participants.one(cycleId, unitId).rows().rows());
            }
            Work[] saves = new Work[n];
            Work[] updates = new Work[n];
            for (int i = 0; i < n; i++) {
                int rater = i;
                int r = savers.get(i);
                long unitId = saverUnits.get(r);
                Random random = new Random(r);
                String prefix = base + "/evaluation/cycles/" + cycleId + "/units/" + unitId + "/assess/rows/";
                saves[r] = () -> {
                    ScoredRow row = rows.get(rater).get(random.nextInt(rows.get(rater).size()));
                    int cents = row.weight().value().movePointRight(2).intValue();
                    String form = "score=" + BigDecimal.valueOf(random.nextInt(cents + 1), 2).toPlainString()
                            + "&_csrf=" + URLEncoder.encode(tokens.get(rater), StandardCharsets.UTF_8);
                    HttpResponse<byte[]> response = clients.get(rater).send(
                            HttpRequest.newBuilder(URI.create(prefix + row.rowId() + "/score"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("HX-Request", "true")
                                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    return response.statusCode() == 200;
                };
                // The floor: one row's score of the same rater on the same unit per statement.
                long scorer = raters.get(r).id();
                updates[r] = () -> {
                    ScoredRow row = rows.get(rater).get(random.nextInt(rows.get(rater).size()));
                    try (Connection c = pool.getConnection(); PreparedStatement u = c.prepareStatement("""
                            update rater_score set score = ?, updated_at = now()
                            where cycle_id = ? and row_id = ? and rater_account_id = ?""")) {
                        u.setBigDecimal(1, BigDecimal.valueOf(random.nextInt(
                                row.weight().value().movePointRight(2).intValue() + 1), 2));
                        u.setLong(2, cycleId);
                        u.setObject(3, row.rowId());
                        u.setLong(4, scorer);
                        return u.executeUpdate() == 1;
                    }
                };
            }
            // What every audited write must also do: the same UPDATE and an entry appended to the audit
            // chain (head row locked, entry hashed onto it, head moved) in one transaction. The chain
            // takes one append at a time across all nodes, so this bounds any audited write's rate.
            AuditTrail trail = app.getBean(AuditTrail.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            Work[] audited = new Work[n];
            for (int i = 0; i < n; i++) {
                int rater = i;
                int r = savers.get(i);
                Random random = new Random(31L * r);
                long scorer = raters.get(r).id();
                String username = raters.get(r).username();
                audited[r] = () -> tx.execute(status -> {
                    ScoredRow row = rows.get(rater).get(random.nextInt(rows.get(rater).size()));
                    int done = jdbc.sql("""
                                    update rater_score set score = ?, updated_at = now()
                                    where cycle_id = ? and row_id = ? and rater_account_id = ?""")
                            .params(BigDecimal.valueOf(random.nextInt(row.weight().value().movePointRight(2).intValue() + 1), 2),
                                    cycleId, row.rowId(), scorer)
                            .update();
                    trail.record(AuditEvent.change(AuditKind.SCORE, username, "RATER", cycleId, null, "bench", null, 1));
                    return done == 1;
                });
            }
            run(saves, WARMUP);
            run(updates, WARMUP);
            run(audited, WARMUP);
            List<double[]> saved = new ArrayList<>();
            List<double[]> updated = new ArrayList<>();
            List<double[]> chained = new ArrayList<>();
            for (int i = 0; i < LOAD_ROUNDS; i++) {
                saved.add(run(saves, SECONDS));
                updated.add(run(updates, SECONDS));
                chained.add(run(audited, SECONDS));
            }
            System.out.printf("评分保存 %d 个评分人并发（各在一个已批复单位上, %,d 单位）, 每段 %d s, %d 轮交替%n", n,
                    units, SECONDS, LOAD_ROUNDS);
            throughput("workload 评分保存（HTTP）", saved, "floor 单行 UPDATE（应用连接池）", updated);
            throughput("workload 评分保存（HTTP）", saved, "floor 单行 UPDATE + 审计链追加（同一事务）", chained);
        }

        /** Heap in use after a full GC and the process's resident set (server and load driver together). */
        void memory() throws Exception {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
            System.out.printf("  内存: 堆占用（GC 后）%,d MB, 堆上限 %,d MB, 进程 %s%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, rss);
        }

        String getWith(HttpClient client, String path) throws Exception {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " → " + r.statusCode());
            }
            return r.body();
        }

        /** 50 clients GETting the path for the given seconds: {requests per second, p99 ms, failures}. */
        double[] load(HttpClient client, String path, int seconds) throws Exception {
            Work get = () -> client.send(HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(java.time.Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
            Work[] clients = new Work[50];
            java.util.Arrays.fill(clients, get);
            return run(clients, seconds);
        }

        /**
         * One thread per client, each calling its work in a loop for the given seconds: {successful calls per
         * second, p99 ms of the successful calls, failed calls}. A failure (an answer other than 200, an
         * exception) is counted, not fatal.
         */
        static double[] run(Work[] clients, int seconds) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(clients.length);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong failures = new AtomicLong();
            List<Future<List<Long>>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (Work work : clients) {
                futures.add(pool.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    while (!stop.get()) {
                        long t = System.nanoTime();
                        boolean ok;
                        try {
                            ok = Boolean.TRUE.equals(work.run());
                        } catch (Exception e) {
                            ok = false;
                        }
                        if (ok) {
                            latencies.add(System.nanoTime() - t);
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                    return latencies;
                }));
            }
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Collections.sort(all);
            double p99 = all.isEmpty() ? 0 : all.get((int) Math.min(all.size() - 1, Math.ceil(all.size() * 0.99) - 1)) / 1e6;
            return new double[] {all.size() / elapsed, p99, failures.get()};
        }

        interface Work {
            Object run() throws Exception;
        }

        static double time(Work work) throws Exception {
            long t = System.nanoTime();
            work.run();
            return (System.nanoTime() - t) / 1e6;
        }

        static void report(String workloadName, List<Double> workload, String floorName, List<Double> floor) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < workload.size(); i++) {
                ratios.add(workload.get(i) / floor.get(Math.min(floor.size() - 1, 2 * i)));
            }
            System.out.printf("  %-34s %s ms%n", workloadName, stats(workload));
            System.out.printf("  %-34s %s ms%n", floorName, stats(floor));
            System.out.printf("  %-34s %s ×%n", "ratio", stats(ratios));
        }

        static void throughput(String workloadName, List<double[]> workload, String floorName, List<double[]> floor) {
            List<Double> w = workload.stream().map(a -> a[0]).toList();
            List<Double> f = floor.stream().map(a -> a[0]).toList();
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                ratios.add(100 * w.get(i) / f.get(i));
            }
            System.out.printf("  %-30s %s /s, p99 %s ms%s%n", workloadName, stats(w),
                    stats(workload.stream().map(a -> a[1]).toList()), failures(workload));
            System.out.printf("  %-30s %s /s, p99 %s ms%s%n", floorName, stats(f),
                    stats(floor.stream().map(a -> a[1]).toList()), failures(floor));
            System.out.printf("  %-30s %s %%%n", "ratio 吞吐量", stats(ratios));
        }

        static String failures(List<double[]> segments) {
            long failed = segments.stream().mapToLong(a -> (long) a[2]).sum();
            return failed == 0 ? "" : String.format(", 失败 %,d 次", failed);
        }

        static String stats(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            return String.format("%,.1f [%,.1f–%,.1f]", median, sorted.get(0), sorted.get(sorted.size() - 1));
        }

        @Override
        public void close() throws Exception {
            sql.close();
            app.close();
        }
    }
}
