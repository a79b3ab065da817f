package org.jixiao.tracking.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.tracking.PeriodScheme;
import org.jixiao.tracking.ProgressReport;
import org.jixiao.tracking.ProgressStatus;
import org.jixiao.tracking.Review;
import org.jixiao.tracking.TrackedItem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Progress reports, the cycle's reporting schedule and opened periods, and accounts linked to people. */
@Repository
public class ProgressRepository {

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cycle's schedule: scheme and grace days; quarterly with 10 days when the office set none. */
    public record Schedule(PeriodScheme scheme, int graceDays) {
        public static final Schedule DEFAULT = new Schedule(PeriodScheme.QUARTERLY, 10);
    }

    public Schedule schedule(long cycleId) {
        return jdbc.sql("select scheme, grace_days from tracking_schedule where cycle_id = ?").param(cycleId)
                .query((rs, n) -> new Schedule(PeriodScheme.valueOf(rs.getString("scheme")), rs.getInt("grace_days")))
                .optional().orElse(Schedule.DEFAULT);
    }

    void saveSchedule(long cycleId, Schedule schedule, String by, Instant at) {
        int updated = jdbc.sql("update tracking_schedule set scheme = ?, grace_days = ?, updated_at = ?, updated_by = ? where cycle_id = ?")
                .params(schedule.scheme().name(), schedule.graceDays(), Timestamp.from(at), by, cycleId).update();
        if (updated == 0) {
            jdbc.sql("insert into tracking_schedule (cycle_id, scheme, grace_days, updated_at, updated_by) values (?, ?, ?, ?, ?)")
                    .params(cycleId, schedule.scheme().name(), schedule.graceDays(), Timestamp.from(at), by).update();
        }
    }

    /** The numbers of the periods the office has opened, ascending. */
    public List<Integer> openedPeriods(long cycleId) {
        return jdbc.sql("select period_no from tracking_period where cycle_id = ? order by period_no").param(cycleId)
                .query(Integer.class).list();
    }

    /** When each opened period was opened, for the reminder of a period's opening. */
    public record Opened(long cycleId, int period, Instant at) {
    }

    public List<Opened> openings() {
        return jdbc.sql("select cycle_id, period_no, opened_at from tracking_period order by cycle_id, period_no")
                .query((rs, n) -> new Opened(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant())).list();
    }

    boolean open(long cycleId, int period, String by, Instant at) {
        if (openedPeriods(cycleId).contains(period)) {
            return false;
        }
        jdbc.sql("insert into tracking_period (cycle_id, period_no, opened_at, opened_by) values (?, ?, ?, ?)")
                .params(cycleId, period, Timestamp.from(at), by).update();
        return true;
    }

    /** Every report of the cycle, or of one unit. */
    public List<ProgressReport> reports(long cycleId, @Nullable Long unitId) {
        if (unitId == null) {
            return jdbc.sql("select * from progress_report where cycle_id = ? order by unit_id, period_no").param(cycleId)
                    .query((rs, n) -> report(rs)).list();
        }
        return jdbc.sql("select * from progress_report where cycle_id = ? and unit_id = ? order by period_no")
                .params(cycleId, unitId).query((rs, n) -> report(rs)).list();
    }

    Optional<ProgressReport> report(long cycleId, UUID rowId, int period) {
        return jdbc.sql("select * from progress_report where cycle_id = ? and row_id = ? and period_no = ?")
                .params(cycleId, rowId, period).query((rs, n) -> report(rs)).optional();
    }

    void save(ProgressReport r) {
        jdbc.sql("delete from progress_report where cycle_id = ? and row_id = ? and period_no = ?")
                .params(r.cycleId(), r.rowId(), r.period()).update();
        jdbc.sql("""
                        insert into progress_report (cycle_id, unit_id, row_id, period_no, status, percent_done, done_text,
                        review, review_comment, submitted_at, submitted_by, reviewed_at, reviewed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.cycleId(), r.unitId(), r.rowId(), r.period(), r.status().name(), r.percent(), r.done(),
                        r.review().name(), r.reviewComment(), Timestamp.from(r.submittedAt()), r.submittedBy(),
                        r.reviewedAt() == null ? null : Timestamp.from(r.reviewedAt()), r.reviewedBy())
                .update();
    }

    /**
     * A person an account speaks for, with that person's department name (empty when none): the
     * account sees and reports the rows naming the person or the department.
     */
    public record LinkedPerson(long accountId, long personId, long unitId, String name, String department, String duty) {

        public boolean sees(TrackedItem item) {
            return item.names(department, name);
        }

        /** How the page names the scope: "经济发展科 褚达志". */
        public String scope() {
            return department.isEmpty() ? name : department + " " + name;
        }
    }

    private static final String LINKS = """
            select l.account_id, p.id person_id, p.unit_id, p.name, p.duty, d.name department, h.name headed
            from (select account_id, person_id from tracking_account_person
                  union select account_id, person_id from account_responsibility) l
            join account a on a.id = l.account_id and a.enabled = true
            join person p on p.id = l.person_id and p.duty in ('DEPARTMENT_HEAD', 'RESPONSIBLE_STAFF')
            left join department d on d.id = p.department_id
            left join department h on h.unit_id = p.unit_id and h.head = p.name
            """;

    /**
     * The people an account speaks for, in every unit; a person's department is the one they belong to,
     * or else the one they head (科室负责人 recorded by name only).
     */
    public List<LinkedPerson> linkedPersons(long accountId) {
        return distinct(jdbc.sql(LINKS + " where l.account_id = ? order by p.unit_id, p.id, h.position")
                .param(accountId).query((rs, n) -> linked(rs)).list());
    }

    /** Every account's links, for the reminder job: one query whatever the number of accounts. */
    public List<LinkedPerson> allLinks() {
        return distinct(jdbc.sql(LINKS + " order by l.account_id, p.unit_id, p.id, h.position")
                .query((rs, n) -> linked(rs)).list());
    }

    private static LinkedPerson linked(ResultSet rs) throws SQLException {
        String department = rs.getString("department") != null ? rs.getString("department")
                : rs.getString("headed") == null ? "" : rs.getString("headed");
        return new LinkedPerson(rs.getLong("account_id"), rs.getLong("person_id"), rs.getLong("unit_id"),
                rs.getString("name"), department, rs.getString("duty"));
    }

    /** One line per account and person (a person heading two departments by name keeps the first). */
    private static List<LinkedPerson> distinct(List<LinkedPerson> links) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return links.stream().filter(l -> seen.add(l.accountId() + ":" + l.personId())).toList();
    }

    List<ProgressService.AccountChoice> accountsOf(long unitId) {
        return jdbc.sql("""
                        select id, username, display_name from account where unit_id = ? and enabled = true
                        and role in ('UNIT_CLERK', 'UNIT_LEADER') order by username""")
                .param(unitId).query((rs, n) -> new ProgressService.AccountChoice(rs.getLong(1), rs.getString(2),
                        rs.getString(3))).list();
    }

    List<ProgressService.Choice> peopleOf(long unitId) {
        return jdbc.sql("""
                        select id, name, title from person where unit_id = ? and duty in ('DEPARTMENT_HEAD', 'RESPONSIBLE_STAFF')
                        order by position, id""")
                .param(unitId).query((rs, n) -> new ProgressService.Choice(rs.getLong(1),
                        rs.getString(2) + "（" + rs.getString(3) + "）")).list();
    }

    /** Links the account to the person as well (an account may speak for several people, in several units). */
    public void link(long accountId, long personId) {
        if (jdbc.sql("select count(*) from account_responsibility where account_id = ? and person_id = ?")
                .params(accountId, personId).query(Integer.class).single() == 0) {
            jdbc.sql("insert into account_responsibility (account_id, person_id) values (?, ?)").params(accountId, personId).update();
        }
    }

    void unlink(long accountId, long personId) {
        jdbc.sql("delete from account_responsibility where account_id = ? and person_id = ?").params(accountId, personId).update();
        jdbc.sql("delete from tracking_account_person where account_id = ? and person_id = ?").params(accountId, personId).update();
    }

    /** The id of an enabled account of a unit (clerk or leader, of any unit) with this user name. */
    Optional<Long> unitAccount(String username) {
        return jdbc.sql("""
                        select id from account where username = ? and enabled = true and unit_id is not null
                        and role in ('UNIT_CLERK', 'UNIT_LEADER')""")
                .param(username).query(Long.class).optional();
    }

    /** The user name of an enabled unit account (clerk or leader, of any unit) with this id. */
    Optional<String> unitAccount(long accountId) {
        return jdbc.sql("""
                        select username from account where id = ? and enabled = true and unit_id is not null
                        and role in ('UNIT_CLERK', 'UNIT_LEADER')""")
                .param(accountId).query(String.class).optional();
    }

    /** The links to people of a unit, for the office's page: (account label, person label, ids). */
    public record Link(long accountId, long personId, String account, String person) {
    }

    List<Link> linksOf(long unitId) {
        return jdbc.sql("""
                        select a.id, p.id, a.display_name, a.username, u.name unit_name, p.name, p.title
                        from (select account_id, person_id from tracking_account_person
                              union select account_id, person_id from account_responsibility) l
                        join account a on a.id = l.account_id join person p on p.id = l.person_id
                        left join unit u on u.id = a.unit_id
                        where p.unit_id = ? order by p.position, p.id, a.username""")
                .param(unitId).query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2),
                        rs.getString(3) + "（" + rs.getString(4) + (rs.getString(5) == null ? "" : "，" + rs.getString(5)) + "）",
                        rs.getString(6) + "（" + rs.getString(7) + "）")).list();
    }

    private static ProgressReport report(ResultSet rs) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new ProgressReport(rs.getLong("cycle_id"), rs.getLong("unit_id"), rs.getObject("row_id", UUID.class),
                rs.getInt("period_no"), ProgressStatus.valueOf(rs.getString("status")),
                rs.getObject("percent_done", Integer.class), rs.getString("done_text"),
                Review.valueOf(rs.getString("review")), rs.getString("review_comment"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"),
                reviewed == null ? null : reviewed.toInstant(), rs.getString("reviewed_by"));
    }
}
