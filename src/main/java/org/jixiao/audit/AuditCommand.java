package org.jixiao.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * {@code audit verify} and {@code audit head}: read the trail straight from the database named by
 * {@code SPRING_DATASOURCE_URL} / {@code _USERNAME} / {@code _PASSWORD} (default: the embedded H2
 * file ./data/jixiao) over plain JDBC, without starting the application. Exit codes: 0 the chain is
 * intact (or the head was printed), 1 the chain is broken, 2 wrong usage or no database.
 */
public final class AuditCommand {

    static final String DEFAULT_URL = "jdbc:h2:file:./data/jixiao;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
    static final String USAGE = "用法：audit verify | audit head（数据库取自 SPRING_DATASOURCE_URL、"
            + "SPRING_DATASOURCE_USERNAME、SPRING_DATASOURCE_PASSWORD，默认 ./data/jixiao）";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS xxx");

    private AuditCommand() {
    }

    /** Runs {@code audit ARGS} against the database the environment names and returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> env) {
        if (args.size() != 1 || !(args.get(0).equals("verify") || args.get(0).equals("head"))) {
            err.println(USAGE);
            return 2;
        }
        String url = env.getOrDefault("SPRING_DATASOURCE_URL", DEFAULT_URL);
        try (Connection connection = connect(url, env)) {
            // One read-only snapshot, so that entries appended meanwhile by a running application
            // neither appear after the head was read nor make the head look wrong.
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            ChainHead head = head(connection);
            int code = args.get(0).equals("head") ? printHead(head, out) : verify(connection, head, out);
            connection.rollback();
            return code;
        } catch (SQLException e) {
            err.println("无法读取审计日志（" + withoutSecrets(url) + "）：" + e.getMessage());
            return 2;
        }
    }

    private static Connection connect(String url, Map<String, String> env) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", env.getOrDefault("SPRING_DATASOURCE_USERNAME",
                env.containsKey("SPRING_DATASOURCE_URL") ? "" : "sa"));
        credentials.setProperty("password", env.getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        return DriverManager.getConnection(url, credentials);
    }

    private static ChainHead head(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(AuditRows.HEAD);
             ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_head 表中没有链头记录");
            }
            return AuditRows.head(rs);
        }
    }

    private static int printHead(ChainHead head, PrintStream out) {
        out.println("审计链头 " + head.hash() + "，共 " + head.entryCount() + " 条记录"
                + (head.lastEntryId() == null ? "" : "，最后一条编号 " + head.lastEntryId()) + pruned(head));
        return 0;
    }

    private static int verify(Connection connection, ChainHead head, PrintStream out)
            throws SQLException {
        ChainVerifier verifier = new ChainVerifier(head.anchorHash());
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + AuditRows.COLUMNS + " from audit_entry order by id")) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next() && verifier.accept(AuditRows.entry(rs))) {
                    // every entry checked as it streams in
                }
            }
        }
        ChainVerifier.Verdict verdict = verifier.finish(head);
        if (verdict instanceof ChainVerifier.Intact intact) {
            out.println("审计链完整：" + intact.entries() + " 条记录，链头 " + intact.head() + pruned(head));
            return 0;
        }
        ChainVerifier.Broken broken = (ChainVerifier.Broken) verdict;
        out.println(describe(broken));
        return 1;
    }

    /** After a retention clean-up: how many entries were archived and removed, and the anchor the chain starts at. */
    private static String pruned(ChainHead head) {
        return head.prunedCount() == 0 ? ""
                : "（另有 " + head.prunedCount() + " 条超过留存期的记录已归档并移出数据库，链起点 " + head.anchorHash() + "）";
    }

    static String describe(ChainVerifier.Broken broken) {
        ChainVerifier.Break at = broken.at();
        String where = at.entryId() == null ? "审计日志中没有任何记录"
                : "编号 " + at.entryId() + "，时间 " + time(at.occurredAt()) + "，类别 " + at.kind();
        String lead = at.problem() == ChainVerifier.Problem.HEAD_MISMATCH
                ? "审计链不完整：在最后一条完好的记录之后（" + where + "）"
                : "审计链在第 " + (broken.intactBefore() + 1) + " 条记录处断开（" + where + "）";
        return lead + "：" + at.problem().description() + "。此前 " + broken.intactBefore() + " 条记录完好。";
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    /** The URL as it may be printed: a password given inside it is masked. */
    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
