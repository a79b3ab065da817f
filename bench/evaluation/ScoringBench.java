import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.jixiao.evaluation.Deduction;
import org.jixiao.evaluation.Incentive;
import org.jixiao.evaluation.RaterScore;
import org.jixiao.evaluation.Scenario;
import org.jixiao.evaluation.ScoredItem;
import org.jixiao.evaluation.ScoringEngine;
import org.jixiao.evaluation.ScoringSettings;
import org.jixiao.evaluation.UnitInput;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;

/**
 * Recomputes a generated year with the scoring engine and compares it, in the same run, with a plain
 * loop summing the same rater scores and with one H2 in-memory SQL aggregate over the same rows.
 * See bench/evaluation/README.md.
 */
public final class ScoringBench {

    private static final int ITEMS = 60;
    private static final int RATERS = 7;

    public static void main(String[] args) throws Exception {
        run("市级（city）", 100);
        run("省级（province）", args.length > 0 ? Integer.parseInt(args[0]) : 5_000);
    }

    private static void run(String label, int units) throws Exception {
        Scenario scenario = generate(units, new Random(2025));
        long engine = best(() -> ScoringEngine.score(scenario));
        long loop = best(() -> plainLoop(scenario));
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:bench" + units + ";OPTIMIZE_REUSE_RESULTS=FALSE")) {
            store(db, scenario);
            long sql = best(() -> aggregate(db));
            System.out.printf("%s %,d 单位 × %d 指标 × %d 评分人 = %,d 个评分%n", label, units, ITEMS, RATERS,
                    (long) units * ITEMS * RATERS);
            System.out.printf("  引擎 ScoringEngine.score     %,8.1f ms%n", engine / 1e6);
            System.out.printf("  基线 纯循环求和              %,8.1f ms   引擎/纯循环 = %.1f×%n", loop / 1e6,
                    (double) engine / loop);
            System.out.printf("  基线 H2 SUM … GROUP BY unit  %,8.1f ms   引擎/SQL 聚合 = %.2f×%n", sql / 1e6,
                    (double) engine / sql);
        }
    }

    static Scenario generate(int units, Random random) {
        List<UnitInput> inputs = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            List<ScoredItem> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                int weightCents = i % 2 == 0 ? 150 : 183;
                List<RaterScore> scores = new ArrayList<>();
                for (int r = 0; r < RATERS; r++) {
                    scores.add(new RaterScore("r" + r, BigDecimal.valueOf(random.nextInt(weightCents + 1), 2)));
                }
                items.add(new ScoredItem(new IndicatorCode((i / 10 + 1) + "-" + (i % 10 + 1)), "",
                        new Points(BigDecimal.valueOf(weightCents, 2)), "系数四档", 1 + random.nextInt(4), List.of(),
                        scores));
            }
            inputs.add(new UnitInput("u" + u, "单位" + u, "系列" + (u % 5), "组" + (u % 50), items,
                    List.of(new Incentive("省级", "奖")), List.of(new Deduction(new BigDecimal("0.1"), "察访")),
                    BigDecimal.valueOf(6000 + random.nextInt(4001), 2)));
        }
        return new Scenario(ScoringSettings.defaults(), inputs);
    }

    static BigDecimal plainLoop(Scenario scenario) {
        BigDecimal total = BigDecimal.ZERO;
        for (UnitInput unit : scenario.units()) {
            for (ScoredItem item : unit.items()) {
                for (RaterScore score : item.raterScores()) {
                    total = total.add(score.score());
                }
            }
        }
        return total;
    }

    static void store(Connection db, Scenario scenario) throws Exception {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE rater_score (unit_id VARCHAR(20), item_code VARCHAR(10), rater VARCHAR(10), "
                    + "score DECIMAL(6,2))");
        }
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO rater_score VALUES (?, ?, ?, ?)")) {
            int batch = 0;
            for (UnitInput unit : scenario.units()) {
                for (ScoredItem item : unit.items()) {
                    for (RaterScore score : item.raterScores()) {
                        insert.setString(1, unit.id());
                        insert.setString(2, item.code().value());
                        insert.setString(3, score.rater());
                        insert.setBigDecimal(4, score.score());
                        insert.addBatch();
                        if (++batch % 10_000 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
        }
        db.commit();
    }

    static int aggregate(Connection db) {
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT unit_id, SUM(score) FROM rater_score GROUP BY unit_id")) {
            int count = 0;
            while (rows.next()) {
                count++;
            }
            return count;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Best of five runs after two warm-ups, in nanoseconds. */
    static long best(Supplier<?> work) {
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            Object result = work.get();
            best = Math.min(best, System.nanoTime() - start);
            if (result == null) {
                throw new IllegalStateException();
            }
        }
        return best;
    }

}
