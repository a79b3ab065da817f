package org.jixiao.table.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.table.TargetTables.addFirstLevel;
import static org.jixiao.table.TargetTables.checkOf;
import static org.jixiao.table.TargetTables.firstLevel;
import static org.jixiao.table.TargetTables.locationOf;
import static org.jixiao.table.TargetTables.semiconductorPark2025;
import static org.jixiao.table.TargetTables.template2025;
import static org.jixiao.table.TargetTables.withFirstLevel;
import static org.jixiao.table.TargetTables.withSecondLevel;

import java.util.List;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Location;
import org.jixiao.table.Points;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.Severity;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableTemplate;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;

class PointsAddUpTest {

    private final PointsAddUp rule = new PointsAddUp();
    private final Location routine = new Location("常规工作目标", "", null);

    @Test
    void acceptsTableWhosePointsAddUpToOneHundred() {
        assertThat(rule.check(checkOf(semiconductorPark2025()))).isEmpty();
    }

    @Test
    void reportsSecondLevelWeightsThatDifferFromFirstLevelPoints() {
        TargetTable table = withSecondLevel(semiconductorPark2025(), "2-4-1", l2 -> weight(l2, Points.of("2.5")));

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location).containsExactly(
                tuple("L2_WEIGHTS_DIFFER_FROM_L1_POINTS", Severity.ERROR, locationOf(table, "2-4")),
                tuple("CATEGORY_POINTS_DIFFER", Severity.ERROR, routine),
                tuple("TOTAL_POINTS_DIFFER", Severity.ERROR, Location.TABLE));
        assertThat(findings.get(0).message()).isEqualTo("一级指标 2-4 的二级指标权重合计 4 分，与其分值 3 分不一致，请调整权重或分值");
    }

    @Test
    void reportsCategoryWhosePointsDifferFromDeclared() {
        TargetTable table = semiconductorPark2025();
        table.removeFirstLevel(firstLevel(table, "2-14").id());

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::location).containsExactly(
                tuple("CATEGORY_POINTS_DIFFER", routine),
                tuple("TOTAL_POINTS_DIFFER", Location.TABLE));
        assertThat(findings.get(0).message()).contains("55 分", "51 分", "相差 4 分");
    }

    @Test
    void reportsTotalOtherThanTheCycleRequires() {
        TableTemplate thousand = new TableTemplate(2025, template2025().categories(),
                template2025().rules().withTotalPoints(Points.of(1000)));

        List<Finding> findings = rule.check(new TableCheck(semiconductorPark2025(), thousand, null));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("TOTAL_POINTS_DIFFER", Severity.ERROR, Location.TABLE));
        assertThat(findings.get(0).message()).contains("100 分", "1000 分");
    }

    @Test
    void leavesCategoriesWithoutDeclaredPointsToTheTotal() {
        TargetTable table = semiconductorPark2025();
        addFirstLevel(table, StandardTemplates.DYNAMIC_WORK, "3-1", "承办全省半导体产业发展大会。", "5", "5");

        assertThat(rule.check(checkOf(table))).extracting(Finding::code).containsExactly("TOTAL_POINTS_DIFFER");
    }

    @Test
    void warnsAboutFirstLevelWithoutPoints() {
        TargetTable table = withFirstLevel(semiconductorPark2025(), "2-1", l1 -> new FirstLevelIndicator(l1.id(),
                l1.code(), l1.text(), null, l1.basis(), l1.area(), l1.responsibility(), l1.secondLevel()));

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("L1_POINTS_MISSING", Severity.WARNING, locationOf(table, "2-1")));
        assertThat(findings.get(0).message()).contains("2-1", "4 分");
    }

    @Test
    void reportsSecondLevelWithoutWeight() {
        TargetTable table = withSecondLevel(semiconductorPark2025(), "2-1-1", l2 -> weight(l2, null));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::severity, Finding::location)
                .contains(tuple("WEIGHT_MISSING", Severity.ERROR, locationOf(table, "2-1-1")));
    }

    private static SecondLevelIndicator weight(SecondLevelIndicator l2, Points weight) {
        return new SecondLevelIndicator(l2.id(), l2.code(), l2.text(), weight, l2.responsibility());
    }
}
