import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jixiao.tracking.Board;
import org.jixiao.tracking.ProgressReport;
import org.jixiao.tracking.ReportingPeriod;
import org.jixiao.tracking.TrackedItem;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office dashboard of issue 13 for 100 and 1,000 units (60 second-level indicators each, two
 * departments per row, Q1 and Q2 opened, ~80% / 50% reported) on PostgreSQL: the product's path
 * (TrackedRows + ProgressRepository set-based reads, then Board.of in memory) against one SQL aggregate
 * over the same rows, in interleaved rounds. Prints the queries per page, both timings and the ratio
 * as median [min–max]. Database jixiao_bench_tracking on 127.0.0.1:5432 (user postgres, trust), recreated.
 */
public class TrackingBench {

    static final int ITEMS = 60;
    static final int ROUNDS = 7;
    static final AtomicInteger QUERIES = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String host = System.getProperty("pg", "127.0.0.1:5432");
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres", "postgres", "")) {
            admin.createStatement().execute("drop database if exists jixiao_bench_tracking");
            admin.createStatement().execute("create database jixiao_bench_tracking");
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://" + host + "/jixiao_bench_tracking");
        pg.setUser("postgres");
        Flyway.configure().dataSource(pg).locations("classpath:db/migration").load().migrate();
        DataSource counting = counting(pg);
        JdbcClient jdbc = JdbcClient.create(counting);
        Object rows = create("org.jixiao.tracking.progress.TrackedRows", jdbc);
        Object repository = create("org.jixiao.tracking.progress.ProgressRepository", jdbc);

        int units = 0;
        // -Dunits=100 runs the 100-unit workload only
        int[] targets = java.util.Arrays.stream(System.getProperty("units", "100,1000").split(","))
                .mapToInt(v -> Integer.parseInt(v.strip())).toArray();
        for (int target : targets) {
            long cycle = load(pg, units, target);
            units = target;
            System.out.printf("%,d 单位 × %d 项二级指标 = %,d 项；第一、二季度已开放%n", target, ITEMS, target * ITEMS);
            double[] product = new double[ROUNDS];
            double[] aggregate = new double[ROUNDS];
            double[] ratio = new double[ROUNDS];
            double[] reads = new double[ROUNDS];
            double[] fullReads = new double[ROUNDS];
            int queries = 0;
            for (int round = -2; round < ROUNDS; round++) {
                QUERIES.set(0);
                long start = System.nanoTime();
                Board board = board(rows, repository, cycle);
                double p = (System.nanoTime() - start) / 1e6;
                queries = QUERIES.get();
                start = System.nanoTime();
                int full = ((List<?>) rows.getClass().getMethod("of", long.class, Long.class).invoke(rows, cycle, null)).size();
                double f = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                int lines = aggregate(pg, cycle);
                double a = (System.nanoTime() - start) / 1e6;
                if (board.units().size() != target || lines != target) {
                    throw new IllegalStateException("units: board " + board.units().size() + ", aggregate " + lines);
                }
                if (round >= 0) {
                    product[round] = p;
                    aggregate[round] = a;
                    ratio[round] = p / a;
                    reads[round] = readMillis;
                    fullReads[round] = f;
                }
            }
            System.out.printf("  看板（集合查询 %d 条 + 内存汇总） %s ms%n", queries, stats(product));
            System.out.printf("    其中 读取（%d 条查询）             %s ms%n", queries, stats(reads));
            System.out.printf("    对照 逐行含科室与责任人读取（TrackedRows.of，3 条） %s ms%n", stats(fullReads));
            System.out.printf("  基线（一条 SQL 聚合）             %s ms%n", stats(aggregate));
            System.out.printf("  比值 看板/聚合                    %s ×（目标 ≤ 3×）%n", stats(ratio));
        }
    }

    static double readMillis;

    static Board board(Object rows, Object repository, long cycle) throws Exception {
        long start = System.nanoTime();
        @SuppressWarnings("unchecked")
        List<TrackedItem> items = (List<TrackedItem>) rows.getClass().getMethod("forOfficeBoard", long.class)
                .invoke(rows, cycle);
        @SuppressWarnings("unchecked")
        List<ProgressReport> reports = (List<ProgressReport>) repository.getClass()
                .getMethod("reports", long.class, Long.class).invoke(repository, cycle, null);
        Object schedule = repository.getClass().getMethod("schedule", long.class).invoke(repository, cycle);
        @SuppressWarnings("unchecked")
        List<Integer> opened = (List<Integer>) repository.getClass().getMethod("openedPeriods", long.class)
                .invoke(repository, cycle);
        org.jixiao.tracking.PeriodScheme scheme = (org.jixiao.tracking.PeriodScheme) schedule.getClass()
                .getMethod("scheme").invoke(schedule);
        List<ReportingPeriod> periods = scheme.periods(2025, 10);
        readMillis = (System.nanoTime() - start) / 1e6;
        Map<UUID, Map<Integer, ProgressReport>> byRow = new HashMap<>();
        reports.forEach(r -> byRow.computeIfAbsent(r.rowId(), k -> new HashMap<>()).put(r.period(), r));
        return Board.of(items, byRow, periods, opened, LocalDate.of(2025, 7, 20), ZoneId.of("Asia/Shanghai"));
    }

    /** Per unit: items, done, reports per period — one statement over the same rows. */
    static int aggregate(DataSource ds, long cycle) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                select t.unit_id, u.name, count(distinct s.id) items,
                       count(distinct case when r.status = 'DONE' then s.id end) done,
                       sum(case when r.period_no = 1 then 1 else 0 end) q1,
                       sum(case when r.period_no = 2 then 1 else 0 end) q2,
                       count(distinct d.name) departments
                from second_level_indicator s
                join first_level_indicator f on f.id = s.first_level_id
                join target_table t on t.id = s.table_id
                join unit u on u.id = t.unit_id
                join table_category k on k.table_id = t.id and k.category_key = f.category_key
                join plan_state p on p.cycle_id = t.cycle_id and p.unit_id = t.unit_id
                left join row_department d on d.row_id = s.id and d.position = 0
                left join progress_report r on r.cycle_id = t.cycle_id and r.row_id = s.id
                where p.status in ('APPROVED', 'PUBLISHED', 'ADJUSTING') and t.cycle_id = ?
                group by t.unit_id, u.name""")) {
            s.setLong(1, cycle);
            int n = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    /** Adds units (from..to) with approved tables and reports to the one benchmark cycle. */
    static long load(DataSource ds, int from, int to) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long cycle;
            try (ResultSet rs = c.createStatement().executeQuery("select id from assessment_cycle")) {
                if (rs.next()) {
                    cycle = rs.getLong(1);
                } else {
                    try (PreparedStatement s = c.prepareStatement("insert into assessment_cycle (assessment_year, series, "
                            + "template_json, created_at) values (2025, '基准系列', '{}', now())", Statement.RETURN_GENERATED_KEYS)) {
                        s.executeUpdate();
                        ResultSet keys = s.getGeneratedKeys();
                        keys.next();
                        cycle = keys.getLong(1);
                    }
                    c.createStatement().execute("insert into tracking_period (cycle_id, period_no, opened_at, opened_by) values ("
                            + cycle + ", 1, now(), 'bench'), (" + cycle + ", 2, now(), 'bench')");
                }
            }
            PreparedStatement unit = c.prepareStatement("insert into unit (name, short_name, series, group_name) values (?, ?, '基准系列', '第一组')",
                    Statement.RETURN_GENERATED_KEYS);
            PreparedStatement table = c.prepareStatement("insert into target_table (id, cycle_id, unit_id, unit_name, assessment_year, version, updated_at, updated_by) values (?, ?, ?, ?, 2025, 1, now(), 'bench')");
            PreparedStatement category = c.prepareStatement("insert into table_category (table_id, category_key, name, role, position) values (?, ?, ?, 'KEY_WORK', ?)");
            PreparedStatement l1 = c.prepareStatement("insert into first_level_indicator (id, table_id, category_key, position, code, text, area, is_item) values (?, ?, ?, ?, ?, '一级指标', '', false)");
            PreparedStatement l2 = c.prepareStatement("insert into second_level_indicator (id, first_level_id, table_id, position, code, text, weight, deadline, remark) values (?, ?, ?, ?, ?, '二级指标内容', 1, ?, '')");
            PreparedStatement dept = c.prepareStatement("insert into row_department (row_id, table_id, position, name, head) values (?, ?, ?, ?, ?)");
            PreparedStatement plan = c.prepareStatement("insert into plan_state (cycle_id, unit_id, status, changed_at, changed_by) values (?, ?, 'APPROVED', now(), 'bench')");
            PreparedStatement report = c.prepareStatement("insert into progress_report (cycle_id, unit_id, row_id, period_no, status, done_text, review, submitted_at, submitted_by) values (?, ?, ?, ?, ?, '完成情况', 'SUBMITTED', ?, 'bench')");
            String[] deadlines = {"6月底前", "12月底前", "全年", "9 月", "第三季度", "每季度"};
            Timestamp submitted = Timestamp.from(Instant.parse("2025-04-05T02:00:00Z"));
            for (int u = from; u < to; u++) {
                unit.setString(1, "基准单位" + u);
                unit.setString(2, "单位" + u);
                unit.executeUpdate();
                ResultSet keys = unit.getGeneratedKeys();
                keys.next();
                long unitId = keys.getLong(1);
                UUID tableId = UUID.randomUUID();
                table.setObject(1, tableId);
                table.setLong(2, cycle);
                table.setLong(3, unitId);
                table.setString(4, "基准单位" + u);
                table.executeUpdate();
                for (int k = 0; k < 2; k++) {
                    category.setObject(1, tableId);
                    category.setString(2, "c" + k);
                    category.setString(3, k == 0 ? "重点工作目标" : "常规工作目标");
                    category.setInt(4, k);
                    category.addBatch();
                }
                category.executeBatch();
                UUID first = null;
                for (int i = 0; i < ITEMS; i++) {
                    if (i % 3 == 0) {
                        first = UUID.randomUUID();
                        l1.setObject(1, first);
                        l1.setObject(2, tableId);
                        l1.setString(3, i < ITEMS / 4 ? "c0" : "c1");
                        l1.setInt(4, i);
                        l1.setString(5, "1-" + i);
                        l1.addBatch();
                    }
                    UUID row = UUID.randomUUID();
                    l2.setObject(1, row);
                    l2.setObject(2, first);
                    l2.setObject(3, tableId);
                    l2.setInt(4, i);
                    l2.setString(5, "1-" + (i / 3 * 3) + "-" + (i % 3 + 1));
                    l2.setString(6, deadlines[i % deadlines.length]);
                    l2.addBatch();
                    for (int d = 0; d < 2; d++) {
                        dept.setObject(1, row);
                        dept.setObject(2, tableId);
                        dept.setInt(3, d);
                        dept.setString(4, "科室" + ((i + d) % 5));
                        dept.setString(5, "负责人" + ((i + d) % 5));
                        dept.addBatch();
                    }
                    for (int period = 1; period <= 2; period++) {
                        if ((period == 1 && i % 5 != 0) || (period == 2 && i % 2 == 0)) {
                            report.setLong(1, cycle);
                            report.setLong(2, unitId);
                            report.setObject(3, row);
                            report.setInt(4, period);
                            report.setString(5, i % 7 == 0 ? "DONE" : "IN_PROGRESS");
                            report.setTimestamp(6, submitted);
                            report.addBatch();
                        }
                    }
                }
                l1.executeBatch();
                l2.executeBatch();
                dept.executeBatch();
                report.executeBatch();
                plan.setLong(1, cycle);
                plan.setLong(2, unitId);
                plan.executeUpdate();
            }
            c.commit();
            c.createStatement().execute("analyze");
            return cycle;
        }
    }

    static Object create(String type, JdbcClient jdbc) throws Exception {
        Constructor<?> constructor = Class.forName(type).getDeclaredConstructor(JdbcClient.class);
        constructor.setAccessible(true);
        return constructor.newInstance(jdbc);
    }

    /** Counts the statements the product's path prepares. */
    static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(TrackingBench.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(target, args);
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(TrackingBench.class.getClassLoader(), new Class<?>[] {Connection.class},
                                (p, m, a) -> {
                                    if (m.getName().startsWith("prepare") || m.getName().equals("createStatement")) {
                                        QUERIES.incrementAndGet();
                                    }
                                    return m.invoke(connection, a);
                                });
                    }
                    return result;
                });
    }

    static String stats(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("%.1f [%.1f–%.1f]", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }
}
