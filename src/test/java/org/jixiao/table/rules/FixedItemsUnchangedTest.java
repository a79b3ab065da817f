package org.jixiao.table.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.table.TargetTables.checkOf;
import static org.jixiao.table.TargetTables.firstLevel;
import static org.jixiao.table.TargetTables.locationOf;
import static org.jixiao.table.TargetTables.secondLevel;
import static org.jixiao.table.TargetTables.semiconductorPark2025;
import static org.jixiao.table.TargetTables.withFirstLevel;

import java.util.List;
import java.util.UUID;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Location;
import org.jixiao.table.Points;
import org.jixiao.table.Severity;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TargetTable;
import org.jixiao.table.TargetTables;
import org.junit.jupiter.api.Test;

class FixedItemsUnchangedTest {

    private final FixedItemsUnchanged rule = new FixedItemsUnchanged();

    @Test
    void acceptsFixedItemsAsTheTemplateGivesThem() {
        assertThat(rule.check(checkOf(semiconductorPark2025()))).isEmpty();
    }

    @Test
    void reportsMissingFixedItem() {
        TargetTable table = semiconductorPark2025();
        table.removeFirstLevel(firstLevel(table, "4-3").id());

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("FIXED_ITEM_MISSING", Severity.ERROR, new Location("行政能力目标", "4-3", null)));
        assertThat(findings.get(0).message()).contains("完成信息报送任务");
    }

    @Test
    void reportsEveryItemOfAFixedCategoryTheTableLacks() {
        TargetTable park = semiconductorPark2025();
        TargetTable table = new TargetTable(UUID.randomUUID(), 1, 1, park.unitName(), 2025, park.categories().stream()
                .filter(c -> !c.key().equals(StandardTemplates.CIVILITY)).toList());

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::location)
                .containsExactly(tuple("FIXED_ITEM_MISSING", new Location("精神文明", "7-1", null)));
    }

    @Test
    void reportsItemAddedToFixedCategory() {
        TargetTable table = semiconductorPark2025();
        table.addFirstLevel(StandardTemplates.ADMINISTRATIVE_CAPACITY, FirstLevelIndicator.item(
                new IndicatorCode("6-6"), "机关效能", "做好机关后勤保障工作。", Points.of(1), TargetTables.duty()));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("FIXED_ITEM_ADDED", Severity.ERROR, locationOf(table, "6-6")));
    }

    @Test
    void reportsAddedItemWithoutCode() {
        TargetTable table = semiconductorPark2025();
        FirstLevelIndicator uncoded = FirstLevelIndicator.item(null, "", "做好机关后勤保障工作。", Points.of(1),
                TargetTables.duty());
        table.addFirstLevel(StandardTemplates.ADMINISTRATIVE_CAPACITY, uncoded);

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::location)
                .containsExactly(tuple("FIXED_ITEM_ADDED", new Location("行政能力目标", "", uncoded.id())));
    }

    @Test
    void reportsChangedTextOfFixedItem() {
        TargetTable table = withFirstLevel(semiconductorPark2025(), "4-3", item -> new FirstLevelIndicator(item.id(),
                item.code(), "按时完成信息报送任务。", item.points(), item.basis(), item.area(), item.responsibility(),
                item.secondLevel()));

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("FIXED_ITEM_TEXT_CHANGED", Severity.ERROR, locationOf(table, "4-3")));
        assertThat(findings.get(0).message()).contains("完成信息报送任务。", "按时完成信息报送任务。");
    }

    @Test
    void ignoresWhitespaceAndFullOrHalfWidthPunctuationInFixedText() {
        TargetTable table = withFirstLevel(semiconductorPark2025(), "4-1", item -> new FirstLevelIndicator(item.id(),
                item.code(), "全面落实从严治党主体责任、党委(党组) 意识形态工作责任制.", item.points(), item.basis(),
                item.area(), item.responsibility(), item.secondLevel()));

        assertThat(rule.check(checkOf(table))).isEmpty();
    }

    @Test
    void reportsChangedWeightOfFixedItem() {
        TargetTable table = withFirstLevel(semiconductorPark2025(), "6-5", item -> new FirstLevelIndicator(item.id(),
                item.code(), item.text(), Points.of(2), item.basis(), item.area(), item.responsibility(),
                item.secondLevel()));

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("FIXED_ITEM_WEIGHT_CHANGED", Severity.ERROR, locationOf(table, "6-5")));
        assertThat(findings.get(0).message()).contains("3 分", "2 分");
    }

    @Test
    void reportsFixedItemWithoutWeight() {
        TargetTable table = withFirstLevel(semiconductorPark2025(), "7-2", item -> new FirstLevelIndicator(item.id(),
                item.code(), item.text(), null, item.basis(), item.area(), item.responsibility(), item.secondLevel()));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::location)
                .containsExactly(tuple("FIXED_ITEM_WEIGHT_CHANGED", locationOf(table, "7-2")));
    }

    @Test
    void reportsSecondLevelBeneathFixedItem() {
        TargetTable park = semiconductorPark2025();
        TargetTable table = new TargetTable(park.id(), 1, 1, park.unitName(), 2025, park.categories().stream()
                .map(c -> c.withFirstLevel(c.firstLevel().stream()
                        .map(l1 -> code(l1).equals("4-4") ? broken(l1) : l1).toList()))
                .toList());

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("FIXED_ITEM_HAS_SECOND_LEVEL", Severity.ERROR, locationOf(table, "4-4")));
    }

    /** What an import of a table that broke the item down would produce. */
    private static FirstLevelIndicator broken(FirstLevelIndicator item) {
        return new FirstLevelIndicator(item.id(), item.code(), item.text(), item.points(), item.basis(), item.area(),
                null, List.of(secondLevel("4-4-1", "每季度更新政务公开目录。", "1")));
    }

    private static String code(FirstLevelIndicator row) {
        return row.code() == null ? "" : row.code().value();
    }
}
