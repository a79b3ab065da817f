package org.jixiao.tracking.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.tracking.ProgressStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Internal department plans (二级绩效), their parts and the parts' progress; every read is one query per unit. */
@Repository
class InternalPlanRepository {

    private final JdbcClient jdbc;

    InternalPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InternalPlan> plans(long cycleId, long unitId) {
        return jdbc.sql("""
                        select id, cycle_id, unit_id, department_id, department_name, responsible from internal_plan
                        where cycle_id = ? and unit_id = ? order by department_name, id""")
                .params(cycleId, unitId)
                .query((rs, n) -> new InternalPlan(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("unit_id"),
                        rs.getObject("department_id", Long.class), rs.getString("department_name"), rs.getString("responsible")))
                .list();
    }

    boolean exists(long cycleId, long unitId, String departmentName) {
        return jdbc.sql("select count(*) from internal_plan where cycle_id = ? and unit_id = ? and department_name = ?")
                .params(cycleId, unitId, departmentName).query(Integer.class).single() > 0;
    }

    long create(long cycleId, long unitId, @Nullable Long departmentId, String departmentName, String responsible,
                String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into internal_plan (cycle_id, unit_id, department_id, department_name, responsible, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, unitId, departmentId, departmentName, responsible, Timestamp.from(at), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Every part of the unit's plans. */
    List<InternalPart> parts(long cycleId, long unitId) {
        return jdbc.sql("""
                        select a.id, a.plan_id, a.row_id, a.target_text, a.share from internal_assignment a
                        join internal_plan p on p.id = a.plan_id where p.cycle_id = ? and p.unit_id = ?
                        order by a.plan_id, a.position, a.id""")
                .params(cycleId, unitId)
                .query((rs, n) -> new InternalPart(rs.getLong("id"), rs.getLong("plan_id"), rs.getObject("row_id", UUID.class),
                        rs.getString("target_text"), rs.getBigDecimal("share")))
                .list();
    }

    long assign(long planId, UUID rowId, String target, @Nullable BigDecimal share) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from internal_assignment where plan_id = ?")
                .param(planId).query(Integer.class).single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into internal_assignment (plan_id, row_id, target_text, share, position) values (?, ?, ?, ?, ?)")
                .params(planId, rowId, target, share, position).update(key, "id");
        return key.getKey().longValue();
    }

    /** Every report of the unit's parts. */
    List<PartReport> reports(long cycleId, long unitId) {
        return jdbc.sql("""
                        select r.assignment_id, r.period_no, r.status, r.percent_done, r.done_text, r.submitted_at, r.submitted_by
                        from internal_progress r join internal_assignment a on a.id = r.assignment_id
                        join internal_plan p on p.id = a.plan_id where p.cycle_id = ? and p.unit_id = ?
                        order by r.assignment_id, r.period_no""")
                .params(cycleId, unitId)
                .query((rs, n) -> new PartReport(rs.getLong(1), rs.getInt(2), ProgressStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, Integer.class), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
    }

    Optional<PartReport> report(long assignmentId, int period) {
        return jdbc.sql("""
                        select assignment_id, period_no, status, percent_done, done_text, submitted_at, submitted_by
                        from internal_progress where assignment_id = ? and period_no = ?""")
                .params(assignmentId, period)
                .query((rs, n) -> new PartReport(rs.getLong(1), rs.getInt(2), ProgressStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, Integer.class), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .optional();
    }

    void save(PartReport r) {
        jdbc.sql("delete from internal_progress where assignment_id = ? and period_no = ?").params(r.partId(), r.period()).update();
        jdbc.sql("""
                        insert into internal_progress (assignment_id, period_no, status, percent_done, done_text, submitted_at, submitted_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(r.partId(), r.period(), r.status().name(), r.percent(), r.done(), Timestamp.from(r.submittedAt()),
                        r.submittedBy())
                .update();
    }

    /** Renames the plan or changes its responsible person; the department link stays only while the name is its. */
    int update(long planId, @Nullable Long departmentId, String departmentName, String responsible) {
        return jdbc.sql("update internal_plan set department_id = ?, department_name = ?, responsible = ? where id = ?")
                .params(departmentId, departmentName, responsible, planId).update();
    }

    /** Removes the plan's parts and the plan unless some part has progress; 0 when nothing was removed. */
    int remove(long planId) {
        int parts = jdbc.sql("select count(*) from internal_assignment where plan_id = ?").param(planId).query(Integer.class).single();
        int removed = jdbc.sql("""
                        delete from internal_assignment where plan_id = ?
                        and not exists (select 1 from internal_progress r where r.assignment_id = internal_assignment.id)""")
                .param(planId).update();
        if (removed != parts) {
            return 0; // a part has progress (the caller rolls back) or a part came or went meanwhile
        }
        return jdbc.sql("""
                        delete from internal_plan where id = ?
                        and not exists (select 1 from internal_assignment a where a.plan_id = internal_plan.id)""")
                .param(planId).update();
    }

    int updatePart(long partId, String target, @Nullable BigDecimal share) {
        return jdbc.sql("update internal_assignment set target_text = ?, share = ? where id = ?")
                .params(target, share, partId).update();
    }

    /** Removes the part unless it has progress; 0 when it has, or is gone already. */
    int removePart(long partId) {
        return jdbc.sql("""
                        delete from internal_assignment where id = ?
                        and not exists (select 1 from internal_progress r where r.assignment_id = internal_assignment.id)""")
                .param(partId).update();
    }

    /** How many periods the part has reported. */
    int reportCount(long partId) {
        return jdbc.sql("select count(*) from internal_progress where assignment_id = ?").param(partId).query(Integer.class).single();
    }

    /** The unit's departments (科室/处室) as the organization holds them: id, name, head. */
    record Department(long id, String name, String head) {
    }

    List<Department> departments(long unitId) {
        return jdbc.sql("select id, name, head from department where unit_id = ? order by position, id").param(unitId)
                .query((rs, n) -> new Department(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
