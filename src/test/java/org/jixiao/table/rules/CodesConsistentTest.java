package org.jixiao.table.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.table.TargetTables.addFirstLevel;
import static org.jixiao.table.TargetTables.checkOf;
import static org.jixiao.table.TargetTables.emptyDraft;
import static org.jixiao.table.TargetTables.firstLevel;
import static org.jixiao.table.TargetTables.locationOf;
import static org.jixiao.table.TargetTables.semiconductorPark2025;
import static org.jixiao.table.TargetTables.withSecondLevel;

import java.util.List;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Location;
import org.jixiao.table.Points;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.Severity;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TargetTable;
import org.jixiao.table.TargetTables;
import org.junit.jupiter.api.Test;

class CodesConsistentTest {

    private final CodesConsistent rule = new CodesConsistent();

    @Test
    void acceptsUniqueCodesThatFollowTheirParentsAndCategory() {
        assertThat(rule.check(checkOf(semiconductorPark2025()))).isEmpty();
    }

    @Test
    void warnsAboutIndicatorWithoutCode() {
        TargetTable table = semiconductorPark2025();
        SecondLevelIndicator uncoded = SecondLevelIndicator.create(null, "推动现有台企技术改造。", Points.of(1),
                TargetTables.duty());
        table.addSecondLevel(firstLevel(table, "1-2").id(), uncoded);

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("CODE_MISSING", Severity.WARNING,
                        new Location("重点工作目标", "", uncoded.id())));
    }

    @Test
    void reportsCodeUsedTwiceAtItsSecondUse() {
        TargetTable table = semiconductorPark2025();
        FirstLevelIndicator copy = FirstLevelIndicator.create(new IndicatorCode("2-14"), "加强园区统计工作。",
                Points.of(1), List.of());
        table.addFirstLevel(StandardTemplates.ROUTINE_WORK, copy);

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("CODE_DUPLICATE", Severity.ERROR, Location.of(
                        table.category(StandardTemplates.ROUTINE_WORK).orElseThrow(), copy)));
        assertThat(findings.get(0).message()).contains("2-14");
    }

    @Test
    void reportsFixedItemCodeRepeatedAcrossCategories() {
        TargetTable table = semiconductorPark2025();
        FirstLevelIndicator copy = FirstLevelIndicator.create(new IndicatorCode("4-1"), "推进园区数字化管理。",
                Points.of(1), List.of());
        table.addFirstLevel(StandardTemplates.ROUTINE_WORK, copy);

        assertThat(rule.check(checkOf(table))).extracting(Finding::code)
                .contains("CODE_DUPLICATE", "CODE_CATEGORY_NUMBER_INCONSISTENT");
    }

    @Test
    void reportsSecondLevelCodeThatDoesNotExtendItsFirstLevel() {
        TargetTable table = withSecondLevel(semiconductorPark2025(), "1-3-3", l2 -> new SecondLevelIndicator(l2.id(),
                new IndicatorCode("1-4-1"), l2.text(), l2.weight(), l2.responsibility()));

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("CODE_NOT_UNDER_PARENT", Severity.ERROR, locationOf(table, "1-4-1")));
        assertThat(findings.get(0).message()).contains("1-4-1", "1-3");
    }

    @Test
    void reportsLeadingNumberThatDiffersWithinACategory() {
        TargetTable table = semiconductorPark2025();
        addFirstLevel(table, StandardTemplates.ROUTINE_WORK, "3-15", "加强园区统计工作。", "4", "4");

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(
                        tuple("CODE_CATEGORY_NUMBER_INCONSISTENT", Severity.ERROR, locationOf(table, "3-15")),
                        tuple("CODE_CATEGORY_NUMBER_INCONSISTENT", Severity.ERROR, locationOf(table, "3-15-1")));
    }

    @Test
    void acceptsWhicheverLeadingNumberACategoryUses() {
        TargetTable table = emptyDraft();
        addFirstLevel(table, StandardTemplates.KEY_WORK, "2-1", "统筹推进招商引资工作。", "5", "5");
        addFirstLevel(table, StandardTemplates.ROUTINE_WORK, "3-1", "做好园区服务工作。", "4", "2", "2");
        addFirstLevel(table, StandardTemplates.ROUTINE_WORK, "3-2", "完成园区报批工作。", "4", "4");

        assertThat(rule.check(checkOf(table))).isEmpty();
    }

    @Test
    void leavesNumberingOfFixedItemCategoriesToTheirTemplate() {
        TargetTable table = emptyDraft();

        assertThat(rule.check(checkOf(table))).isEmpty();
    }
}
