package org.jixiao.evaluation.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each cycle's settings as one JSON document, under an optimistic version. */
@Repository
class EvaluationSettingsRepository {

    private final JdbcClient jdbc;

    EvaluationSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(EvaluationSettings settings, long version) {
    }

    Optional<Stored> find(long cycleId) {
        return jdbc.sql("select settings_json, version from evaluation_settings where cycle_id = ?")
                .param(cycleId)
                .query((rs, n) -> new Stored(ScenarioDocuments.readSettings(rs.getString("settings_json")),
                        rs.getLong("version")))
                .optional();
    }

    /** Saves over {@code version} (0 when none was stored) and returns the new version. */
    long save(long cycleId, EvaluationSettings settings, long version, String by, Instant at) {
        String json = ScenarioDocuments.writeSettings(settings);
        if (version == 0) {
            if (find(cycleId).isPresent()) {
                throw new OptimisticLockingFailureException("评分规则已被他人修改");
            }
            jdbc.sql("insert into evaluation_settings (cycle_id, settings_json, version, updated_at, updated_by) values (?, ?, 1, ?, ?)")
                    .params(cycleId, json, Timestamp.from(at), by).update();
            return 1;
        }
        int updated = jdbc.sql("""
                        update evaluation_settings set settings_json = ?, version = version + 1, updated_at = ?, updated_by = ?
                        where cycle_id = ? and version = ?""")
                .params(json, Timestamp.from(at), by, cycleId, version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("评分规则已被他人修改");
        }
        return version + 1;
    }

    Optional<String> leadDepartmentOf(long accountId) {
        return jdbc.sql("select lead_department from evaluation_account_profile where account_id = ?")
                .param(accountId).query(String.class).optional();
    }

    Map<Long, String> leadDepartments() {
        Map<Long, String> links = new LinkedHashMap<>();
        jdbc.sql("select account_id, lead_department from evaluation_account_profile where lead_department is not null")
                .query(rs -> {
                    links.put(rs.getLong(1), rs.getString(2));
                });
        return links;
    }

    void unlinkLeadDepartment(long accountId) {
        jdbc.sql("delete from evaluation_account_profile where account_id = ?").param(accountId).update();
    }

    void linkLeadDepartment(long accountId, String department) {
        jdbc.sql("delete from evaluation_account_profile where account_id = ?").param(accountId).update();
        jdbc.sql("insert into evaluation_account_profile (account_id, lead_department) values (?, ?)")
                .params(accountId, department).update();
    }
}
