package org.jixiao.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Copying last year's table into a new cycle. */
class TableCopierTest {

    private static final TableTemplate TEMPLATE_2026 = new TableTemplate(2026,
            TargetTables.template2025().categories(), TargetTables.template2025().rules());

    @Test
    void copiesAuthoredCategoriesWithNewRowIds() {
        TargetTable previous = TargetTables.semiconductorPark2025();

        TargetTable copy = TableCopier.copyForCycle(previous, 7, TEMPLATE_2026);

        assertThat(copy.id()).isNotEqualTo(previous.id());
        assertThat(copy.cycleId()).isEqualTo(7);
        assertThat(copy.unitId()).isEqualTo(previous.unitId());
        assertThat(copy.unitName()).isEqualTo(previous.unitName());
        assertThat(copy.year()).isEqualTo(2026);
        for (String key : List.of(StandardTemplates.KEY_WORK, StandardTemplates.ROUTINE_WORK)) {
            TableCategory before = TargetTables.category(previous, key);
            TableCategory after = TargetTables.category(copy, key);
            assertThat(after.firstLevel()).extracting(FirstLevelIndicator::text)
                    .containsExactlyElementsOf(before.firstLevel().stream().map(FirstLevelIndicator::text).toList());
            assertThat(after.actualPoints()).isEqualTo(before.actualPoints());
            assertThat(after.secondLevelCount()).isEqualTo(before.secondLevelCount());
        }
        Set<UUID> oldIds = ids(previous);
        assertThat(ids(copy)).doesNotContainAnyElementsOf(oldIds);
        assertThat(copy.totalPoints()).isEqualTo(previous.totalPoints());
    }

    @Test
    void fixedItemsComeFromTheNewTemplateNotFromLastYear() {
        TargetTable previous = TargetTables.semiconductorPark2025();
        TableCategory capacity = TargetTables.category(previous, StandardTemplates.ADMINISTRATIVE_CAPACITY);
        previous.removeFirstLevel(capacity.firstLevel().get(0).id());

        TargetTable copy = TableCopier.copyForCycle(previous, 7, TEMPLATE_2026);

        TableCategory fresh = TargetTable.draft(7, 1, "x", TEMPLATE_2026)
                .category(StandardTemplates.ADMINISTRATIVE_CAPACITY).orElseThrow();
        TableCategory copied = TargetTables.category(copy, StandardTemplates.ADMINISTRATIVE_CAPACITY);
        assertThat(copied.firstLevel()).extracting(FirstLevelIndicator::text)
                .containsExactlyElementsOf(fresh.firstLevel().stream().map(FirstLevelIndicator::text).toList());
        assertThat(copied.actualPoints()).isEqualTo(fresh.actualPoints());
    }

    @Test
    void fixedItemsKeepWhoAnsweredForThemLastYear() {
        TargetTable previous = TargetTables.semiconductorPark2025();
        FirstLevelIndicator lastYear = TargetTables.category(previous, StandardTemplates.ADMINISTRATIVE_CAPACITY)
                .firstLevel().get(0);
        assertThat(lastYear.responsibility().departments()).isNotEmpty();

        TargetTable copy = TableCopier.copyForCycle(previous, 7, TEMPLATE_2026);

        FirstLevelIndicator copied = TargetTables.category(copy, StandardTemplates.ADMINISTRATIVE_CAPACITY)
                .firstLevel().get(0);
        assertThat(copied.code()).isEqualTo(lastYear.code());
        assertThat(copied.id()).isNotEqualTo(lastYear.id());
        assertThat(copied.responsibility()).isEqualTo(lastYear.responsibility());
    }

    @Test
    void editingTheCopyLeavesLastYearAsItWas() {
        TargetTable previous = TargetTables.semiconductorPark2025();
        int before = previous.allFirstLevel().size();
        TargetTable copy = TableCopier.copyForCycle(previous, 7, TEMPLATE_2026);
        copy.removeFirstLevel(TargetTables.category(copy, StandardTemplates.KEY_WORK).firstLevel().get(0).id());
        assertThat(previous.allFirstLevel()).hasSize(before);
    }

    private static Set<UUID> ids(TargetTable table) {
        Set<UUID> ids = new HashSet<>();
        for (FirstLevelIndicator l1 : table.allFirstLevel()) {
            ids.add(l1.id());
            l1.secondLevel().forEach(l2 -> ids.add(l2.id()));
        }
        return ids;
    }
}
