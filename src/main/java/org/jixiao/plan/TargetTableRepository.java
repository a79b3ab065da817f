package org.jixiao.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.DocumentNumber;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.Responsibility;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores target tables row by row. A table is read with a fixed number of queries whatever its
 * size, and written whole under an optimistic version check.
 */
@Repository
public class TargetTableRepository {

    private static final String LEADER = "LEADER";
    private static final String PERSON = "PERSON";

    private final JdbcClient jdbc;

    TargetTableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .query((rs, n) -> new Header(rs.getObject("id", UUID.class), rs.getLong("cycle_id"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getInt("assessment_year"), rs.getLong("version")))
                .optional()
                .map(this::load);
    }

    /** The table's headline figures without its rows, e.g. to learn its cycle and unit. */
    public Optional<Summary> summary(UUID id) {
        return jdbc.sql("select id, cycle_id, unit_id, unit_name, version, updated_at from target_table where id = ?")
                .param(id)
                .query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getLong("cycle_id"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("version"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /**
     * Locks the table's row until the transaction ends, so that a change of the table and a change
     * of its plan's state never interleave (a submission never misses an edit made meanwhile).
     */
    void lock(UUID id) {
        jdbc.sql("select version from target_table where id = ? for update").param(id).query(Long.class).optional();
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
                .query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getLong("cycle_id"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("version"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
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
        insertRows(table);
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
        deleteRows(table.id());
        insertRows(table);
        return version + 1;
    }

    @Transactional
    public void delete(UUID id) {
        deleteRows(id);
        jdbc.sql("delete from target_table where id = ?").param(id).update();
    }

    private void deleteRows(UUID tableId) {
        for (String child : List.of("row_person", "row_department", "second_level_indicator", "policy_reference",
                "first_level_indicator", "table_category")) {
            jdbc.sql("delete from " + child + " where table_id = ?").param(tableId).update();
        }
    }

    private void insertRows(TargetTable table) {
        int categoryPosition = 0;
        for (TableCategory category : table.categories()) {
            jdbc.sql("""
                            insert into table_category (table_id, category_key, name, role, declared_points, position)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(table.id(), category.key(), category.name(), category.role().name(),
                            value(category.declaredPoints()), categoryPosition++)
                    .update();
            int position = 0;
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                insertFirstLevel(table.id(), category.key(), position++, l1);
            }
        }
    }

    private void insertFirstLevel(UUID tableId, String categoryKey, int position, FirstLevelIndicator l1) {
        Responsibility own = l1.responsibility();
        jdbc.sql("""
                        insert into first_level_indicator
                        (id, table_id, category_key, position, code, text, points, area, is_item, deadline, remark)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(l1.id(), tableId, categoryKey, position, code(l1.code()), l1.text(), value(l1.points()),
                        l1.area(), own != null, own == null ? null : own.deadline(), own == null ? null : own.remark())
                .update();
        int referencePosition = 0;
        for (PolicyReference reference : l1.basis()) {
            jdbc.sql("""
                            insert into policy_reference (first_level_id, table_id, position, title, document_number, note)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(l1.id(), tableId, referencePosition++, reference.title(),
                            reference.number() == null ? null : reference.number().toString(), reference.note())
                    .update();
        }
        if (own != null) {
            insertResponsibility(tableId, l1.id(), own);
        }
        int l2Position = 0;
        for (SecondLevelIndicator l2 : l1.secondLevel()) {
            jdbc.sql("""
                            insert into second_level_indicator
                            (id, first_level_id, table_id, position, code, text, weight, deadline, remark)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(l2.id(), l1.id(), tableId, l2Position++, code(l2.code()), l2.text(), value(l2.weight()),
                            l2.responsibility().deadline(), l2.responsibility().remark())
                    .update();
            insertResponsibility(tableId, l2.id(), l2.responsibility());
        }
    }

    private void insertResponsibility(UUID tableId, UUID rowId, Responsibility responsibility) {
        int position = 0;
        for (ResponsibleDepartment department : responsibility.departments()) {
            jdbc.sql("insert into row_department (row_id, table_id, position, name, head) values (?, ?, ?, ?, ?)")
                    .params(rowId, tableId, position++, department.name(), department.head())
                    .update();
        }
        insertPeople(tableId, rowId, LEADER, responsibility.leaders());
        insertPeople(tableId, rowId, PERSON, responsibility.persons());
    }

    private void insertPeople(UUID tableId, UUID rowId, String kind, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            jdbc.sql("insert into row_person (row_id, table_id, kind, position, name) values (?, ?, ?, ?, ?)")
                    .params(rowId, tableId, kind, i, names.get(i))
                    .update();
        }
    }

    // ---- reading --------------------------------------------------------------------------------

    private record Header(UUID id, long cycleId, long unitId, String unitName, int year, long version) {
    }

    private record CategoryRow(String key, String name, CategoryRole role, @Nullable Points declared) {
    }

    private record FirstLevelRow(UUID id, String categoryKey, @Nullable IndicatorCode code, String text,
                                 @Nullable Points points, String area, boolean item, String deadline, String remark) {
    }

    private record SecondLevelRow(UUID id, UUID firstLevelId, @Nullable IndicatorCode code, String text,
                                  @Nullable Points weight, String deadline, String remark) {
    }

    private Stored load(Header header) {
        UUID id = header.id();
        List<CategoryRow> categories = jdbc.sql("""
                        select category_key, name, role, declared_points from table_category
                        where table_id = ? order by position""")
                .param(id)
                .query((rs, n) -> new CategoryRow(rs.getString("category_key"), rs.getString("name"),
                        CategoryRole.valueOf(rs.getString("role")), points(rs.getBigDecimal("declared_points"))))
                .list();
        List<FirstLevelRow> firstLevel = jdbc.sql("""
                        select id, category_key, code, text, points, area, is_item, deadline, remark
                        from first_level_indicator where table_id = ? order by position""")
                .param(id)
                .query((rs, n) -> new FirstLevelRow(rs.getObject("id", UUID.class), rs.getString("category_key"),
                        code(rs.getString("code")), rs.getString("text"), points(rs.getBigDecimal("points")),
                        rs.getString("area"), rs.getBoolean("is_item"), rs.getString("deadline"),
                        rs.getString("remark")))
                .list();
        List<SecondLevelRow> secondLevel = jdbc.sql("""
                        select id, first_level_id, code, text, weight, deadline, remark
                        from second_level_indicator where table_id = ? order by position""")
                .param(id)
                .query((rs, n) -> new SecondLevelRow(rs.getObject("id", UUID.class),
                        rs.getObject("first_level_id", UUID.class), code(rs.getString("code")), rs.getString("text"),
                        points(rs.getBigDecimal("weight")), rs.getString("deadline"), rs.getString("remark")))
                .list();
        Map<UUID, List<PolicyReference>> references = new LinkedHashMap<>();
        jdbc.sql("""
                        select first_level_id, title, document_number, note from policy_reference
                        where table_id = ? order by first_level_id, position""")
                .param(id)
                .query(rs -> {
                    String number = rs.getString("document_number");
                    references.computeIfAbsent(rs.getObject("first_level_id", UUID.class), k -> new ArrayList<>())
                            .add(new PolicyReference(rs.getString("title"),
                                    number == null ? null : DocumentNumber.parse(number), rs.getString("note")));
                });
        Map<UUID, List<ResponsibleDepartment>> departments = new LinkedHashMap<>();
        jdbc.sql("select row_id, name, head from row_department where table_id = ? order by row_id, position")
                .param(id)
                .query(rs -> {
                    departments.computeIfAbsent(rs.getObject("row_id", UUID.class), k -> new ArrayList<>())
                            .add(new ResponsibleDepartment(rs.getString("name"), rs.getString("head")));
                });
        Map<UUID, List<String>> leaders = new LinkedHashMap<>();
        Map<UUID, List<String>> persons = new LinkedHashMap<>();
        jdbc.sql("select row_id, kind, name from row_person where table_id = ? order by row_id, kind, position")
                .param(id)
                .query(rs -> {
                    Map<UUID, List<String>> target = LEADER.equals(rs.getString("kind")) ? leaders : persons;
                    target.computeIfAbsent(rs.getObject("row_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("name"));
                });

        Map<UUID, List<SecondLevelIndicator>> secondByParent = new LinkedHashMap<>();
        for (SecondLevelRow row : secondLevel) {
            secondByParent.computeIfAbsent(row.firstLevelId(), k -> new ArrayList<>())
                    .add(new SecondLevelIndicator(row.id(), row.code(), row.text(), row.weight(),
                            responsibility(row.id(), row.deadline(), row.remark(), departments, leaders, persons)));
        }
        List<TableCategory> tableCategories = categories.stream()
                .map(c -> new TableCategory(c.key(), c.name(), c.role(), c.declared(), firstLevel.stream()
                        .filter(l1 -> l1.categoryKey().equals(c.key()))
                        .map(l1 -> new FirstLevelIndicator(l1.id(), l1.code(), l1.text(), l1.points(),
                                references.getOrDefault(l1.id(), List.of()), l1.area(),
                                l1.item() ? responsibility(l1.id(), l1.deadline(), l1.remark(), departments, leaders,
                                        persons) : null,
                                secondByParent.getOrDefault(l1.id(), List.of())))
                        .toList()))
                .toList();
        TargetTable table = new TargetTable(id, header.cycleId(), header.unitId(), header.unitName(), header.year(),
                tableCategories);
        return new Stored(table, header.version());
    }

    private static Responsibility responsibility(UUID rowId, @Nullable String deadline, @Nullable String remark,
                                                 Map<UUID, List<ResponsibleDepartment>> departments,
                                                 Map<UUID, List<String>> leaders, Map<UUID, List<String>> persons) {
        return new Responsibility(deadline, departments.getOrDefault(rowId, List.of()),
                leaders.getOrDefault(rowId, List.of()), persons.getOrDefault(rowId, List.of()), remark);
    }

    private static @Nullable BigDecimal value(@Nullable Points points) {
        return points == null ? null : points.value();
    }

    private static @Nullable Points points(@Nullable BigDecimal value) {
        return value == null ? null : new Points(value);
    }

    private static @Nullable String code(@Nullable IndicatorCode code) {
        return code == null ? null : code.value();
    }

    private static @Nullable IndicatorCode code(@Nullable String code) {
        return code == null ? null : new IndicatorCode(code);
    }
}
