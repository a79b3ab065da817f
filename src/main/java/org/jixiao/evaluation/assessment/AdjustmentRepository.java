package org.jixiao.evaluation.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.evaluation.Promotion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Promotions, incentives, deductions and public appraisal scores, each with who and when. */
@Repository
class AdjustmentRepository {

    private final JdbcClient jdbc;
    private final ChangeLog changes;

    AdjustmentRepository(JdbcClient jdbc, ChangeLog changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    record StoredPromotion(long id, long unitId, UUID rowId, Promotion promotion, String by, Instant at) {
    }

    record StoredIncentive(long id, long unitId, String level, String reason, String by, Instant at) {
    }

    record StoredDeduction(long id, long unitId, BigDecimal points, String reason, String evidence, String by,
                           Instant at) {
    }

    List<StoredPromotion> promotions(long cycleId) {
        return promotions(cycleId, null);
    }

    /** As {@link #promotions(long)}, of one unit only when {@code unitId} is given. */
    List<StoredPromotion> promotions(long cycleId, @Nullable Long unitId) {
        return jdbc.sql("select id, unit_id, row_id, kind, reason, created_by, created_at from item_promotion where cycle_id = ?"
                        + (unitId == null ? "" : " and unit_id = ?") + " order by id")
                .params(UnitFilter.args(cycleId, unitId))
                .query((rs, n) -> new StoredPromotion(rs.getLong(1), rs.getLong(2), rs.getObject(3, UUID.class),
                        new Promotion(Promotion.Kind.valueOf(rs.getString(4)), rs.getString(5)), rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    void addPromotion(long cycleId, long unitId, UUID rowId, Promotion promotion, String by, Instant at) {
        changes.unit(cycleId, unitId);
        jdbc.sql("insert into item_promotion (cycle_id, unit_id, row_id, kind, reason, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(cycleId, unitId, rowId, promotion.kind().name(), promotion.reason(), by, Timestamp.from(at))
                .update();
    }

    List<StoredIncentive> incentives(long cycleId) {
        return incentives(cycleId, null);
    }

    /** As {@link #incentives(long)}, of one unit only when {@code unitId} is given. */
    List<StoredIncentive> incentives(long cycleId, @Nullable Long unitId) {
        return jdbc.sql("select id, unit_id, award_level, reason, created_by, created_at from unit_incentive where cycle_id = ?"
                        + (unitId == null ? "" : " and unit_id = ?") + " order by id")
                .params(UnitFilter.args(cycleId, unitId))
                .query((rs, n) -> new StoredIncentive(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    void addIncentive(long cycleId, long unitId, String level, String reason, String by, Instant at) {
        changes.unit(cycleId, unitId);
        jdbc.sql("insert into unit_incentive (cycle_id, unit_id, award_level, reason, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(cycleId, unitId, level, reason, by, Timestamp.from(at)).update();
    }

    List<StoredDeduction> deductions(long cycleId) {
        return deductions(cycleId, null);
    }

    /** As {@link #deductions(long)}, of one unit only when {@code unitId} is given. */
    List<StoredDeduction> deductions(long cycleId, @Nullable Long unitId) {
        return jdbc.sql("select id, unit_id, points, reason, evidence, created_by, created_at from unit_deduction where cycle_id = ?"
                        + (unitId == null ? "" : " and unit_id = ?") + " order by id")
                .params(UnitFilter.args(cycleId, unitId))
                .query((rs, n) -> new StoredDeduction(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    void addDeduction(long cycleId, long unitId, BigDecimal points, String reason, String evidence, String by,
                      Instant at) {
        changes.unit(cycleId, unitId);
        jdbc.sql("insert into unit_deduction (cycle_id, unit_id, points, reason, evidence, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(cycleId, unitId, points, reason, evidence, by, Timestamp.from(at)).update();
    }

    /** Removes one adjustment of the unit; false when it is not the unit's. */
    boolean delete(String table, long cycleId, long unitId, long id) {
        if (!List.of("item_promotion", "unit_incentive", "unit_deduction").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        changes.unit(cycleId, unitId);
        return jdbc.sql("delete from " + table + " where id = ? and cycle_id = ? and unit_id = ?")
                .params(id, cycleId, unitId).update() > 0;
    }

    Map<Long, BigDecimal> appraisals(long cycleId) {
        return appraisals(cycleId, null);
    }

    /** As {@link #appraisals(long)}, of one unit only when {@code unitId} is given. */
    Map<Long, BigDecimal> appraisals(long cycleId, @Nullable Long unitId) {
        Map<Long, BigDecimal> result = new LinkedHashMap<>();
        jdbc.sql("select unit_id, score from public_appraisal where cycle_id = ?"
                        + (unitId == null ? "" : " and unit_id = ?")).params(UnitFilter.args(cycleId, unitId))
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return result;
    }

    void putAppraisal(long cycleId, long unitId, BigDecimal score, String by, Instant at) {
        changes.unit(cycleId, unitId);
        jdbc.sql("delete from public_appraisal where cycle_id = ? and unit_id = ?").params(cycleId, unitId).update();
        jdbc.sql("insert into public_appraisal (cycle_id, unit_id, score, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                .params(cycleId, unitId, score, by, Timestamp.from(at)).update();
    }
}
