package org.jixiao.cycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jixiao.table.TableTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Stores assessment cycles; the template is kept as one JSON document per cycle. */
@Repository
public class AssessmentCycles {

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
        if (template.year() != year) {
            throw new IllegalArgumentException("模板年度 " + template.year() + " 与考评年度 " + year + " 不一致");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into assessment_cycle (assessment_year, series, template_json, created_at) values (?, ?, ?, ?)")
                .params(year, series, json.writeValueAsString(template), Timestamp.from(clock.instant()))
                .update(keys, "id");
        return new AssessmentCycle(keys.getKey().longValue(), year, series, template);
    }

    public Optional<AssessmentCycle> find(long id) {
        return jdbc.sql("select id, assessment_year, series, template_json from assessment_cycle where id = ?")
                .param(id)
                .query((rs, n) -> new AssessmentCycle(rs.getLong("id"), rs.getInt("assessment_year"), rs.getString("series"),
                        json.readValue(rs.getString("template_json"), TableTemplate.class)))
                .optional();
    }

    public AssessmentCycle get(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("考评年度不存在：" + id));
    }

    /** Newest first. */
    public List<AssessmentCycle> all() {
        return jdbc.sql("select id, assessment_year, series, template_json from assessment_cycle order by assessment_year desc, id desc")
                .query((rs, n) -> new AssessmentCycle(rs.getLong("id"), rs.getInt("assessment_year"), rs.getString("series"),
                        json.readValue(rs.getString("template_json"), TableTemplate.class)))
                .list();
    }

    public boolean none() {
        return jdbc.sql("select count(*) from assessment_cycle").query(Long.class).single() == 0;
    }
}
