package org.jixiao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded database's backup and restore as docs/operations.md tells it: H2's {@code Script}
 * tool writes the database as SQL, {@code RunScript} loads it into a new database, and every table
 * holds the same rows afterwards (tables, year-end work, accounts, audit trail, Flyway's history).
 */
@IntegrationTest
@DisabledIfSystemProperty(named = "jixiao.test.database", matches = "postgres")
class BackupRestoreIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    EvaluationWorlds worlds;

    @TempDir
    Path directory;

    @Test
    void aScriptBackupRestoresEveryRowOfEveryTable() throws Exception {
        worlds.create();
        Path backup = directory.resolve("backup.sql");
        try (Connection connection = dataSource.getConnection()) {
            Script.process(connection, backup.toString(), "", "");
        }
        String restoredUrl = "jdbc:h2:mem:restored-" + System.nanoTime()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        RunScript.main("-url", restoredUrl, "-user", "sa", "-script", backup.toString());

        JdbcClient original = JdbcClient.create(dataSource);
        JdbcClient restored = JdbcClient.create(new DriverManagerDataSource(restoredUrl, "sa", ""));
        Map<String, Long> before = rowCounts(original);
        assertThat(before).containsKeys("flyway_schema_history", "target_table", "rater_assignment", "audit_entry", "account");
        assertThat(before.get("second_level_indicator")).isPositive();
        assertThat(rowCounts(restored)).isEqualTo(before);
        String lastHash = "select entry_hash from audit_entry order by id desc limit 1";
        assertThat(restored.sql(lastHash).query(String.class).optional())
                .isEqualTo(original.sql(lastHash).query(String.class).optional());
        restored.sql("shutdown").update();
    }

    private static Map<String, Long> rowCounts(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by 1").query(String.class).list();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table.toLowerCase(), jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }
}
