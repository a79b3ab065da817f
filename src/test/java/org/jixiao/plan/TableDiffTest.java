package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.Responsibility;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TargetTable;
import org.jixiao.table.TargetTables;
import org.junit.jupiter.api.Test;

/** 版本比较: rows added, removed and changed field by field, order changes, points per category and total. */
class TableDiffTest {

    @Test
    void identicalTablesShowNoChange() {
        TargetTable table = TargetTables.semiconductorPark2025();

        TableDiff diff = TableDiff.between(table, copy(table));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.totalDifference()).isZero();
        assertThat(diff.categories()).allSatisfy(c -> assertThat(c.difference()).isZero());
    }

    @Test
    void aChangedWeightShowsTheFieldAndThePointsOfItsCategoryAndTheTotal() {
        TargetTable before = TargetTables.semiconductorPark2025();
        TargetTable after = TargetTables.withSecondLevel(copy(before), "1-1-1", l2 -> new SecondLevelIndicator(l2.id(),
                l2.code(), l2.text(), Points.of("3"), l2.responsibility()));

        TableDiff diff = TableDiff.between(before, after);

        assertThat(diff.changed()).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo("1-1-1");
            assertThat(row.level()).isEqualTo(RowContent.Level.SECOND);
            assertThat(row.fields()).containsExactly(new TableDiff.FieldChange(RowField.POINTS, "2", "3"));
        });
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.categories()).filteredOn(c -> c.key().equals(StandardTemplates.KEY_WORK))
                .singleElement().satisfies(c -> assertThat(c.difference()).isEqualByComparingTo("1"));
        assertThat(diff.totalDifference()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void textDeadlineDepartmentsLeadersCodeAndBasisAreComparedFieldByField() {
        TargetTable before = TargetTables.semiconductorPark2025();
        TargetTable after = TargetTables.withSecondLevel(copy(before), "1-1-2", l2 -> new SecondLevelIndicator(l2.id(),
                new IndicatorCode("1-1-9"), "改写的任务", l2.weight(), new Responsibility("9月底前",
                List.of(new ResponsibleDepartment("综合协调科", "杜团结")), List.of("戴庆加"), List.of(), "")));
        TargetTables.withFirstLevel(after, "1-2", l1 -> new FirstLevelIndicator(l1.id(), l1.code(), l1.text(),
                l1.points(), List.of(), l1.area(), l1.responsibility(), l1.secondLevel()));

        TableDiff diff = TableDiff.between(before, after);

        assertThat(diff.changed()).extracting(TableDiff.RowChange::code).containsExactly("1-1-9", "1-2");
        assertThat(diff.changed().get(0).fields()).extracting(TableDiff.FieldChange::field)
                .containsExactly(RowField.CODE, RowField.TEXT, RowField.DEADLINE, RowField.DEPARTMENTS, RowField.HEADS,
                        RowField.LEADERS);
        assertThat(diff.changed().get(1).fields()).extracting(TableDiff.FieldChange::field)
                .containsExactly(RowField.BASIS);
        assertThat(diff.totalDifference()).isZero();
    }

    @Test
    void addedAndRemovedRowsListTheirContentAndPoints() {
        TargetTable before = TargetTables.semiconductorPark2025();
        TargetTable after = copy(before);
        SecondLevelIndicator gone = TargetTables.secondLevel(after, "1-1-3");
        after.removeSecondLevel(gone.id());
        SecondLevelIndicator added = TargetTables.secondLevel("1-1-4", "新增的分解任务", "1");
        after.addSecondLevel(TargetTables.firstLevel(after, "1-1").id(), added);

        TableDiff diff = TableDiff.between(before, after);

        assertThat(diff.added()).extracting(TableDiff.RowChange::id, TableDiff.RowChange::code, TableDiff.RowChange::points)
                .containsExactly(tuple(added.id(), "1-1-4", "1"));
        assertThat(diff.removed()).extracting(TableDiff.RowChange::id, TableDiff.RowChange::points)
                .containsExactly(tuple(gone.id(), "1"));
        assertThat(diff.removed().get(0).fields()).allSatisfy(f -> assertThat(f.after()).isEmpty());
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.totalDifference()).isZero();
        assertThat(diff.touchedRows()).containsExactly(added.id(), gone.id());
    }

    @Test
    void aMovedRowIsAnOrderChangeOfItsGroupNotAChangeOfTheRow() {
        TargetTable before = TargetTables.semiconductorPark2025();
        TargetTable after = copy(before);
        after.moveSecondLevel(TargetTables.secondLevel(after, "1-1-2").id(), -1);
        after.moveFirstLevel(TargetTables.firstLevel(after, "1-2").id(), 1);

        TableDiff diff = TableDiff.between(before, after);

        assertThat(diff.changed()).isEmpty();
        assertThat(diff.reordered()).hasSize(2);
        assertThat(diff.reordered().get(0)).isEqualTo("重点工作目标");
        assertThat(diff.reordered().get(1)).startsWith("1-1 ");
    }

    @Test
    void aSecondLevelRowMovedUnderAnotherFirstLevelRowChangesItsPlace() {
        TargetTable before = TargetTables.semiconductorPark2025();
        TargetTable after = copy(before);
        SecondLevelIndicator row = TargetTables.secondLevel(after, "1-1-3");
        after.removeSecondLevel(row.id());
        after.addSecondLevel(TargetTables.firstLevel(after, "1-2").id(), row);

        TableDiff diff = TableDiff.between(before, after);

        assertThat(diff.changed()).singleElement().satisfies(changed ->
                assertThat(changed.fields()).extracting(TableDiff.FieldChange::field).containsExactly(RowField.PLACE));
    }

    static TargetTable copy(TargetTable table) {
        return new TargetTable(table.id(), table.cycleId(), table.unitId(), table.unitName(), table.year(),
                table.categories());
    }
}
