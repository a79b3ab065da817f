package org.jixiao.evaluation.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published versions: append-only, numbered from 1 per cycle. */
@Repository
class PublishedResultsRepository {

    private final JdbcClient jdbc;

    PublishedResultsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Version(int number, String publishedBy, Instant publishedAt) {
    }

    record Frozen(Version version, String scenarioJson, String resultsJson) {
    }

    int insert(long cycleId, String scenarioJson, String resultsJson, String by, Instant at) {
        int next = jdbc.sql("select coalesce(max(version_number), 0) + 1 from published_results where cycle_id = ?")
                .param(cycleId).query(Integer.class).single();
        jdbc.sql("""
                        insert into published_results (cycle_id, version_number, scenario_json, results_json, published_by, published_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(cycleId, next, scenarioJson, resultsJson, by, Timestamp.from(at)).update();
        return next;
    }

    List<Version> versions(long cycleId) {
        return jdbc.sql("select version_number, published_by, published_at from published_results where cycle_id = ? order by version_number desc")
                .param(cycleId)
                .query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    Optional<Frozen> latest(long cycleId) {
        return jdbc.sql("""
                        select version_number, published_by, published_at, scenario_json, results_json from published_results
                        where cycle_id = ? order by version_number desc limit 1""")
                .param(cycleId)
                .query((rs, n) -> new Frozen(new Version(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    Optional<String> resultsJson(long cycleId, int number) {
        return jdbc.sql("select results_json from published_results where cycle_id = ? and version_number = ?")
                .params(cycleId, number).query(String.class).optional();
    }
}
