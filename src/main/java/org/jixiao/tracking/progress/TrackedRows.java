package org.jixiao.tracking.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.tracking.Deadline;
import org.jixiao.tracking.DeadlineParser;
import org.jixiao.tracking.TrackedItem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The second-level indicators of the cycle's approved tables (已批复, 已公示, or under a mid-year
 * adjustment), read set-based: three queries whatever the number of units (one for the office's board).
 */
@Repository
public class TrackedRows {

    private final JdbcClient jdbc;

    TrackedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every tracked item of the cycle, or of one unit when {@code unitId} is given, in table order. */
    public List<TrackedItem> of(long cycleId, @Nullable Long unitId) {
        String unitFilter = unitId == null ? "" : " and t.unit_id = :unit";
        Map<String, Object> params = new HashMap<>();
        params.put("cycle", cycleId);
        if (unitId != null) {
            params.put("unit", unitId);
        }
        Map<UUID, List<String>> departments = new HashMap<>();
        Map<UUID, List<String>> persons = new HashMap<>();
        jdbc.sql("""
                        select d.row_id, d.name, d.head from row_department d join target_table t on t.id = d.table_id
                        where t.cycle_id = :cycle""" + unitFilter + " order by d.row_id, d.position")
                .params(params).query(rs -> {
                    UUID row = rs.getObject("row_id", UUID.class);
                    departments.computeIfAbsent(row, r -> new ArrayList<>()).add(rs.getString("name"));
                    String head = rs.getString("head");
                    if (head != null && !head.isBlank()) {
                        persons.computeIfAbsent(row, r -> new ArrayList<>()).add(head.strip());
                    }
                });
        jdbc.sql("""
                        select p.row_id, p.name from row_person p join target_table t on t.id = p.table_id
                        where p.kind = 'PERSON' and t.cycle_id = :cycle""" + unitFilter + " order by p.row_id, p.position")
                .params(params).query(rs -> {
                    persons.computeIfAbsent(rs.getObject("row_id", UUID.class), r -> new ArrayList<>())
                            .add(rs.getString("name"));
                });
        return items(params, unitFilter, departments, persons, true);
    }

    /**
     * Every tracked item of the cycle for the office's board, in one query: without the departments and
     * people a row names and without the first-level text (empty lists and {@code firstLevel} only the
     * code), which the office's board does not show — the rows to read are fewer and narrower.
     */
    public List<TrackedItem> forOfficeBoard(long cycleId) {
        return items(Map.of("cycle", cycleId), "", Map.of(), Map.of(), false);
    }

    private List<TrackedItem> items(Map<String, Object> params, String unitFilter, Map<UUID, List<String>> departments,
                                    Map<UUID, List<String>> persons, boolean firstLevelText) {
        // tables repeat a few deadline texts (“12月底前”) thousands of times: each is read once
        Map<String, Deadline> deadlines = new HashMap<>();
        return jdbc.sql("""
                        select t.unit_id, u.name unit_name, t.assessment_year, s.id row_id, s.code, s.text, s.deadline,
                               c.name category, f.code l1_code""" + (firstLevelText ? ", f.text l1_text" : "") + """

                        from second_level_indicator s
                        join first_level_indicator f on f.id = s.first_level_id
                        join target_table t on t.id = s.table_id
                        join unit u on u.id = t.unit_id
                        join table_category c on c.table_id = t.id and c.category_key = f.category_key
                        join plan_state p on p.cycle_id = t.cycle_id and p.unit_id = t.unit_id
                        where p.status in ('APPROVED', 'PUBLISHED', 'ADJUSTING') and t.cycle_id = :cycle""" + unitFilter + """

                        order by u.name, t.unit_id, c.position, f.position, s.position""")
                .params(params)
                .query((rs, n) -> {
                    UUID row = rs.getObject("row_id", UUID.class);
                    String code = rs.getString("code");
                    String l1 = rs.getString("l1_code");
                    String firstLevel = firstLevelText ? (l1 == null ? "" : l1 + " ") + rs.getString("l1_text")
                            : l1 == null ? "" : l1;
                    return new TrackedItem(rs.getLong("unit_id"), rs.getString("unit_name"), row,
                            code == null ? "" : code, rs.getString("text"), rs.getString("category"), firstLevel,
                            deadlines.computeIfAbsent(rs.getInt("assessment_year") + "|" + rs.getString("deadline"),
                                    key -> DeadlineParser.parse(key.substring(key.indexOf('|') + 1),
                                            Integer.parseInt(key.substring(0, key.indexOf('|'))))),
                            departments.getOrDefault(row, List.of()), persons.getOrDefault(row, List.of()));
                })
                .list();
    }
}
