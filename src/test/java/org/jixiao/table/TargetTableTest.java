package org.jixiao.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.jixiao.table.TargetTables.addFirstLevel;
import static org.jixiao.table.TargetTables.emptyDraft;
import static org.jixiao.table.TargetTables.firstLevel;
import static org.jixiao.table.TargetTables.secondLevel;
import static org.jixiao.table.TargetTables.semiconductorPark2025;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TargetTableTest {

    @Test
    void draftInstantiatesTheTemplatesFixedItemsAndNothingElse() {
        TargetTable table = emptyDraft();

        assertThat(table.categories()).extracting(TableCategory::name).containsExactly(
                "重点工作目标", "常规工作目标", "动态工作目标", "行政能力目标", "精神文明", "平安建设", "安全生产", "消防安全");
        assertThat(table.category(StandardTemplates.ADMINISTRATIVE_CAPACITY).orElseThrow().firstLevel())
                .hasSize(18).allMatch(FirstLevelIndicator::isItem);
        assertThat(table.category(StandardTemplates.KEY_WORK).orElseThrow().firstLevel()).isEmpty();
        assertThat(table.totalPoints()).isEqualTo(Points.of(30));
        assertThat(table.year()).isEqualTo(2025);
    }

    @Test
    void addsFirstLevelAndSecondLevelInOrder() {
        TargetTable table = emptyDraft();
        FirstLevelIndicator l1 = addFirstLevel(table, StandardTemplates.KEY_WORK, "1-1", "统筹推进招商引资工作。", "5",
                "2", "1.5", "1.5");

        assertThat(l1.secondLevel()).extracting(l2 -> l2.code().value()).containsExactly("1-1-1", "1-1-2", "1-1-3");
        assertThat(l1.actualPoints()).isEqualTo(Points.of(5));
        assertThat(table.totalPoints()).isEqualTo(Points.of(35));
    }

    @Test
    void rejectsFirstLevelForAnUnknownCategory() {
        assertThatIllegalArgumentException().isThrownBy(() -> emptyDraft().addFirstLevel("nonexistent",
                TargetTables.firstLevel("1-1", "统筹推进招商引资工作。", "5"))).withMessageContaining("nonexistent");
    }

    @Test
    void replacingFirstLevelKeepsItsSecondLevel() {
        TargetTable table = semiconductorPark2025();
        FirstLevelIndicator l1 = firstLevel(table, "1-1");

        table.replaceFirstLevel(new FirstLevelIndicator(l1.id(), l1.code(), "统筹推进全市半导体产业招商引资。", l1.points(),
                l1.basis(), l1.area(), null, List.of()));

        FirstLevelIndicator replaced = table.firstLevel(l1.id()).orElseThrow();
        assertThat(replaced.text()).isEqualTo("统筹推进全市半导体产业招商引资。");
        assertThat(replaced.secondLevel()).isEqualTo(l1.secondLevel());
    }

    @Test
    void refusesToTurnAFixedItemIntoAnAuthoredIndicator() {
        TargetTable table = semiconductorPark2025();
        FirstLevelIndicator item = firstLevel(table, "4-1");

        assertThatIllegalStateException().isThrownBy(() -> table.replaceFirstLevel(new FirstLevelIndicator(item.id(),
                item.code(), item.text(), item.points(), item.basis(), item.area(), null, List.of())));
    }

    @Test
    void assignsWhoAnswersForAnItem() {
        TargetTable table = emptyDraft();
        FirstLevelIndicator item = firstLevel(table, "7-1");

        table.assignItem(item.id(), TargetTables.duty());

        assertThat(table.firstLevel(item.id()).orElseThrow().responsibility()).isEqualTo(TargetTables.duty());
        assertThat(table.firstLevel(item.id()).orElseThrow().text()).isEqualTo(item.text());
    }

    @Test
    void refusesToAssignAnIndicatorThatHasSecondLevel() {
        TargetTable table = semiconductorPark2025();

        assertThatIllegalStateException().isThrownBy(() -> table.assignItem(firstLevel(table, "1-1").id(),
                TargetTables.duty()));
    }

    @Test
    void refusesSecondLevelBeneathAnItem() {
        TargetTable table = emptyDraft();
        UUID item = firstLevel(table, "4-1").id();

        assertThatIllegalStateException()
                .isThrownBy(() -> table.addSecondLevel(item, secondLevel("4-1-1", "开展党组理论学习。", "1")))
                .withMessageContaining("不能添加二级指标");
    }

    @Test
    void removesFirstLevelWithItsSecondLevel() {
        TargetTable table = semiconductorPark2025();
        FirstLevelIndicator l1 = firstLevel(table, "2-14");

        table.removeFirstLevel(l1.id());

        assertThat(table.firstLevel(l1.id())).isEmpty();
        assertThat(table.secondLevel(l1.secondLevel().get(0).id())).isEmpty();
        assertThat(table.totalPoints()).isEqualTo(Points.of(96));
    }

    @Test
    void movesFirstLevelWithinItsCategoryAndStopsAtTheEnds() {
        TargetTable table = semiconductorPark2025();
        UUID second = firstLevel(table, "1-2").id();

        table.moveFirstLevel(second, -1);
        assertThat(codes(table, StandardTemplates.KEY_WORK)).containsExactly("1-2", "1-1", "1-3");

        table.moveFirstLevel(second, -1);
        assertThat(codes(table, StandardTemplates.KEY_WORK)).containsExactly("1-2", "1-1", "1-3");

        table.moveFirstLevel(firstLevel(table, "1-1").id(), +1);
        assertThat(codes(table, StandardTemplates.KEY_WORK)).containsExactly("1-2", "1-3", "1-1");
    }

    @Test
    void replacesMovesAndRemovesSecondLevelKeepingRowIdentity() {
        TargetTable table = semiconductorPark2025();
        SecondLevelIndicator l2 = secondLevel(table, "1-1-3");

        table.replaceSecondLevel(new SecondLevelIndicator(l2.id(), l2.code(), l2.text(), Points.of("1.5"),
                l2.responsibility()));
        table.moveSecondLevel(l2.id(), -1);

        FirstLevelIndicator parent = table.parentOf(l2.id());
        assertThat(parent.secondLevel()).extracting(row -> row.code().value())
                .containsExactly("1-1-1", "1-1-3", "1-1-2");
        assertThat(parent.secondLevelWeight()).isEqualTo(Points.of("5.5"));

        table.removeSecondLevel(l2.id());
        assertThat(table.secondLevel(l2.id())).isEmpty();
        assertThat(table.parentOf(secondLevel(table, "1-1-2").id()).secondLevel()).hasSize(2);
    }

    @Test
    void rejectsEditsOfRowsItDoesNotHave() {
        TargetTable table = semiconductorPark2025();

        assertThatIllegalArgumentException().isThrownBy(() -> table.removeFirstLevel(UUID.randomUUID()));
        assertThatIllegalArgumentException().isThrownBy(() -> table.removeSecondLevel(UUID.randomUUID()));
        assertThatIllegalArgumentException().isThrownBy(() -> table.moveFirstLevel(UUID.randomUUID(), 1));
    }

    private static List<String> codes(TargetTable table, String key) {
        return table.category(key).orElseThrow().firstLevel().stream().map(l1 -> l1.code().value()).toList();
    }
}
