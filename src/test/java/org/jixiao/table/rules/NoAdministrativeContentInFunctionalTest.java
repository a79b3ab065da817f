package org.jixiao.table.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.table.TargetTables.checkOf;
import static org.jixiao.table.TargetTables.locationOf;
import static org.jixiao.table.TargetTables.scienceBureau2025;
import static org.jixiao.table.TargetTables.semiconductorPark2025;
import static org.jixiao.table.TargetTables.withFirstLevel;
import static org.jixiao.table.TargetTables.withSecondLevel;

import java.util.List;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.Severity;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;

class NoAdministrativeContentInFunctionalTest {

    private final NoAdministrativeContentInFunctional rule = new NoAdministrativeContentInFunctional();

    @Test
    void acceptsFunctionalWorkWithoutAdministrativeContent() {
        assertThat(rule.check(checkOf(scienceBureau2025()))).isEmpty();
    }

    @Test
    void reportsSecondLevelRepeatingAnAdministrativeItem() {
        TargetTable table = withSecondLevel(scienceBureau2025(), "2-8-2", l2 -> text(l2, "落实垃圾分类工作。"));

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("FUNCTIONAL_REPEATS_ADMINISTRATIVE", Severity.ERROR,
                        locationOf(table, "2-8-2")));
        assertThat(findings.get(0).message()).contains("2-8-2", "5-4");
    }

    @Test
    void reportsSecondLevelContainingAnAdministrativeItem() {
        TargetTable table = withSecondLevel(scienceBureau2025(), "2-8-2",
                l2 -> text(l2, "在园区企业中督促落实垃圾分类工作，年内检查4次。"));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code)
                .containsExactly("FUNCTIONAL_REPEATS_ADMINISTRATIVE");
    }

    @Test
    void reportsFirstLevelContainedInAnAdministrativeItem() {
        TargetTable table = withFirstLevel(scienceBureau2025(), "2-9", l1 -> new FirstLevelIndicator(l1.id(),
                l1.code(), "优化政务服务", l1.points(), l1.basis(), l1.area(), l1.responsibility(), l1.secondLevel()));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::location)
                .containsExactly(tuple("FUNCTIONAL_REPEATS_ADMINISTRATIVE", locationOf(table, "2-9")));
    }

    @Test
    void ignoresVeryShortTextsThatWouldMatchByAccident() {
        TargetTable table = withSecondLevel(scienceBureau2025(), "2-8-2", l2 -> text(l2, "信息报送"));

        assertThat(rule.check(checkOf(table))).isEmpty();
    }

    @Test
    void warnsAboutAdministrativeKeywordsNamingEachOnce() {
        TargetTable table = withSecondLevel(scienceBureau2025(), "2-8-2",
                l2 -> text(l2, "与园区企业开展党建共建和精神文明共建活动。"));

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("FUNCTIONAL_ADMINISTRATIVE_CONTENT", Severity.WARNING,
                        locationOf(table, "2-8-2")));
        assertThat(findings.get(0).message()).contains("党建", "精神文明", "行政能力目标");
    }

    @Test
    void warnsAboutPublicityInTheParksRoutineWork() {
        TargetTable table = semiconductorPark2025();

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::location)
                .containsExactly(tuple("FUNCTIONAL_ADMINISTRATIVE_CONTENT", locationOf(table, "2-1")));
    }

    @Test
    void leavesAdministrativeCategoriesAlone() {
        TargetTable table = withFirstLevel(semiconductorPark2025(), "7-1", item -> new FirstLevelIndicator(item.id(),
                item.code(), "精神文明建设成效（文明单位创建）。", item.points(), item.basis(), item.area(),
                item.responsibility(), item.secondLevel()));

        assertThat(rule.check(checkOf(table))).extracting(Finding::location)
                .containsExactly(locationOf(table, "2-1"));
    }

    private static SecondLevelIndicator text(SecondLevelIndicator l2, String text) {
        return new SecondLevelIndicator(l2.id(), l2.code(), text, l2.weight(), l2.responsibility());
    }
}
