package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;
import org.jixiao.table.TargetTables;
import org.junit.jupiter.api.Test;

/**
 * Rows of a re-imported table keep the ids of the rows they stand for: by code and text, then by
 * text (renumbered), then by code (reworded); nothing else, and no id twice.
 */
class RowMatcherTest {

    @Test
    void anUnchangedReimportKeepsTheTableIdAndEveryRowId() {
        TargetTable old = TargetTables.semiconductorPark2025();

        RowMatcher.Matched matched = RowMatcher.match(old, fresh(old));

        assertThat(matched.table().id()).isEqualTo(old.id());
        assertThat(ids(matched.table())).isEqualTo(ids(old));
        assertThat(matched.dropped()).isEmpty();
        assertThat(matched.added()).isZero();
        assertThat(matched.table().categories()).isEqualTo(old.categories());
    }

    @Test
    void aChangedWeightOrWordingKeepsTheRowByItsCode() {
        TargetTable old = TargetTables.semiconductorPark2025();
        TargetTable imported = fresh(old);
        TargetTables.withSecondLevel(imported, "1-1-1", l2 -> new SecondLevelIndicator(l2.id(), l2.code(),
                l2.text() + "（表述调整）", Points.of("3"), l2.responsibility()));

        RowMatcher.Matched matched = RowMatcher.match(old, imported);

        assertThat(TargetTables.secondLevel(matched.table(), "1-1-1").id())
                .isEqualTo(TargetTables.secondLevel(old, "1-1-1").id());
        assertThat(ids(matched.table())).isEqualTo(ids(old));
    }

    @Test
    void aRowRenumberedBecauseOneWasInsertedBeforeItKeepsItsIdByText() {
        TargetTable old = TargetTables.semiconductorPark2025();
        TargetTable imported = fresh(old);
        FirstLevelIndicator parent = TargetTables.firstLevel(imported, "1-1");
        List<SecondLevelIndicator> rows = parent.secondLevel();
        SecondLevelIndicator inserted = TargetTables.secondLevel("1-1-2", "插入的新任务", "1");
        replaceSecondLevel(imported, parent, List.of(rows.get(0), inserted, renumbered(rows.get(1), "1-1-3"),
                renumbered(rows.get(2), "1-1-4")));

        RowMatcher.Matched matched = RowMatcher.match(old, imported);

        assertThat(TargetTables.secondLevel(matched.table(), "1-1-3").id())
                .isEqualTo(TargetTables.secondLevel(old, "1-1-2").id());
        assertThat(TargetTables.secondLevel(matched.table(), "1-1-4").id())
                .isEqualTo(TargetTables.secondLevel(old, "1-1-3").id());
        assertThat(TargetTables.secondLevel(matched.table(), "1-1-2").id()).as("the new row is new")
                .isEqualTo(inserted.id());
        assertThat(matched.added()).isEqualTo(1);
    }

    @Test
    void rowsWithoutCodeMatchByNormalisedText() {
        TargetTable old = TargetTables.emptyDraft();
        FirstLevelIndicator uncoded = FirstLevelIndicator.create(null, "统筹推进 全市招商工作。", Points.of("5"), List.of());
        old.addFirstLevel(StandardTemplates.KEY_WORK, uncoded);
        TargetTable imported = fresh(old);
        FirstLevelIndicator reimported = imported.category(StandardTemplates.KEY_WORK).orElseThrow()
                .firstLevel().get(0);
        imported.replaceFirstLevel(new FirstLevelIndicator(reimported.id(), null, "统筹推进全市招商工作", Points.of("5"),
                List.of(), "", null, List.of()));

        assertThat(RowMatcher.match(old, imported).table().firstLevel(uncoded.id())).isPresent();
    }

    @Test
    void aRowThatIsGoneIsReportedAndItsIdNotReused() {
        TargetTable old = TargetTables.semiconductorPark2025();
        TargetTable imported = fresh(old);
        imported.removeSecondLevel(TargetTables.secondLevel(imported, "1-1-3").id());

        RowMatcher.Matched matched = RowMatcher.match(old, imported);

        assertThat(matched.dropped()).containsExactly(TargetTables.secondLevel(old, "1-1-3").id());
        assertThat(ids(matched.table())).doesNotHaveDuplicates().hasSize(ids(old).size() - 1);
    }

    @Test
    void repeatedCodesAreGivenOutInOrderAndNeverTwice() {
        TargetTable old = TargetTables.emptyDraft();
        FirstLevelIndicator l1 = TargetTables.addFirstLevel(old, StandardTemplates.KEY_WORK, "4-1",
                "一级", "2", "1", "1");
        // 003 repeats codes; here two second-level rows are the same in code and text.
        replaceSecondLevel(old, l1, l1.secondLevel().stream().map(r -> new SecondLevelIndicator(r.id(),
                new IndicatorCode("4-1-1"), "同样的任务", r.weight(), r.responsibility())).toList());
        TargetTable imported = fresh(old);

        RowMatcher.Matched matched = RowMatcher.match(old, imported);

        assertThat(ids(matched.table())).isEqualTo(ids(old));
    }

    @Test
    void firstLevelRowsMatchOnlyWithinTheirCategory() {
        TargetTable old = TargetTables.semiconductorPark2025();
        TargetTable imported = fresh(old);
        FirstLevelIndicator moved = TargetTables.firstLevel(imported, "1-1");
        imported.removeFirstLevel(moved.id());
        imported.addFirstLevel(StandardTemplates.ROUTINE_WORK, moved);

        RowMatcher.Matched matched = RowMatcher.match(old, imported);

        assertThat(matched.table().firstLevel(TargetTables.firstLevel(old, "1-1").id())).isEmpty();
        assertThat(TargetTables.secondLevel(matched.table(), "1-1-1").id()).as("its rows still match by code and text")
                .isEqualTo(TargetTables.secondLevel(old, "1-1-1").id());
    }

    /** The same table as an import would build it: same content, every id new. */
    static TargetTable fresh(TargetTable table) {
        List<TableCategory> categories = table.categories().stream()
                .map(c -> c.withFirstLevel(c.firstLevel().stream()
                        .map(l1 -> new FirstLevelIndicator(UUID.randomUUID(), l1.code(), l1.text(), l1.points(),
                                l1.basis(), l1.area(), l1.responsibility(), l1.secondLevel().stream()
                                .map(l2 -> new SecondLevelIndicator(UUID.randomUUID(), l2.code(), l2.text(), l2.weight(),
                                        l2.responsibility())).toList()))
                        .toList()))
                .toList();
        return new TargetTable(UUID.randomUUID(), table.cycleId(), table.unitId(), table.unitName(), table.year(),
                categories);
    }

    static List<UUID> ids(TargetTable table) {
        return RowContent.of(table).stream().map(RowContent::id).toList();
    }

    /** replaceFirstLevel keeps the second level; this sets it. */
    private static void replaceSecondLevel(TargetTable table, FirstLevelIndicator parent, List<SecondLevelIndicator> rows) {
        parent.secondLevel().forEach(row -> table.removeSecondLevel(row.id()));
        rows.forEach(row -> table.addSecondLevel(parent.id(), row));
    }

    private static SecondLevelIndicator renumbered(SecondLevelIndicator row, String code) {
        return new SecondLevelIndicator(row.id(), new IndicatorCode(code), row.text(), row.weight(), row.responsibility());
    }
}
