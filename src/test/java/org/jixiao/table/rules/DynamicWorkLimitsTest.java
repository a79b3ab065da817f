package org.jixiao.table.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.table.TargetTables.addFirstLevel;
import static org.jixiao.table.TargetTables.checkOf;
import static org.jixiao.table.TargetTables.locationOf;
import static org.jixiao.table.TargetTables.semiconductorPark2025;
import static org.jixiao.table.TargetTables.template2025;

import java.util.List;
import org.jixiao.table.Finding;
import org.jixiao.table.Location;
import org.jixiao.table.Points;
import org.jixiao.table.RuleSettings;
import org.jixiao.table.Severity;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableTemplate;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;

class DynamicWorkLimitsTest {

    private static final String DYNAMIC = StandardTemplates.DYNAMIC_WORK;
    private final DynamicWorkLimits rule = new DynamicWorkLimits();
    private final Location dynamicCategory = new Location("动态工作目标", "", null);

    @Test
    void treatsAnEmptyCategoryAsNotSet() {
        assertThat(rule.check(checkOf(semiconductorPark2025()))).isEmpty();
    }

    @Test
    void acceptsTwoItemsWithinTheMaximum() {
        TargetTable table = semiconductorPark2025();
        addFirstLevel(table, DYNAMIC, "3-1", "承办全省半导体产业发展大会。", "5", "2.5", "2.5");
        addFirstLevel(table, DYNAMIC, "3-2", "完成市委市政府交办的园区扩区调规任务。", "5", "5");

        assertThat(rule.check(checkOf(table))).isEmpty();
    }

    @Test
    void reportsDynamicWorkOverTheMaximumPoints() {
        TargetTable table = semiconductorPark2025();
        addFirstLevel(table, DYNAMIC, "3-1", "承办全省半导体产业发展大会。", "6", "6");
        addFirstLevel(table, DYNAMIC, "3-2", "完成市委市政府交办的园区扩区调规任务。", "6", "6");

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("DYNAMIC_POINTS_OVER_MAX", Severity.ERROR, dynamicCategory));
        assertThat(findings.get(0).message()).contains("12 分", "10 分");
    }

    @Test
    void reportsSingleItemThatDoesNotCountFivePoints() {
        TargetTable table = semiconductorPark2025();
        addFirstLevel(table, DYNAMIC, "3-1", "承办全省半导体产业发展大会。", "4", "4");

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("DYNAMIC_SINGLE_ITEM_POINTS", Severity.ERROR, locationOf(table, "3-1")));
        assertThat(findings.get(0).message()).contains("3-1", "4 分", "5 分");
    }

    @Test
    void acceptsSingleItemOfFivePoints() {
        TargetTable table = semiconductorPark2025();
        addFirstLevel(table, DYNAMIC, "3-1", "承办全省半导体产业发展大会。", "5", "3", "2");

        assertThat(rule.check(checkOf(table))).isEmpty();
    }

    @Test
    void reportsFewerItemsThanTheMinimumOnceSet() {
        TableTemplate template = new TableTemplate(2025, template2025().categories(), new RuleSettings(15, false,
                Points.of(10), 3, Points.of(5), List.of(), List.of(), List.of(), Points.of(100)));
        TargetTable table = semiconductorPark2025();
        addFirstLevel(table, DYNAMIC, "3-1", "承办全省半导体产业发展大会。", "4", "4");
        addFirstLevel(table, DYNAMIC, "3-2", "完成市委市政府交办的园区扩区调规任务。", "4", "4");

        assertThat(rule.check(new TableCheck(table, template, null)))
                .extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("DYNAMIC_TOO_FEW_ITEMS", Severity.ERROR, dynamicCategory));
    }
}
