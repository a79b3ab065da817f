package org.jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.table.Finding;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableChecker;
import org.jixiao.table.TableTemplate;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;

class DemoTablesTest {

    private final TableTemplate template = StandardTemplates.cityGovernment2025();
    private final TableChecker checker = TableChecker.standard();

    @Test
    void semiconductorParkPassesEveryRule() {
        List<Finding> findings = checker.check(DemoTables.semiconductorPark(1, 1, template), template);

        assertThat(findings).noneMatch(Finding::isError);
        assertThat(findings).extracting(Finding::code).containsOnly("FUNCTIONAL_ADMINISTRATIVE_CONTENT");
    }

    @Test
    void semiconductorParkFillsTheTemplatesPoints() {
        TargetTable table = DemoTables.semiconductorPark(1, 1, template);

        assertThat(table.totalPoints()).hasToString("100");
        assertThat(table.category(StandardTemplates.KEY_WORK).orElseThrow().firstLevel()).hasSize(3);
        assertThat(table.category(StandardTemplates.ROUTINE_WORK).orElseThrow().firstLevel()).hasSize(14);
        assertThat(table.category(StandardTemplates.ROUTINE_WORK).orElseThrow().secondLevelCount()).isEqualTo(28);
    }

    @Test
    void scienceBureauPassesEveryRuleWithoutWarnings() {
        List<Finding> findings = checker.check(DemoTables.scienceBureau(1, 2, template), template);

        assertThat(findings).isEmpty();
    }

    @Test
    void stateAssetsTableShowsTheMistakesRealTablesContain() {
        List<Finding> findings = checker.check(DemoTables.stateAssetsWithFindings(1, 3, template), template);

        assertThat(findings).extracting(Finding::code).containsOnly(
                "L2_WEIGHTS_DIFFER_FROM_L1_POINTS", "CATEGORY_POINTS_DIFFER", "TOTAL_POINTS_DIFFER",
                "LEADER_MISSING", "FUNCTIONAL_ADMINISTRATIVE_CONTENT", "MEDIA_LEVEL_MISSING", "CODE_DUPLICATE");
        assertThat(findings).filteredOn(f -> f.code().equals("LEADER_MISSING"))
                .extracting(f -> f.location().indicatorCode()).containsExactly("1-3-2");
        assertThat(findings).filteredOn(f -> f.code().equals("CODE_DUPLICATE"))
                .extracting(f -> f.location().indicatorCode()).containsExactly("2-11", "2-11-1", "2-11-2");
        assertThat(findings).filteredOn(f -> f.code().equals("L2_WEIGHTS_DIFFER_FROM_L1_POINTS"))
                .extracting(f -> f.location().indicatorCode()).containsExactly("1-1");
    }
}
