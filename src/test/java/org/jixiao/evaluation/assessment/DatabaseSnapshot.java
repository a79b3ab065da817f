package org.jixiao.evaluation.assessment;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row count of every table of the application's schema and the last id of the evaluation change
 * log: two snapshots are equal only when nothing was inserted or deleted (and no change was logged).
 */
public final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    public static Map<String, Long> take(JdbcTemplate jdbc) {
        List<String> tables = jdbc.execute((java.sql.Connection c) -> {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    if ("public".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
                        names.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            return names;
        });
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table.toLowerCase(java.util.Locale.ROOT),
                    jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        Long lastChange = jdbc.queryForObject("select coalesce(max(id), 0) from evaluation_change", Long.class);
        counts.put("evaluation_change.max(id)", lastChange);
        return counts;
    }
}
