package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Points;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TargetTable;
import org.jixiao.table.TargetTables;
import org.junit.jupiter.api.Test;

/** While an adjustment is open, only the named rows (and second-level rows under named first-level rows) change. */
class AdjustmentScopeTest {

    private final TargetTable approved = TargetTables.semiconductorPark2025();

    @Test
    void aNamedRowMayChangeAndNothingElse() {
        SecondLevelIndicator named = TargetTables.secondLevel(approved, "1-1-1");
        AdjustmentScope scope = new AdjustmentScope(List.of(named.id()));

        assertThat(scope.outside(approved, weight(copy(), "1-1-1", "3"))).isEmpty();
        assertThat(scope.outside(approved, weight(copy(), "1-1-2", "3")))
                .singleElement().asString().startsWith("1-1-2 ");
    }

    @Test
    void underANamedFirstLevelRowSecondLevelRowsMayBeAddedChangedAndRemoved() {
        FirstLevelIndicator named = TargetTables.firstLevel(approved, "1-1");
        AdjustmentScope scope = new AdjustmentScope(List.of(named.id()));
        TargetTable after = weight(copy(), "1-1-2", "1");
        after.removeSecondLevel(TargetTables.secondLevel(after, "1-1-3").id());
        after.addSecondLevel(named.id(), TargetTables.secondLevel("1-1-3", "替换的任务", "2"));
        after.moveSecondLevel(TargetTables.secondLevel(after, "1-1-2").id(), -1);

        assertThat(scope.outside(approved, after)).isEmpty();
    }

    @Test
    void addingOrRemovingElsewhereIsOutside() {
        AdjustmentScope scope = new AdjustmentScope(List.of(TargetTables.firstLevel(approved, "1-1").id()));
        TargetTable after = copy();
        after.addSecondLevel(TargetTables.firstLevel(after, "1-2").id(), TargetTables.secondLevel("1-2-4", "新任务", "1"));
        after.removeSecondLevel(TargetTables.secondLevel(after, "1-3-3").id());
        TargetTables.addFirstLevel(after, StandardTemplates.KEY_WORK, "1-4", "新的一级指标", "1", "1");

        assertThat(scope.outside(approved, after)).containsExactly(
                "新增二级指标 1-2-4 新任务", "新增一级指标 1-4 新的一级指标", "新增二级指标 1-4-1 新的一级指标（分解任务1）",
                "删除二级指标 " + RowContent.label(TargetTables.secondLevel(approved, "1-3-3").code(),
                        TargetTables.secondLevel(approved, "1-3-3").text()));
    }

    @Test
    void aNamedRowMayBeRemovedWithItsSecondLevel() {
        FirstLevelIndicator named = TargetTables.firstLevel(approved, "1-3");
        TargetTable after = copy();
        after.removeFirstLevel(named.id());

        assertThat(new AdjustmentScope(List.of(named.id())).outside(approved, after)).isEmpty();
    }

    @Test
    void unnamedRowsKeepTheirOrder() {
        TargetTable after = copy();
        after.moveSecondLevel(TargetTables.secondLevel(after, "1-2-2").id(), -1);
        after.moveFirstLevel(TargetTables.firstLevel(after, "1-2").id(), 1);
        AdjustmentScope scope = new AdjustmentScope(List.of(TargetTables.secondLevel(approved, "1-1-1").id()));

        assertThat(scope.outside(approved, after)).hasSize(2)
                .anySatisfy(item -> assertThat(item).isEqualTo("重点工作目标 的一级指标顺序"))
                .anySatisfy(item -> assertThat(item).startsWith("1-2 ").endsWith("下二级指标的顺序"));
    }

    @Test
    void aNamedSecondLevelRowMayMoveAmongItsUnnamedSiblings() {
        SecondLevelIndicator named = TargetTables.secondLevel(approved, "1-2-2");
        TargetTable after = copy();
        after.moveSecondLevel(named.id(), -1);

        assertThat(new AdjustmentScope(List.of(named.id())).outside(approved, after)).isEmpty();
    }

    @Test
    void anUnknownRowNamedChangesNothing() {
        assertThat(new AdjustmentScope(List.of(UUID.randomUUID())).outside(approved, weight(copy(), "1-1-1", "3")))
                .hasSize(1);
    }

    private TargetTable copy() {
        return TableDiffTest.copy(approved);
    }

    private static TargetTable weight(TargetTable table, String code, String weight) {
        return TargetTables.withSecondLevel(table, code, l2 -> new SecondLevelIndicator(l2.id(), l2.code(), l2.text(),
                Points.of(weight), l2.responsibility()));
    }
}
