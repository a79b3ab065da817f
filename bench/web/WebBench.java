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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.JixiaoApplication;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.demo.DemoTables;
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
import org.jixiao.plan.TargetTableService;
import org.jixiao.table.StandardTemplates;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the product over HTTP against floors measured in the same process, in interleaved rounds.
 * See bench/web/README.md.
 *
 *   p1 N...  results page of a cycle of N units (~60 items, 7 raters) vs one SQL aggregate of its scores
 *   p3 N...  table page with 50 concurrent clients vs the same HTML as a static file, and vs /login
 *   all N... both on the same generated data
 */
public final class WebBench {

    static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DB = "jixiao_bench";
    static final int PORT = 8095;
    static final String PASSWORD = "Bench#2025pw";
    static final int RATERS = 7;
    static final Path STATIC = Path.of("target", "bench-static");

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
                if (!mode.equals("p3")) {
                    bench.p1();
                }
                if (!mode.equals("p1")) {
                    bench.p3();
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
                    // The static-file floor of P3: Boot's own /** mapping of a directory, same filters and session.
                    "--spring.web.resources.add-mappings=true",
                    "--spring.web.resources.static-locations=file:" + STATIC.toAbsolutePath() + "/");
            System.out.printf("%n== %,d 单位: 应用启动 %.1f s%n", units, (System.nanoTime() - start) / 1e9);
            sql = DriverManager.getConnection(PG + DB, "postgres", "");
            generate();
            http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn();
        }

        /** N units with tables, 7 raters on every group, through the product's services; scores in bulk. */
        void generate() throws Exception {
            long start = System.nanoTime();
            Accounts accounts = app.getBean(Accounts.class);
            Organization organization = app.getBean(Organization.class);
            TargetTableService tables = app.getBean(TargetTableService.class);
            RaterPanelService panels = app.getBean(RaterPanelService.class);
            Participants participants = app.getBean(Participants.class);
            Account admin = accounts.create("bench-admin", PASSWORD, "考评办", Role.ADMIN, null);
            CurrentUser office = CurrentUser.of(admin);
            AssessmentCycle cycle = app.getBean(AssessmentCycles.class).open(2025, "市直政府系列",
                    StandardTemplates.cityGovernment2025());
            cycleId = cycle.id();
            List<Long> groups = new ArrayList<>();
            for (int g = 0; g < Math.max(1, units / 20); g++) {
                groups.add(organization.createGroup(cycleId, "第" + (g + 1) + "组").id());
            }
            for (int u = 0; u < units; u++) {
                Unit unit = organization.addUnit(cycleId, cycle.series(), groups.get(u % groups.size()),
                        new Organization.UnitDetails("参评单位" + u, "单位" + u, UnitLevel.CITY, null)).unit();
                UUID id = tables.store(u % 2 == 0 ? DemoTables.scienceBureau(cycleId, unit.id(), cycle.template())
                        : DemoTables.semiconductorPark(cycleId, unit.id(), cycle.template()), office);
                if (firstTable == null) {
                    firstTable = id;
                }
            }
            List<Account> raters = new ArrayList<>();
            for (int r = 0; r < RATERS; r++) {
                Account rater = accounts.create("bench-rater-" + r, PASSWORD, "考评组成员" + r, Role.RATER, null);
                raters.add(rater);
                for (long group : groups) {
                    panels.assignGroup(cycleId, rater.id(), group, office);
                }
            }
            // 7 scores per row: through AssessmentService.score these would be units × ~60 × 7 audited calls
            // (hours at 1,000 units on this machine); the rows are those the service writes.
            Random random = new Random(2025);
            long scores = 0;
            sql.setAutoCommit(false);
            try (PreparedStatement insert = sql.prepareStatement("""
                    insert into rater_score (cycle_id, unit_id, row_id, rater_account_id, score, updated_at)
                    values (?, ?, ?, ?, ?, now())""")) {
                for (Participants.Participant p : participants.all(cycleId)) {
                    for (ScoredRow row : p.rows().rows()) {
                        int cents = row.weight().value().movePointRight(2).intValue();
                        for (Account rater : raters) {
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
            sql.commit();
            sql.setAutoCommit(true);
            sql.createStatement().execute("analyze");
            System.out.printf("   数据: %,d 单位, %,d 个评分 (%d 评分人), 生成 %.1f s%n", units, scores, RATERS,
                    (System.nanoTime() - start) / 1e9);
        }

        void signIn() throws Exception {
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on /login");
            }
            String form = "username=bench-admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
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

        /** P1: the results page as a viewer gets it, and right after a write (recomputed), vs one aggregate. */
        void p1() throws Exception {
            String results = "/evaluation/cycles/" + cycleId + "/results";
            for (int i = 0; i < 3; i++) {
                get(results);
                aggregate();
            }
            int rounds = 7;
            List<Double> viewed = new ArrayList<>();
            List<Double> changed = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                floor.add(time(this::aggregate));
                viewed.add(time(() -> get(results)));
                floor.add(time(this::aggregate));
                // What a score save does to the version (one evaluation_change row): the next view recomputes.
                try (Statement s = sql.createStatement()) {
                    s.execute("insert into evaluation_change (cycle_id) values (" + cycleId + ")");
                }
                changed.add(time(() -> get(results)));
            }
            System.out.printf("P1 考评结果页 %,d 单位, %d 轮交替%n", units, rounds);
            report("workload 结果页（数据未变，已缓存）", viewed, "floor SQL 聚合", floor);
            report("workload 结果页（写入后重算）", changed, "floor SQL 聚合", floor);
        }

        /** P3: the table page with 50 clients vs the same HTML as a static file, and vs /login. */
        void p3() throws Exception {
            String table = "/tables/" + firstTable;
            String html = get(table);
            Files.writeString(STATIC.resolve("bench-table.html"), html);
            String file = "/bench-table.html";
            if (!get(file).equals(html)) {
                throw new IllegalStateException("static copy differs");
            }
            int rows = html.split("<tr").length - 1;
            System.out.printf("P3 考评表页 %s (%,d 字节, %d 行 <tr>), 50 个并发客户端, 每段 %d s, 3 轮交替%n", table,
                    html.length(), rows, SECONDS);
            load(table, 3);
            load(file, 3);
            List<double[]> page = new ArrayList<>();
            List<double[]> stat = new ArrayList<>();
            List<double[]> login = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                page.add(load(table, SECONDS));
                stat.add(load(file, SECONDS));
                login.add(load("/login", SECONDS));
            }
            throughput("workload 考评表页", page, "floor 同一 HTML 静态文件", stat);
            throughput("workload 考评表页", page, "floor /login", login);
            // The office's home page and evaluation hub over the whole cycle, against the static file.
            String hub = "/evaluation/cycles/" + cycleId;
            List<double[]> home = new ArrayList<>();
            List<double[]> hubs = new ArrayList<>();
            List<double[]> stat2 = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                home.add(load("/", SECONDS));
                hubs.add(load(hub, SECONDS));
                stat2.add(load(file, SECONDS));
            }
            System.out.printf("首页 / 与考评首页 %s（考评办账号, %,d 单位）, 50 个并发客户端, 3 轮交替%n", hub, units);
            throughput("workload 首页 /", home, "floor 静态文件", stat2);
            throughput("workload 考评首页", hubs, "floor 静态文件", stat2);
        }

        static final int SECONDS = 10;

        /** Heap in use after a full GC and the process's resident set (server and load driver together). */
        void memory() throws Exception {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
            System.out.printf("  内存: 堆占用（GC 后）%,d MB, 堆上限 %,d MB, 进程 %s%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, rss);
        }

        /** 50 clients for the given seconds: {requests per second, p99 ms}. */
        double[] load(String path, int seconds) throws Exception {
            int clients = 50;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            AtomicBoolean stop = new AtomicBoolean();
            List<Future<List<Long>>> futures = new ArrayList<>();
            boolean anonymous = path.equals("/login");
            HttpClient client = anonymous ? HttpClient.newHttpClient() : http;
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    while (!stop.get()) {
                        long t = System.nanoTime();
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(path + " → " + r.statusCode());
                        }
                        latencies.add(System.nanoTime() - t);
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
            return new double[] {all.size() / elapsed, p99};
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
            System.out.printf("  %-30s %s req/s, p99 %s ms%n", workloadName, stats(w),
                    stats(workload.stream().map(a -> a[1]).toList()));
            System.out.printf("  %-30s %s req/s, p99 %s ms%n", floorName, stats(f),
                    stats(floor.stream().map(a -> a[1]).toList()));
            System.out.printf("  %-30s %s %%%n", "ratio 吞吐量", stats(ratios));
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
