package org.jixiao.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.table.TargetTables.emptyDraft;
import static org.jixiao.table.TargetTables.template2025;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableCheckerTest {

    @Test
    void listsErrorsBeforeWarnings() {
        TableRule warns = check -> List.of(Finding.warning("SOME_WARNING", Location.TABLE, "请核对"));
        TableRule fails = check -> List.of(Finding.error("SOME_ERROR", Location.TABLE, "请修改"));

        assertThat(new TableChecker(List.of(warns, fails)).check(emptyDraft(), template2025()))
                .extracting(Finding::code).containsExactly("SOME_ERROR", "SOME_WARNING");
    }

    @Test
    void standardCheckerFindsAnEmptyDraftIncomplete() {
        List<Finding> findings = TableChecker.standard().check(emptyDraft(), template2025());

        assertThat(findings).extracting(Finding::code).contains("FUNCTIONAL_L1_BELOW_MINIMUM",
                "CATEGORY_POINTS_DIFFER", "TOTAL_POINTS_DIFFER", "DEADLINE_MISSING", "DEPARTMENT_MISSING",
                "LEADER_MISSING");
    }

    @Test
    void standardCheckerAcceptsTheSemiconductorPark() {
        assertThat(TableChecker.standard().check(TargetTables.semiconductorPark2025(), template2025()))
                .noneMatch(Finding::isError);
    }
}
