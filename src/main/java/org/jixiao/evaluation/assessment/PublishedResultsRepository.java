package org.jixiao.evaluation.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published versions: append-only, numbered from 1 per cycle. */
@Repository
class PublishedResultsRepository {

    private final JdbcClient jdbc;

    PublishedResultsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Version(int number, String publishedBy, Instant publishedAt, @Nullable String resultsSha256,
                   @Nullable String note) {
    }

    record Frozen(Version version, String scenarioJson, String resultsJson) {
    }

    int nextNumber(long cycleId) {
        return jdbc.sql("select coalesce(max(version_number), 0) + 1 from published_results where cycle_id = ?")
                .param(cycleId).query(Integer.class).single();
    }

    /**
     * Stores version {@code number}; two publications racing for the same number meet the primary key
     * and the second fails with a {@link org.springframework.dao.DuplicateKeyException}.
     */
    void insert(long cycleId, int number, String scenarioJson, String resultsJson, String resultsSha256,
                @Nullable String note, String by, Instant at) {
        jdbc.sql("""
                        insert into published_results (cycle_id, version_number, scenario_json, results_json, published_by,
                          published_at, results_sha256, publish_note)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, number, scenarioJson, resultsJson, by, Timestamp.from(at), resultsSha256, note).update();
    }

    List<Version> versions(long cycleId) {
        return jdbc.sql("""
                        select version_number, published_by, published_at, results_sha256, publish_note
                        from published_results where cycle_id = ? order by version_number desc""")
                .param(cycleId)
                .query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    Optional<Frozen> latest(long cycleId) {
        return jdbc.sql("""
                        select version_number, published_by, published_at, scenario_json, results_json, results_sha256,
                          publish_note
                        from published_results where cycle_id = ? order by version_number desc limit 1""")
                .param(cycleId)
                .query((rs, n) -> new Frozen(new Version(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(6), rs.getString(7)), rs.getString(4), rs.getString(5)))
                .optional();
    }

    Optional<Frozen> version(long cycleId, int number) {
        return jdbc.sql("""
                        select version_number, published_by, published_at, scenario_json, results_json, results_sha256,
                          publish_note
                        from published_results where cycle_id = ? and version_number = ?""")
                .params(cycleId, number)
                .query((rs, n) -> new Frozen(new Version(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(6), rs.getString(7)), rs.getString(4), rs.getString(5)))
                .optional();
    }

    Optional<String> resultsJson(long cycleId, int number) {
        return jdbc.sql("select results_json from published_results where cycle_id = ? and version_number = ?")
                .params(cycleId, number).query(String.class).optional();
    }
}
