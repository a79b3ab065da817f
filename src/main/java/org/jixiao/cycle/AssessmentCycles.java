package org.jixiao.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.table.TableTemplate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Stores assessment cycles; the template is kept as one JSON document per cycle. */
@Repository
public class AssessmentCycles {

    private static final String COLUMNS =
            "id, assessment_year, series, level, template_json, status, copied_from, version";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AssessmentCycles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
        this.clock = clock;
    }

    @Transactional
    public AssessmentCycle open(int year, String series, TableTemplate template) {
        return open(year, series, CycleLevel.CITY, template, null);
    }

    /** Opens a new cycle; {@code copiedFrom} names last year's cycle it was copied from, if any. */
    @Transactional
    public AssessmentCycle open(int year, String series, CycleLevel level, TableTemplate template,
                                @Nullable Long copiedFrom) {
        if (template.year() != year) {
            throw new IllegalArgumentException("模板年度 " + template.year() + " 与考评年度 " + year + " 不一致");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into assessment_cycle (assessment_year, series, level, template_json, created_at, status,
                                                      copied_from, version)
                        values (?, ?, ?, ?, ?, 'OPEN', ?, 1)""")
                .params(year, series, level.name(), json.writeValueAsString(template), Timestamp.from(clock.instant()),
                        copiedFrom)
                .update(keys, "id");
        return new AssessmentCycle(keys.getKey().longValue(), year, series, level, template, CycleStatus.OPEN,
                copiedFrom, 1);
    }

    /**
     * Stores the cycle's series, level and template, provided nobody changed it since
     * {@code expectedVersion}; returns the cycle at its new version.
     */
    @Transactional
    public AssessmentCycle update(AssessmentCycle cycle, long expectedVersion) {
        if (cycle.template().year() != cycle.year()) {
            throw new IllegalArgumentException("模板年度 " + cycle.template().year() + " 与考评年度 " + cycle.year() + " 不一致");
        }
        int updated = jdbc.sql("""
                        update assessment_cycle set series = ?, level = ?, template_json = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(cycle.series(), cycle.level().name(), json.writeValueAsString(cycle.template()), cycle.id(),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("考评年度已被他人修改，请刷新后重试");
        }
        return get(cycle.id());
    }

    /** Sets the cycle's state (OPEN or CLOSED). */
    @Transactional
    public AssessmentCycle changeStatus(long id, CycleStatus status) {
        jdbc.sql("update assessment_cycle set status = ?, closed_at = ?, version = version + 1 where id = ?")
                .params(status.name(), status == CycleStatus.CLOSED ? Timestamp.from(clock.instant()) : null, id)
                .update();
        return get(id);
    }

    public Optional<AssessmentCycle> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from assessment_cycle where id = ?")
                .param(id)
                .query((rs, n) -> cycle(rs))
                .optional();
    }

    public AssessmentCycle get(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("考评年度不存在：" + id));
    }

    /** The cycle of {@code series} in {@code year}, if one was opened. */
    public Optional<AssessmentCycle> find(int year, String series) {
        return jdbc.sql("select " + COLUMNS + " from assessment_cycle where assessment_year = ? and series = ?")
                .params(year, series)
                .query((rs, n) -> cycle(rs))
                .optional();
    }

    /** Newest first. */
    public List<AssessmentCycle> all() {
        return jdbc.sql("select " + COLUMNS + " from assessment_cycle order by assessment_year desc, id desc")
                .query((rs, n) -> cycle(rs))
                .list();
    }

    /** How many units take part in each cycle (its {@code cycle_unit} rows); cycles without any are absent. */
    public Map<Long, Integer> unitCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("select cycle_id, count(*) as units from cycle_unit group by cycle_id")
                .query((RowCallbackHandler) rs -> counts.put(rs.getLong("cycle_id"), rs.getInt("units")));
        return counts;
    }

    public boolean none() {
        return jdbc.sql("select count(*) from assessment_cycle").query(Long.class).single() == 0;
    }

    private AssessmentCycle cycle(ResultSet rs) throws SQLException {
        Number copiedFrom = (Number) rs.getObject("copied_from");
        return new AssessmentCycle(rs.getLong("id"), rs.getInt("assessment_year"), rs.getString("series"),
                CycleLevel.valueOf(rs.getString("level")),
                json.readValue(rs.getString("template_json"), TableTemplate.class),
                CycleStatus.valueOf(rs.getString("status")), copiedFrom == null ? null : copiedFrom.longValue(), rs.getLong("version"));
    }
}
