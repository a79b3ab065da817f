package org.jixiao.table.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.table.TargetTables.firstLevel;
import static org.jixiao.table.TargetTables.semiconductorPark2025;
import static org.jixiao.table.TargetTables.template2025;

import java.util.List;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.Finding;
import org.jixiao.table.Location;
import org.jixiao.table.Points;
import org.jixiao.table.RuleSettings;
import org.jixiao.table.Severity;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableTemplate;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;

class FunctionalFirstLevelCountTest {

    private final FunctionalFirstLevelCount rule = new FunctionalFirstLevelCount();
    private final Location keyWork = new Location("重点工作目标", "", null);

    @Test
    void acceptsTableWithSeventeenFunctionalFirstLevelIndicators() {
        assertThat(rule.check(new TableCheck(semiconductorPark2025(), template2025(), null))).isEmpty();
    }

    @Test
    void reportsTooFewFunctionalFirstLevelIndicatorsOnTheKeyWorkCategory() {
        TargetTable table = withoutRoutine(semiconductorPark2025(), "2-12", "2-13", "2-14");

        List<Finding> findings = rule.check(new TableCheck(table, template2025(), null));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("FUNCTIONAL_L1_BELOW_MINIMUM", Severity.ERROR, keyWork));
        assertThat(findings.get(0).message()).contains("14 项", "15 项");
    }

    @Test
    void takesTheMinimumFromTheCycleSettings() {
        TableTemplate template = withRules(template2025(), new RuleSettings(18, false, Points.of(10), 2,
                Points.of(5), List.of(), List.of(), List.of(), Points.of(100)));

        assertThat(rule.check(new TableCheck(semiconductorPark2025(), template, null)))
                .extracting(Finding::code).containsExactly("FUNCTIONAL_L1_BELOW_MINIMUM");
    }

    @Test
    void reportsOnTheTableWhenThereIsNoKeyWorkCategory() {
        TableTemplate template = new TableTemplate(2025, List.of(new CategoryTemplate("routine", "常规工作目标", "",
                CategoryRole.ROUTINE_WORK, null, List.of())), RuleSettings.defaults());
        TargetTable table = TargetTable.draft(1, 1, "泉州市某局", template);

        assertThat(rule.check(new TableCheck(table, template, null)))
                .extracting(Finding::code, Finding::location)
                .containsExactly(tuple("FUNCTIONAL_L1_BELOW_MINIMUM", Location.TABLE));
    }

    @Test
    void reportsMoreFunctionalFirstLevelIndicatorsThanLastYearWhereCapped() {
        TableTemplate capped = withRules(template2025(), template2025().rules().withCapAtLastYear(true));
        TargetTable lastYear = withoutRoutine(semiconductorPark2025(), "2-14");

        List<Finding> findings = rule.check(new TableCheck(semiconductorPark2025(), capped, lastYear));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("FUNCTIONAL_L1_ABOVE_LAST_YEAR", Severity.ERROR, keyWork));
        assertThat(findings.get(0).message()).contains("17 项", "16 项");
    }

    @Test
    void acceptsAsManyFunctionalFirstLevelIndicatorsAsLastYearWhereCapped() {
        TableTemplate capped = withRules(template2025(), template2025().rules().withCapAtLastYear(true));

        assertThat(rule.check(new TableCheck(semiconductorPark2025(), capped, semiconductorPark2025()))).isEmpty();
    }

    @Test
    void ignoresLastYearWhereNotCapped() {
        TargetTable lastYear = withoutRoutine(semiconductorPark2025(), "2-14");

        assertThat(rule.check(new TableCheck(semiconductorPark2025(), template2025(), lastYear))).isEmpty();
    }

    @Test
    void ignoresTheCapWithoutLastYearsTable() {
        TableTemplate capped = withRules(template2025(), template2025().rules().withCapAtLastYear(true));

        assertThat(rule.check(new TableCheck(semiconductorPark2025(), capped, null))).isEmpty();
    }

    private static TargetTable withoutRoutine(TargetTable table, String... codes) {
        for (String code : codes) {
            table.removeFirstLevel(firstLevel(table, code).id());
        }
        return table;
    }

    private static TableTemplate withRules(TableTemplate template, RuleSettings rules) {
        return new TableTemplate(template.year(), template.categories(), rules);
    }
}
