package org.jixiao.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a table's rows with a fixed number of queries, whatever its size, and assembles the table; the
 * tables of a whole cycle are read with the same number of queries.
 */
final class TableRowReader {

    private final JdbcClient jdbc;

    TableRowReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored header of a table: which cycle and unit, the unit's name, the year and the version. */
    record Header(UUID id, long cycleId, long unitId, String unitName, int year, long version) {
    }

    private record CategoryRow(String key, String name, CategoryRole role, @Nullable Points declared) {
    }

    private record FirstLevelRow(UUID id, String categoryKey, @Nullable IndicatorCode code, String text,
                                 @Nullable Points points, String area, boolean item, String deadline, String remark) {
    }

    private record SecondLevelRow(UUID id, UUID firstLevelId, @Nullable IndicatorCode code, String text,
                                  @Nullable Points weight, String deadline, String remark) {
    }

    TargetTableRepository.Stored load(Header header) {
        return load(List.of(header), "table_id = :id", Map.of("id", header.id())).get(0);
    }

    /**
     * Every table of the cycle whose header is given, with the same six queries as one table (each
     * selects the rows of all the cycle's tables at once), in the headers' order.
     */
    List<TargetTableRepository.Stored> loadCycle(List<Header> headers, long cycleId) {
        if (headers.isEmpty()) {
            return List.of();
        }
        return load(headers, "table_id in (select id from target_table where cycle_id = :cycle)",
                Map.of("cycle", cycleId));
    }

    /** The tables of the given units in the cycle whose headers are given, with the same six queries. */
    List<TargetTableRepository.Stored> loadUnits(List<Header> headers, long cycleId, java.util.Collection<Long> units) {
        if (headers.isEmpty()) {
            return List.of();
        }
        return load(headers, "table_id in (select id from target_table where cycle_id = :cycle and unit_id in (:units))",
                Map.of("cycle", cycleId, "units", units));
    }

    private List<TargetTableRepository.Stored> load(List<Header> headers, String tables, Map<String, ?> param) {
        Map<UUID, List<CategoryRow>> categories = new LinkedHashMap<>();
        jdbc.sql("select table_id, category_key, name, role, declared_points from table_category where " + tables
                        + " order by table_id, position")
                .params(param)
                .query(rs -> {
                    categories.computeIfAbsent(rs.getObject("table_id", UUID.class), k -> new ArrayList<>())
                            .add(new CategoryRow(rs.getString("category_key"), rs.getString("name"),
                                    CategoryRole.valueOf(rs.getString("role")),
                                    points(rs.getBigDecimal("declared_points"))));
                });
        Map<UUID, List<FirstLevelRow>> firstLevel = new LinkedHashMap<>();
        jdbc.sql("select table_id, id, category_key, code, text, points, area, is_item, deadline, remark "
                        + "from first_level_indicator where " + tables + " order by table_id, position")
                .params(param)
                .query(rs -> {
                    firstLevel.computeIfAbsent(rs.getObject("table_id", UUID.class), k -> new ArrayList<>())
                            .add(new FirstLevelRow(rs.getObject("id", UUID.class), rs.getString("category_key"),
                                    code(rs.getString("code")), rs.getString("text"), points(rs.getBigDecimal("points")),
                                    rs.getString("area"), rs.getBoolean("is_item"), rs.getString("deadline"),
                                    rs.getString("remark")));
                });
        Map<UUID, List<SecondLevelRow>> secondLevel = new LinkedHashMap<>();
        jdbc.sql("select table_id, id, first_level_id, code, text, weight, deadline, remark "
                        + "from second_level_indicator where " + tables + " order by table_id, position")
                .params(param)
                .query(rs -> {
                    secondLevel.computeIfAbsent(rs.getObject("table_id", UUID.class), k -> new ArrayList<>())
                            .add(new SecondLevelRow(rs.getObject("id", UUID.class),
                                    rs.getObject("first_level_id", UUID.class), code(rs.getString("code")),
                                    rs.getString("text"), points(rs.getBigDecimal("weight")), rs.getString("deadline"),
                                    rs.getString("remark")));
                });
        // Row ids are unique across tables, so the rows' details need no grouping by table.
        Map<UUID, List<PolicyReference>> references = new LinkedHashMap<>();
        jdbc.sql("select first_level_id, title, document_number, note from policy_reference where " + tables
                        + " order by first_level_id, position")
                .params(param)
                .query(rs -> {
                    String number = rs.getString("document_number");
                    references.computeIfAbsent(rs.getObject("first_level_id", UUID.class), k -> new ArrayList<>())
                            .add(new PolicyReference(rs.getString("title"),
                                    number == null ? null : DocumentNumber.parse(number), rs.getString("note")));
                });
        Map<UUID, List<ResponsibleDepartment>> departments = new LinkedHashMap<>();
        jdbc.sql("select row_id, name, head from row_department where " + tables + " order by row_id, position")
                .params(param)
                .query(rs -> {
                    departments.computeIfAbsent(rs.getObject("row_id", UUID.class), k -> new ArrayList<>())
                            .add(new ResponsibleDepartment(rs.getString("name"), rs.getString("head")));
                });
        Map<UUID, List<String>> leaders = new LinkedHashMap<>();
        Map<UUID, List<String>> persons = new LinkedHashMap<>();
        jdbc.sql("select row_id, kind, name from row_person where " + tables + " order by row_id, kind, position")
                .params(param)
                .query(rs -> {
                    Map<UUID, List<String>> target = TableRowWriter.LEADER.equals(rs.getString("kind")) ? leaders : persons;
                    target.computeIfAbsent(rs.getObject("row_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("name"));
                });
        Rows rows = new Rows(references, departments, leaders, persons);
        List<TargetTableRepository.Stored> result = new ArrayList<>(headers.size());
        for (Header header : headers) {
            result.add(assemble(header, categories.getOrDefault(header.id(), List.of()),
                    firstLevel.getOrDefault(header.id(), List.of()), secondLevel.getOrDefault(header.id(), List.of()),
                    rows));
        }
        return result;
    }

    private record Rows(Map<UUID, List<PolicyReference>> references, Map<UUID, List<ResponsibleDepartment>> departments,
                        Map<UUID, List<String>> leaders, Map<UUID, List<String>> persons) {
    }

    private static TargetTableRepository.Stored assemble(Header header, List<CategoryRow> categories,
                                                         List<FirstLevelRow> firstLevel,
                                                         List<SecondLevelRow> secondLevel, Rows rows) {
        Map<UUID, List<PolicyReference>> references = rows.references();
        Map<UUID, List<ResponsibleDepartment>> departments = rows.departments();
        Map<UUID, List<String>> leaders = rows.leaders();
        Map<UUID, List<String>> persons = rows.persons();
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
        TargetTable table = new TargetTable(header.id(), header.cycleId(), header.unitId(), header.unitName(),
                header.year(), tableCategories);
        return new TargetTableRepository.Stored(table, header.version());
    }

    private static Responsibility responsibility(UUID rowId, @Nullable String deadline, @Nullable String remark,
                                                 Map<UUID, List<ResponsibleDepartment>> departments,
                                                 Map<UUID, List<String>> leaders, Map<UUID, List<String>> persons) {
        return new Responsibility(deadline, departments.getOrDefault(rowId, List.of()),
                leaders.getOrDefault(rowId, List.of()), persons.getOrDefault(rowId, List.of()), remark);
    }

    private static @Nullable Points points(@Nullable BigDecimal value) {
        return value == null ? null : new Points(value);
    }

    private static @Nullable IndicatorCode code(@Nullable String code) {
        return code == null ? null : new IndicatorCode(code);
    }
}
