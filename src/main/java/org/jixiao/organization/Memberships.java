package org.jixiao.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which units take part in which cycle and in which group ({@code cycle_unit}). Every read is one
 * query, whatever the number of units.
 */
@Repository
public class Memberships {

    private static final String SELECT = """
            select u.id, u.name, u.short_name, u.series, u.group_name, u.level, u.parent_id,
                   g.id as g_id, g.cycle_id as g_cycle, g.name as g_name, g.position as g_position, m.position
            from cycle_unit m
                     join unit u on u.id = m.unit_id
                     join assessment_group g on g.id = m.group_id
            """;

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cycle's units, ordered by group and then by their position in it. */
    public List<Member> members(long cycleId) {
        return jdbc.sql(SELECT + " where m.cycle_id = ? order by g.position, g.id, m.position, u.id")
                .param(cycleId)
                .query((rs, n) -> member(rs))
                .list();
    }

    public Optional<Member> member(long cycleId, long unitId) {
        return jdbc.sql(SELECT + " where m.cycle_id = ? and m.unit_id = ?")
                .params(cycleId, unitId)
                .query((rs, n) -> member(rs))
                .optional();
    }

    public boolean isMember(long cycleId, long unitId) {
        return jdbc.sql("select count(*) from cycle_unit where cycle_id = ? and unit_id = ?")
                .params(cycleId, unitId).query(Long.class).single() > 0;
    }

    public long countInGroup(long groupId) {
        return jdbc.sql("select count(*) from cycle_unit where group_id = ?").param(groupId).query(Long.class).single();
    }

    /** Puts the unit into the cycle's group, or moves it there when it already takes part. */
    @Transactional
    public void join(long cycleId, long unitId, long groupId) {
        int moved = jdbc.sql("update cycle_unit set group_id = ? where cycle_id = ? and unit_id = ?")
                .params(groupId, cycleId, unitId).update();
        if (moved == 0) {
            int position = jdbc.sql("select coalesce(max(position), 0) + 1 from cycle_unit where cycle_id = ?")
                    .param(cycleId).query(Integer.class).single();
            jdbc.sql("insert into cycle_unit (cycle_id, unit_id, group_id, position) values (?, ?, ?, ?)")
                    .params(cycleId, unitId, groupId, position).update();
        }
    }

    @Transactional
    public void leave(long cycleId, long unitId) {
        jdbc.sql("delete from cycle_unit where cycle_id = ? and unit_id = ?").params(cycleId, unitId).update();
    }

    /**
     * Copies last year's groups and membership into a new cycle that has none yet; returns the
     * number of units copied.
     */
    @Transactional
    public int copy(long fromCycleId, long toCycleId) {
        jdbc.sql("""
                        insert into assessment_group (cycle_id, name, position)
                        select ?, g.name, g.position from assessment_group g where g.cycle_id = ?
                          and not exists (select 1 from assessment_group t where t.cycle_id = ? and t.name = g.name)""")
                .params(toCycleId, fromCycleId, toCycleId).update();
        return jdbc.sql("""
                        insert into cycle_unit (cycle_id, unit_id, group_id, position)
                        select ?, m.unit_id, t.id, m.position
                        from cycle_unit m
                                 join assessment_group g on g.id = m.group_id
                                 join assessment_group t on t.cycle_id = ? and t.name = g.name
                        where m.cycle_id = ?
                          and not exists (select 1 from cycle_unit x where x.cycle_id = ? and x.unit_id = m.unit_id)""")
                .params(toCycleId, toCycleId, fromCycleId, toCycleId).update();
    }

    private static Member member(ResultSet rs) throws SQLException {
        Number parent = (Number) rs.getObject("parent_id");
        Unit unit = new Unit(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"), rs.getString("series"),
                rs.getString("g_name"), UnitLevel.valueOf(rs.getString("level")),
                parent == null ? null : parent.longValue());
        AssessmentGroup group = new AssessmentGroup(rs.getLong("g_id"), rs.getLong("g_cycle"), rs.getString("g_name"),
                rs.getInt("g_position"));
        return new Member(unit, group, rs.getInt("position"));
    }
}
