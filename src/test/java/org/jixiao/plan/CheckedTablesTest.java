package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.CycleLevel;
import org.jixiao.cycle.CycleStatus;
import org.jixiao.table.Finding;
import org.jixiao.table.Location;
import org.jixiao.table.Severity;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableTemplate;
import org.junit.jupiter.api.Test;

class CheckedTablesTest {

    private final CheckedTables checked = new CheckedTables();
    private final UUID table = UUID.randomUUID();
    private final List<String> checks = new ArrayList<>();

    @Test
    void checksATableVersionOnceWhateverTheNumberOfViews() {
        AssessmentCycle cycle = cycle(StandardTemplates.cityGovernment2025(), 1);

        List<Finding> first = checked.findings(table, 3, cycle, check("v3"));
        List<Finding> second = checked.findings(table, 3, cycle, check("v3 again"));

        assertThat(checks).containsExactly("v3");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void checksAgainWhenTheTableOrItsCycleHasANewVersion() {
        AssessmentCycle cycle = cycle(StandardTemplates.cityGovernment2025(), 1);
        checked.findings(table, 3, cycle, check("v3"));

        checked.findings(table, 4, cycle, check("v4"));
        checked.findings(table, 4, cycle(StandardTemplates.cityGovernment2025(), 2), check("v4, cycle changed"));

        assertThat(checks).containsExactly("v3", "v4", "v4, cycle changed");
    }

    @Test
    void keepsTheNewestVersionWhenAnOlderOneIsCheckedLate() {
        AssessmentCycle cycle = cycle(StandardTemplates.cityGovernment2025(), 1);
        checked.findings(table, 4, cycle, check("v4"));
        checked.findings(table, 3, cycle, check("v3, read before the save"));

        checked.findings(table, 4, cycle, check("v4 again"));

        assertThat(checks).containsExactly("v4", "v3, read before the save");
    }

    @Test
    void checksEveryTimeWhereLastYearsTableTakesPart() {
        AssessmentCycle district = cycle(StandardTemplates.district(2025), 1);
        assertThat(district.template().rules().capFunctionalAtLastYear()).isTrue();

        checked.findings(table, 3, district, check("first view"));
        checked.findings(table, 3, district, check("second view"));

        assertThat(checks).containsExactly("first view", "second view");
    }

    private Supplier<List<Finding>> check(String what) {
        return () -> {
            checks.add(what);
            return List.of(new Finding("WEIGHTS_DO_NOT_ADD_UP", Severity.ERROR, Location.TABLE, what));
        };
    }

    private static AssessmentCycle cycle(TableTemplate template, long version) {
        return new AssessmentCycle(1, 2025, "市直政府系列", CycleLevel.CITY, template, CycleStatus.OPEN, null, version);
    }
}
