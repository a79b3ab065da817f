package org.jixiao.table.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.table.TargetTables.checkOf;
import static org.jixiao.table.TargetTables.duty;
import static org.jixiao.table.TargetTables.locationOf;
import static org.jixiao.table.TargetTables.semiconductorPark2025;
import static org.jixiao.table.TargetTables.withFirstLevel;
import static org.jixiao.table.TargetTables.withResponsibility;
import static org.jixiao.table.TargetTables.withSecondLevel;

import java.util.List;
import org.jixiao.table.Finding;
import org.jixiao.table.Responsibility;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.Severity;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;

class ResponsibilityCompleteTest {

    private final ResponsibilityComplete rule = new ResponsibilityComplete();

    @Test
    void acceptsRowsWithDeadlineDepartmentAndLeader() {
        assertThat(rule.check(checkOf(semiconductorPark2025()))).isEmpty();
    }

    @Test
    void reportsSecondLevelWithoutDeadline() {
        TargetTable table = withDuty("1-2-3", duty(""));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("DEADLINE_MISSING", Severity.ERROR, locationOf(table, "1-2-3")));
    }

    @Test
    void reportsDeadlineInAnotherYear() {
        TargetTable table = withDuty("1-2-3", duty("2026年3月"));

        List<Finding> findings = rule.check(checkOf(table));

        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("DEADLINE_OUTSIDE_YEAR", Severity.ERROR, locationOf(table, "1-2-3")));
        assertThat(findings.get(0).message()).contains("2026年3月", "2025");
    }

    @Test
    void reportsImpossibleMonth() {
        assertThat(rule.check(checkOf(withDuty("1-2-3", duty("13月")))))
                .extracting(Finding::code).containsExactly("DEADLINE_OUTSIDE_YEAR");
    }

    @Test
    void judgesTheYearAgainstTheTemplate() {
        TargetTable table = withDuty("1-2-3", duty("2025年12月"));

        assertThat(rule.check(new TableCheck(table, StandardTemplates.cityGovernment(2026), null)))
                .extracting(Finding::code).containsExactly("DEADLINE_OUTSIDE_YEAR");
    }

    @Test
    void warnsAboutDeadlineItCannotRead() {
        TargetTable table = withDuty("1-2-3", duty("尽快"));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("DEADLINE_UNCLEAR", Severity.WARNING, locationOf(table, "1-2-3")));
    }

    @Test
    void reportsSecondLevelWithoutDepartment() {
        TargetTable table = withDuty("2-5-1", new Responsibility("12月底前", List.of(), List.of("邱常冲"), List.of(), ""));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("DEPARTMENT_MISSING", Severity.ERROR, locationOf(table, "2-5-1")));
    }

    @Test
    void reportsSecondLevelWithoutLeader() {
        TargetTable table = withDuty("2-5-1", new Responsibility("12月底前",
                List.of(new ResponsibleDepartment("晋江分园区办事处", "丁少伟")), List.of(" "), List.of(), ""));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("LEADER_MISSING", Severity.ERROR, locationOf(table, "2-5-1")));
    }

    @Test
    void checksItemsWithoutSecondLevelToo() {
        TargetTable table = withFirstLevel(semiconductorPark2025(), "6-2",
                item -> withResponsibility(item, Responsibility.NONE));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::location).containsExactly(
                tuple("DEADLINE_MISSING", locationOf(table, "6-2")),
                tuple("DEPARTMENT_MISSING", locationOf(table, "6-2")),
                tuple("LEADER_MISSING", locationOf(table, "6-2")));
    }

    private static TargetTable withDuty(String code, Responsibility duty) {
        return withSecondLevel(semiconductorPark2025(), code,
                l2 -> new SecondLevelIndicator(l2.id(), l2.code(), l2.text(), l2.weight(), duty));
    }
}
