package org.jixiao.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
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

/** Writes a table's rows (categories, indicators, policy basis, departments, people) and deletes them. */
final class TableRowWriter {

    static final String LEADER = "LEADER";
    static final String PERSON = "PERSON";

    private final JdbcClient jdbc;

    TableRowWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void deleteRows(UUID tableId) {
        for (String child : List.of("row_person", "row_department", "second_level_indicator", "policy_reference",
                "first_level_indicator", "table_category")) {
            jdbc.sql("delete from " + child + " where table_id = ?").param(tableId).update();
        }
    }

    void insertRows(TargetTable table) {
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

    private static @Nullable BigDecimal value(@Nullable Points points) {
        return points == null ? null : points.value();
    }

    private static @Nullable String code(@Nullable IndicatorCode code) {
        return code == null ? null : code.value();
    }
}
