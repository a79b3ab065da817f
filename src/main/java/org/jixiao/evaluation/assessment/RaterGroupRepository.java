package org.jixiao.evaluation.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.evaluation.RaterPanels.Group;
import org.jixiao.evaluation.RaterPanels.Member;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A cycle's groups (考评组) with their units, and the raters assigned to whole groups. */
@Repository
class RaterGroupRepository {

    private final JdbcClient jdbc;
    private final ChangeLog changes;

    RaterGroupRepository(JdbcClient jdbc, ChangeLog changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** A rater assigned to a group. */
    record GroupAssignment(long groupId, long raterAccountId, String raterName, String raterUsername) {
    }

    /** Every group of the cycle in its order, each with its units in theirs; one query. */
    List<Group> groups(long cycleId) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<Member>> members = new LinkedHashMap<>();
        jdbc.sql("""
                        select g.id, g.name, cu.unit_id, u.name from assessment_group g
                        left join cycle_unit cu on cu.group_id = g.id and cu.cycle_id = g.cycle_id
                        left join unit u on u.id = cu.unit_id
                        where g.cycle_id = ? order by g.position, g.id, cu.position, cu.unit_id""")
                .param(cycleId)
                .query(rs -> {
                    long groupId = rs.getLong(1);
                    names.putIfAbsent(groupId, rs.getString(2));
                    List<Member> units = members.computeIfAbsent(groupId, id -> new ArrayList<>());
                    long unitId = rs.getLong(3);
                    if (!rs.wasNull()) {
                        units.add(new Member(unitId, rs.getString(4)));
                    }
                });
        return names.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue(), List.copyOf(members.get(e.getKey())))).toList();
    }

    Optional<Group> group(long cycleId, long groupId) {
        return groups(cycleId).stream().filter(g -> g.id() == groupId).findFirst();
    }

    List<GroupAssignment> assignments(long cycleId) {
        return jdbc.sql("""
                        select r.group_id, r.rater_account_id, a.display_name, a.username from rater_group_assignment r
                        join account a on a.id = r.rater_account_id where r.cycle_id = ? order by r.group_id, a.username""")
                .param(cycleId)
                .query((rs, n) -> new GroupAssignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    List<Long> groupsOf(long cycleId, long raterAccountId) {
        return jdbc.sql("select group_id from rater_group_assignment where cycle_id = ? and rater_account_id = ?")
                .params(cycleId, raterAccountId).query(Long.class).list();
    }

    /** The cycles in which the rater has any assignment, by group or by unit, newest first. */
    List<Long> cyclesOf(long raterAccountId) {
        return jdbc.sql("""
                        select c.id from assessment_cycle c where c.id in (
                            select cycle_id from rater_group_assignment where rater_account_id = ?
                            union select cycle_id from rater_assignment where rater_account_id = ?)
                        order by c.assessment_year desc, c.id desc""")
                .params(raterAccountId, raterAccountId).query(Long.class).list();
    }

    boolean isAssigned(long cycleId, long raterAccountId, long groupId) {
        return jdbc.sql("select count(*) from rater_group_assignment where cycle_id = ? and rater_account_id = ? and group_id = ?")
                .params(cycleId, raterAccountId, groupId).query(Long.class).single() > 0;
    }

    void assign(long cycleId, long raterAccountId, long groupId, String by, Instant at) {
        changes.cycle(cycleId);
        jdbc.sql("""
                        insert into rater_group_assignment (cycle_id, rater_account_id, group_id, assigned_at, assigned_by)
                        values (?, ?, ?, ?, ?)""")
                .params(cycleId, raterAccountId, groupId, Timestamp.from(at), by).update();
    }

    int unassign(long cycleId, long raterAccountId, long groupId) {
        changes.cycle(cycleId);
        return jdbc.sql("delete from rater_group_assignment where cycle_id = ? and rater_account_id = ? and group_id = ?")
                .params(cycleId, raterAccountId, groupId).update();
    }

    /** 应评人数 set per group of the cycle, by group id; a group without one is absent. */
    Map<Long, Integer> panelSizes(long cycleId) {
        Map<Long, Integer> sizes = new LinkedHashMap<>();
        jdbc.sql("select group_id, panel_size from group_panel_size where cycle_id = ?").param(cycleId)
                .query(rs -> {
                    sizes.put(rs.getLong(1), rs.getInt(2));
                });
        return sizes;
    }

    /** 应评人数 of each unit of the cycle whose group has one, by unit id; of one unit only when {@code unitId} is given. */
    Map<Long, Integer> unitPanelSizes(long cycleId, @Nullable Long unitId) {
        Map<Long, Integer> sizes = new java.util.HashMap<>();
        jdbc.sql("""
                        select cu.unit_id, p.panel_size from cycle_unit cu
                        join group_panel_size p on p.group_id = cu.group_id
                        where cu.cycle_id = ?""" + (unitId == null ? "" : " and cu.unit_id = ?"))
                .params(UnitFilter.args(cycleId, unitId))
                .query(rs -> {
                    sizes.put(rs.getLong(1), rs.getInt(2));
                });
        return sizes;
    }

    /** Sets the group's 应评人数, or with {@code null} returns it to every assigned rater. */
    void setPanelSize(long cycleId, long groupId, @Nullable Integer size, String by,
                      Instant at) {
        changes.cycle(cycleId);
        jdbc.sql("delete from group_panel_size where group_id = ?").param(groupId).update();
        if (size != null) {
            jdbc.sql("""
                            insert into group_panel_size (group_id, cycle_id, panel_size, updated_at, updated_by)
                            values (?, ?, ?, ?, ?)""")
                    .params(groupId, cycleId, size, Timestamp.from(at), by).update();
        }
    }
}
