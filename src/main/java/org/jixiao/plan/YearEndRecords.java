package org.jixiao.plan;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads, for a set of rows of a cycle, how much year-end data each carries — one query for the whole
 * set, whatever its size, across every table that records data by row id.
 */
@Repository
class YearEndRecords {

    private static final String COUNTS = Stream.of(YearEndKind.values())
            .map(kind -> "select '" + kind.name() + "' as data_kind, row_id, count(*) as n from " + kind.table()
                    + " where cycle_id = :cycle and row_id in (:rows) group by row_id")
            .collect(Collectors.joining(" union all "));

    private final JdbcClient jdbc;

    YearEndRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows among {@code rows} that carry data, each with how many records of each kind. */
    Map<UUID, Map<YearEndKind, Integer>> counts(long cycleId, Collection<UUID> rows) {
        Map<UUID, Map<YearEndKind, Integer>> counts = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return counts;
        }
        jdbc.sql(COUNTS)
                .param("cycle", cycleId)
                .param("rows", rows)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getObject("row_id", UUID.class), k -> new EnumMap<>(YearEndKind.class))
                            .put(YearEndKind.valueOf(rs.getString("data_kind")), rs.getInt("n"));
                });
        return counts;
    }
}
