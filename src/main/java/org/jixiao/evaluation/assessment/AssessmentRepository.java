package org.jixiao.evaluation.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rater assignments, rater scores, assessed tiers and peer grades, and the append-only history every
 * change of them writes (who, when, before, after).
 */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;
    private final ChangeLog changes;

    AssessmentRepository(JdbcClient jdbc, ChangeLog changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** A rater's score of a row. */
    record StoredScore(long unitId, UUID rowId, long raterAccountId, String raterName, BigDecimal score, Instant at) {
    }

    /** An assessed tier, who set it ({@code gradedBy}, a username), as what (OFFICE / LEAD_DEPARTMENT) and why. */
    record StoredTier(long unitId, UUID rowId, int tier, String gradedBy, String source, Instant at,
                      @Nullable String reason) {
    }

    record StoredPeerGrade(long unitId, UUID rowId, long graderUnitId, int tier, String gradedBy) {
    }

    record Assignment(long raterAccountId, String raterName, String raterUsername, long unitId) {
    }

    record HistoryEntry(long unitId, @Nullable UUID rowId, String kind, String actor, @Nullable String before,
                        @Nullable String after, Instant at) {
    }

    // ---- assignments -------------------------------------------------------------------------

    List<Assignment> assignments(long cycleId) {
        return jdbc.sql("""
                        select r.rater_account_id, a.display_name, a.username, r.unit_id from rater_assignment r
                        join account a on a.id = r.rater_account_id where r.cycle_id = ? order by r.unit_id, a.id""")
                .param(cycleId)
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** Whether the rater is assigned to the unit, by itself or through the unit's group in the cycle. */
    boolean isAssigned(long cycleId, long raterAccountId, long unitId) {
        return jdbc.sql("""
                        select (select count(*) from rater_assignment where cycle_id = ? and rater_account_id = ? and unit_id = ?)
                             + (select count(*) from rater_group_assignment g
                                join cycle_unit cu on cu.cycle_id = g.cycle_id and cu.group_id = g.group_id
                                where g.cycle_id = ? and g.rater_account_id = ? and cu.unit_id = ?)""")
                .params(cycleId, raterAccountId, unitId, cycleId, raterAccountId, unitId).query(Long.class).single() > 0;
    }

    /** The units the rater is assigned to in the cycle, by themselves or through their group: one query. */
    java.util.Set<Long> assignedUnitIds(long cycleId, long raterAccountId) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select unit_id from rater_assignment where cycle_id = ? and rater_account_id = ?
                        union select cu.unit_id from rater_group_assignment g
                        join cycle_unit cu on cu.cycle_id = g.cycle_id and cu.group_id = g.group_id
                        where g.cycle_id = ? and g.rater_account_id = ?""")
                .params(cycleId, raterAccountId, cycleId, raterAccountId).query(Long.class).list());
    }

    /** Whether the rater is assigned to the unit by itself (not through a group). */
    boolean isAssignedToUnit(long cycleId, long raterAccountId, long unitId) {
        return jdbc.sql("select count(*) from rater_assignment where cycle_id = ? and rater_account_id = ? and unit_id = ?")
                .params(cycleId, raterAccountId, unitId).query(Long.class).single() > 0;
    }

    /** How many raters score the unit, counting those assigned by group once. */
    long assignedCount(long cycleId, long unitId) {
        return jdbc.sql("""
                        select count(distinct r.rater_account_id) from (
                            select rater_account_id from rater_assignment where cycle_id = ? and unit_id = ?
                            union select g.rater_account_id from rater_group_assignment g
                            join cycle_unit cu on cu.cycle_id = g.cycle_id and cu.group_id = g.group_id
                            where g.cycle_id = ? and cu.unit_id = ?) r""")
                .params(cycleId, unitId, cycleId, unitId).query(Long.class).single();
    }

    void assign(long cycleId, long raterAccountId, long unitId, String by, Instant at) {
        changes.unit(cycleId, unitId);
        jdbc.sql("insert into rater_assignment (cycle_id, rater_account_id, unit_id, assigned_at, assigned_by) values (?, ?, ?, ?, ?)")
                .params(cycleId, raterAccountId, unitId, Timestamp.from(at), by).update();
    }

    void unassign(long cycleId, long raterAccountId, long unitId) {
        changes.unit(cycleId, unitId);
        jdbc.sql("delete from rater_assignment where cycle_id = ? and rater_account_id = ? and unit_id = ?")
                .params(cycleId, raterAccountId, unitId).update();
    }

    // ---- rater scores ------------------------------------------------------------------------

    /** Every score of the cycle in the order first entered (which decides ties in a trimmed mean). */
    List<StoredScore> scores(long cycleId) {
        return scores(cycleId, null);
    }

    /** As {@link #scores(long)}, of one unit only when {@code unitId} is given. */
    List<StoredScore> scores(long cycleId, @Nullable Long unitId) {
        return jdbc.sql("""
                        select s.unit_id, s.row_id, s.rater_account_id, a.display_name, s.score, s.updated_at
                        from rater_score s join account a on a.id = s.rater_account_id
                        where s.cycle_id = ?""" + (unitId == null ? "" : " and s.unit_id = ?") + " order by s.id")
                .params(UnitFilter.args(cycleId, unitId))
                .query((rs, n) -> new StoredScore(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * The scores that count: those of raters still assigned to the unit, by itself or through its
     * group. A removed rater's scores stay in rater_score and the history but no longer count.
     */
    List<StoredScore> countedScores(long cycleId) {
        return countedScores(cycleId, null);
    }

    /** As {@link #countedScores(long)}, of one unit only when {@code unitId} is given. */
    List<StoredScore> countedScores(long cycleId, @Nullable Long unitId) {
        return jdbc.sql("""
                        select s.unit_id, s.row_id, s.rater_account_id, a.display_name, s.score, s.updated_at
                        from rater_score s join account a on a.id = s.rater_account_id
                        where s.cycle_id = ?
                          and (exists (select 1 from rater_assignment r where r.cycle_id = s.cycle_id
                                       and r.rater_account_id = s.rater_account_id and r.unit_id = s.unit_id)
                            or exists (select 1 from rater_group_assignment g
                                       join cycle_unit cu on cu.cycle_id = g.cycle_id and cu.group_id = g.group_id
                                       where g.cycle_id = s.cycle_id and g.rater_account_id = s.rater_account_id
                                         and cu.unit_id = s.unit_id))
                        """ + (unitId == null ? "" : " and s.unit_id = ?") + " order by s.id")
                .params(UnitFilter.args(cycleId, unitId))
                .query((rs, n) -> new StoredScore(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** How many raters are assigned to each unit, directly or through its group: the unit's panel. */
    Map<Long, Integer> panelSizes(long cycleId) {
        return panelSizes(cycleId, null);
    }

    /** As {@link #panelSizes(long)}, of one unit only when {@code unitId} is given. */
    Map<Long, Integer> panelSizes(long cycleId, @Nullable Long unitId) {
        String unit = unitId == null ? "" : " and unit_id = ?";
        String groupUnit = unitId == null ? "" : " and cu.unit_id = ?";
        Map<Long, Integer> sizes = new java.util.HashMap<>();
        jdbc.sql("""
                        select x.unit_id, count(distinct x.rater_account_id) from (
                          select unit_id, rater_account_id from rater_assignment where cycle_id = ?""" + unit + """

                          union
                          select cu.unit_id, g.rater_account_id from rater_group_assignment g
                          join cycle_unit cu on cu.cycle_id = g.cycle_id and cu.group_id = g.group_id
                          where g.cycle_id = ?""" + groupUnit + """
                        ) x
                        group by x.unit_id""")
                .params(unitId == null ? new Object[] {cycleId, cycleId} : new Object[] {cycleId, unitId, cycleId, unitId})
                .query(rs -> {
                    sizes.put(rs.getLong(1), rs.getInt(2));
                });
        return sizes;
    }

    Optional<BigDecimal> score(long cycleId, UUID rowId, long raterAccountId) {
        return jdbc.sql("select score from rater_score where cycle_id = ? and row_id = ? and rater_account_id = ?")
                .params(cycleId, rowId, raterAccountId).query(BigDecimal.class).optional();
    }

    /** When the rater's score of the row was last saved: what a form read, to refuse saving over a newer one. */
    Optional<Instant> scoreSavedAt(long cycleId, UUID rowId, long raterAccountId) {
        return jdbc.sql("select updated_at from rater_score where cycle_id = ? and row_id = ? and rater_account_id = ?")
                .params(cycleId, rowId, raterAccountId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /**
     * Sets a rater's score, keeping its place in the entry order when it is changed, provided the
     * stored score is still the one {@code readAt} names: "" for none, else the time it was saved;
     * {@code null} does not check. The check and the write are one statement, so of two saves that
     * read the same value only the first is written; the other is refused (SCORE_STALE).
     */
    void putScore(long cycleId, long unitId, UUID rowId, long raterAccountId, @Nullable BigDecimal score, Instant at,
                  @Nullable String readAt) {
        changes.unit(cycleId, unitId);
        String where = " where cycle_id = ? and row_id = ? and rater_account_id = ?";
        List<Object> key = new ArrayList<>(List.of(cycleId, rowId, raterAccountId));
        if (readAt != null && !readAt.isEmpty()) {
            where += " and updated_at = ?";
            key.add(Timestamp.from(Instant.parse(readAt)));
        }
        if (score == null) {
            if (jdbc.sql("delete from rater_score" + where).params(key).update() == 0 && readAt != null
                    && !readAt.isEmpty()) {
                throw staleScore();
            }
            return;
        }
        int updated = readAt != null && readAt.isEmpty() ? 0 : jdbc.sql("update rater_score set score = ?, updated_at = ?" + where)
                .params(concat(List.of(score, Timestamp.from(at)), key)).update();
        if (updated == 0 && readAt != null && !readAt.isEmpty()) {
            throw staleScore();
        }
        if (updated == 0) {
            try {
                jdbc.sql("insert into rater_score (cycle_id, unit_id, row_id, rater_account_id, score, updated_at) values (?, ?, ?, ?, ?, ?)")
                        .params(cycleId, unitId, rowId, raterAccountId, score, Timestamp.from(at)).update();
            } catch (DuplicateKeyException concurrent) {
                // a save of the same score committed meanwhile: theirs stands
                throw staleScore();
            }
        }
    }

    private static Refused staleScore() {
        return Refused.conflict("SCORE_STALE", "该指标的评分刚被另一次保存改过，为免覆盖，本次未保存；请刷新页面，核对后再保存");
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    // ---- tiers -------------------------------------------------------------------------------

    Map<UUID, StoredTier> tiers(long cycleId) {
        return tiers(cycleId, null);
    }

    /** As {@link #tiers(long)}, of one unit only when {@code unitId} is given. */
    Map<UUID, StoredTier> tiers(long cycleId, @Nullable Long unitId) {
        Map<UUID, StoredTier> result = new LinkedHashMap<>();
        jdbc.sql("select unit_id, row_id, tier, graded_by, source, updated_at, reason from item_tier where cycle_id = ?"
                        + (unitId == null ? "" : " and unit_id = ?"))
                .params(UnitFilter.args(cycleId, unitId))
                .query(rs -> {
                    StoredTier t = new StoredTier(rs.getLong(1), rs.getObject(2, UUID.class), rs.getInt(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7));
                    result.put(t.rowId(), t);
                });
        return result;
    }

    /**
     * Sets (or, with {@code null}, withdraws) a row's tier, provided the stored tier is still the one
     * {@code readAt} names: "" for none, else the time it was saved; {@code null} does not check. The
     * check and the write are one statement, so of two gradings that read the same tier only the first
     * is written; the other is refused (TIER_STALE).
     */
    void putTier(long cycleId, long unitId, UUID rowId, @Nullable Integer tier, String by, String source, Instant at,
                 @Nullable String reason, @Nullable String readAt) {
        changes.unit(cycleId, unitId);
        if (readAt == null) {
            jdbc.sql("delete from item_tier where cycle_id = ? and row_id = ?").params(cycleId, rowId).update();
        } else if (!readAt.isEmpty()) {
            Timestamp read = Timestamp.from(Instant.parse(readAt));
            int written = tier == null
                    ? jdbc.sql("delete from item_tier where cycle_id = ? and row_id = ? and updated_at = ?")
                    .params(cycleId, rowId, read).update()
                    : jdbc.sql("""
                            update item_tier set tier = ?, graded_by = ?, source = ?, updated_at = ?, reason = ?
                            where cycle_id = ? and row_id = ? and updated_at = ?""")
                    .params(tier, by, source, Timestamp.from(at), reason, cycleId, rowId, read).update();
            if (written == 0) {
                throw staleTier();
            }
            return;
        }
        if (tier != null) {
            try {
                jdbc.sql("insert into item_tier (cycle_id, unit_id, row_id, tier, graded_by, source, updated_at, reason) values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(cycleId, unitId, rowId, tier, by, source, Timestamp.from(at), reason).update();
            } catch (DuplicateKeyException concurrent) {
                // another first grading of the row committed meanwhile: theirs stands
                throw staleTier();
            }
        }
    }

    private static Refused staleTier() {
        return Refused.conflict("TIER_STALE", "该指标的档次刚被他人评定，为免覆盖，本次未保存；请刷新页面，核对后再定档");
    }

    // ---- peer grades -------------------------------------------------------------------------

    List<StoredPeerGrade> peerGrades(long cycleId, long unitId) {
        return jdbc.sql("select unit_id, row_id, grader_unit_id, tier, graded_by from peer_grade where cycle_id = ? and unit_id = ?")
                .params(cycleId, unitId)
                .query((rs, n) -> new StoredPeerGrade(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3),
                        rs.getInt(4), rs.getString(5)))
                .list();
    }

    void putPeerGrade(long cycleId, long unitId, UUID rowId, long graderUnitId, @Nullable Integer tier, String by,
                      Instant at) {
        jdbc.sql("delete from peer_grade where cycle_id = ? and row_id = ? and grader_unit_id = ?")
                .params(cycleId, rowId, graderUnitId).update();
        if (tier != null) {
            jdbc.sql("insert into peer_grade (cycle_id, unit_id, row_id, grader_unit_id, tier, graded_by, updated_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(cycleId, unitId, rowId, graderUnitId, tier, by, Timestamp.from(at)).update();
        }
    }

    // ---- history -----------------------------------------------------------------------------

    void history(long cycleId, long unitId, @Nullable UUID rowId, String kind, String actor, @Nullable Object before,
                 @Nullable Object after, Instant at) {
        jdbc.sql("""
                        insert into score_history (cycle_id, unit_id, row_id, kind, actor, previous_value, new_value, occurred_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, unitId, rowId, kind, actor, text(before), text(after), Timestamp.from(at)).update();
    }

    List<HistoryEntry> history(long cycleId, long unitId) {
        List<HistoryEntry> result = new ArrayList<>();
        jdbc.sql("""
                        select unit_id, row_id, kind, actor, previous_value, new_value, occurred_at from score_history
                        where cycle_id = ? and unit_id = ? order by id desc""")
                .params(cycleId, unitId)
                .query(rs -> {
                    result.add(new HistoryEntry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                });
        return result;
    }

    private static final int HISTORY_VALUE_LENGTH = 500;

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        // The history shows what changed; a reason of the full 500 characters plus its label does not fit the column.
        return text.length() <= HISTORY_VALUE_LENGTH ? text : text.substring(0, HISTORY_VALUE_LENGTH - 1) + "…";
    }
}
