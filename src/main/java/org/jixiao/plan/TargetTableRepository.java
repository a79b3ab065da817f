package org.jixiao.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores target tables row by row ({@link TableRowWriter}, {@link TableRowReader}). A table is read with
 * a fixed number of queries whatever its size, and written whole under an optimistic version check.
 */
@Repository
public class TargetTableRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TableRowWriter rows;
    private final TableRowReader reader;

    TargetTableRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.rows = new TableRowWriter(jdbc);
        this.reader = new TableRowReader(jdbc);
    }

    /** A stored table with the version it was read at. */
    public record Stored(TargetTable table, long version) {
    }

    /** Headline figures of a table for lists, read without loading the rows' details. */
    public record Summary(UUID id, long cycleId, long unitId, String unitName, long version, Instant updatedAt) {
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.sql("select id, cycle_id, unit_id, unit_name, assessment_year, version from target_table where id = ?")
                .param(id)
                .query((rs, n) -> new TableRowReader.Header(rs.getObject("id", UUID.class), rs.getLong("cycle_id"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getInt("assessment_year"), rs.getLong("version")))
                .optional()
                .map(reader::load);
    }

    /** Every table of the cycle, ordered by unit, read with seven queries however many units take part. */
    public List<Stored> findAll(long cycleId) {
        List<TableRowReader.Header> headers = jdbc.sql("""
                        select id, cycle_id, unit_id, unit_name, assessment_year, version from target_table
                        where cycle_id = ? order by unit_id""")
                .param(cycleId)
                .query((rs, n) -> new TableRowReader.Header(rs.getObject("id", UUID.class), rs.getLong("cycle_id"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getInt("assessment_year"), rs.getLong("version")))
                .list();
        return reader.loadCycle(headers, cycleId);
    }

    /** The tables of the given units in the cycle, ordered by unit: seven queries however many. */
    public List<Stored> findAll(long cycleId, java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<TableRowReader.Header> headers = jdbc.sql("""
                        select id, cycle_id, unit_id, unit_name, assessment_year, version from target_table
                        where cycle_id = :cycle and unit_id in (:units) order by unit_id""")
                .param("cycle", cycleId).param("units", unitIds)
                .query((rs, n) -> new TableRowReader.Header(rs.getObject("id", UUID.class), rs.getLong("cycle_id"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getInt("assessment_year"), rs.getLong("version")))
                .list();
        return reader.loadUnits(headers, cycleId, unitIds);
    }

    /** The table's headline figures without its rows, e.g. to learn its cycle and unit. */
    public Optional<Summary> summary(UUID id) {
        return jdbc.sql("select id, cycle_id, unit_id, unit_name, version, updated_at from target_table where id = ?")
                .param(id)
                .query(TargetTableRepository::summaryRow)
                .optional();
    }

    /**
     * Locks the table's row until the transaction ends, so that a change of the table and a change
     * of its plan's state never interleave (a submission never misses an edit made meanwhile).
     */
    void lock(UUID id) {
        jdbc.sql("select version from target_table where id = ? for update").param(id).query(Long.class).optional();
    }

    private static Summary summaryRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Summary(rs.getObject("id", UUID.class), rs.getLong("cycle_id"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
    }

    /** The unit's table's headline figures in the cycle, without its rows. */
    public Optional<Summary> summary(long cycleId, long unitId) {
        return jdbc.sql("select id, cycle_id, unit_id, unit_name, version, updated_at from target_table where cycle_id = ? and unit_id = ?")
                .params(cycleId, unitId)
                .query(TargetTableRepository::summaryRow)
                .optional();
    }

    public Optional<UUID> findId(long cycleId, long unitId) {
        return jdbc.sql("select id from target_table where cycle_id = ? and unit_id = ?")
                .params(cycleId, unitId).query(UUID.class).optional();
    }

    public List<Summary> summaries(long cycleId) {
        return jdbc.sql("""
                        select id, cycle_id, unit_id, unit_name, version, updated_at
                        from target_table where cycle_id = ? order by unit_id""")
                .param(cycleId)
                .query(TargetTableRepository::summaryRow)
                .list();
    }

    /**
     * A table's finding counts and total points as kept with it ({@link TableCounts}): current while
     * {@code checkedVersion} is the table's version and {@code checkedCycleVersion} the cycle's.
     */
    public record Counted(UUID id, long unitId, long version, int errors, int warnings, BigDecimal totalPoints,
                          @Nullable Long checkedVersion, @Nullable Long checkedCycleVersion) {

        public boolean currentFor(long cycleVersion) {
            return checkedVersion != null && checkedVersion == version && checkedCycleVersion != null
                    && checkedCycleVersion == cycleVersion;
        }
    }

    /** Every table of the cycle with its stored counts, ordered by unit: one query. */
    public List<Counted> counted(long cycleId) {
        return jdbc.sql("""
                        select id, unit_id, version, error_count, warning_count, total_points, checked_version,
                               checked_cycle_version
                        from target_table where cycle_id = ? order by unit_id""")
                .param(cycleId)
                .query((rs, n) -> new Counted(rs.getObject("id", UUID.class), rs.getLong("unit_id"), rs.getLong("version"),
                        rs.getInt("error_count"), rs.getInt("warning_count"),
                        rs.getBigDecimal("total_points") == null ? BigDecimal.ZERO : rs.getBigDecimal("total_points"),
                        rs.getObject("checked_version", Long.class), rs.getObject("checked_cycle_version", Long.class)))
                .list();
    }

    /** The cycles holding a table whose counts are not current (never counted, edited or template changed since). */
    public List<Long> cyclesToRecount() {
        return jdbc.sql("""
                        select distinct t.cycle_id from target_table t join assessment_cycle c on c.id = t.cycle_id
                        where t.checked_version is null or t.checked_version <> t.version
                           or t.checked_cycle_version is null or t.checked_cycle_version <> c.version
                        order by t.cycle_id""")
                .query(Long.class).list();
    }

    /** Counts of one table as checked at its version and its cycle's version. */
    public record Counts(UUID id, long unitId, long version, long cycleVersion, int errors, int warnings, BigDecimal totalPoints) {
    }

    /**
     * Stores the counts with their tables, each only if the table is still at the version it was checked
     * at (a concurrent edit keeps the counts it stored): one batched statement.
     */
    public void storeCounts(List<Counts> counts) {
        if (counts.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("""
                        update target_table set error_count = ?, warning_count = ?, total_points = ?, checked_version = ?,
                                                checked_cycle_version = ?
                        where id = ? and version = ?""", counts, counts.size(), (ps, c) -> {
            ps.setInt(1, c.errors());
            ps.setInt(2, c.warnings());
            ps.setBigDecimal(3, c.totalPoints());
            ps.setLong(4, c.version());
            ps.setLong(5, c.cycleVersion());
            ps.setObject(6, c.id());
            ps.setLong(7, c.version());
        });
    }

    /**
     * Marks the unit's tables of later years for recount: the year-on-year rule (district cycles cap the
     * first-level indicators at last year's) reads this table.
     */
    private void markLaterForRecount(long unitId, int year) {
        jdbc.sql("""
                        update target_table set checked_version = null
                        where unit_id = ? and assessment_year > ? and checked_version is not null""")
                .params(unitId, year).update();
    }

    /** The units that have a table in a cycle of a year before {@code year}: one query. */
    public java.util.Set<Long> unitsWithTableBefore(int year) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select distinct t.unit_id from target_table t join assessment_cycle c on c.id = t.cycle_id
                        where c.assessment_year < ?""")
                .param(year).query(Long.class).list());
    }

    /** Inserts a new table at version 1. */
    @Transactional
    public long insert(TargetTable table, String by, Instant at) {
        jdbc.sql("""
                        insert into target_table (id, cycle_id, unit_id, unit_name, assessment_year, version, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, 1, ?, ?)""")
                .params(table.id(), table.cycleId(), table.unitId(), table.unitName(), table.year(),
                        Timestamp.from(at), by)
                .update();
        rows.insertRows(table);
        markLaterForRecount(table.unitId(), table.year());
        return 1;
    }

    /**
     * Replaces the stored rows with the table's, provided nobody saved it since {@code version};
     * returns the new version.
     */
    @Transactional
    public long update(TargetTable table, long version, String by, Instant at) {
        int updated = jdbc.sql("""
                        update target_table set version = version + 1, updated_at = ?, updated_by = ?
                        where id = ? and version = ?""")
                .params(Timestamp.from(at), by, table.id(), version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("考评表已被他人修改，请刷新后重试");
        }
        rows.deleteRows(table.id());
        rows.insertRows(table);
        markLaterForRecount(table.unitId(), table.year());
        return version + 1;
    }

    @Transactional
    public void delete(UUID id) {
        jdbc.sql("select unit_id, assessment_year from target_table where id = ?").param(id)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).optional()
                .ifPresent(found -> markLaterForRecount(found[0], (int) found[1]));
        rows.deleteRows(id);
        jdbc.sql("delete from target_table where id = ?").param(id).update();
    }

    /**
     * Replaces the table's rows and header (unit name, year) with the given table's, keeping its id;
     * for imports and reverts, which replace whatever is stored while the caller holds the
     * {@link #lock}. Returns the new version.
     */
    long replace(TargetTable table, String by, Instant at) {
        long version = jdbc.sql("select version from target_table where id = ?").param(table.id())
                .query(Long.class).single();
        jdbc.sql("""
                        update target_table set unit_name = ?, assessment_year = ?, version = version + 1,
                                                updated_at = ?, updated_by = ?
                        where id = ?""")
                .params(table.unitName(), table.year(), Timestamp.from(at), by, table.id())
                .update();
        rows.deleteRows(table.id());
        rows.insertRows(table);
        markLaterForRecount(table.unitId(), table.year());
        return version + 1;
    }
}
