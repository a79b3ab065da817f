package org.jixiao.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Overdue and risk flags on a fixed day. */
class OverdueCheckTest {

    private static final List<ReportingPeriod> Q1_Q2 = PeriodScheme.QUARTERLY.periods(2025, 10).subList(0, 2);
    private static final Deadline JUNE = DeadlineParser.parse("6月底前", 2025);
    private static final Deadline ALL_YEAR = DeadlineParser.parse("全年", 2025);

    private static List<Flag.Kind> kinds(Deadline deadline, Map<Integer, ProgressStatus> reports, String today) {
        return OverdueCheck.flags(deadline, reports, Q1_Q2, LocalDate.parse(today)).stream().map(Flag::kind).toList();
    }

    @Test
    void flagsAnItemWhoseDeadlinePassedWithoutDone() {
        assertThat(kinds(JUNE, Map.of(1, ProgressStatus.IN_PROGRESS, 2, ProgressStatus.IN_PROGRESS), "2025-07-01"))
                .containsExactly(Flag.Kind.DEADLINE_PASSED);
    }

    @Test
    void anItemDoneInTimeIsNotOverdueAndNeedsNoLaterReport() {
        assertThat(kinds(JUNE, Map.of(1, ProgressStatus.DONE), "2025-08-01")).isEmpty();
    }

    @Test
    void flagsAMissingReportOnlyAfterThePeriodsDueDay() {
        assertThat(kinds(ALL_YEAR, Map.of(), "2025-04-10")).isEmpty();
        List<Flag> flags = OverdueCheck.flags(ALL_YEAR, Map.of(), Q1_Q2, LocalDate.parse("2025-04-11"));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Flag.Kind.REPORT_MISSING);
            assertThat(f.period()).isEqualTo(1);
            assertThat(f.message()).contains("第一季度").contains("2025-04-10");
            assertThat(f.kind().isOverdue()).isTrue();
        });
    }

    @Test
    void aPeriodNotOpenedIsNeverMissing() {
        assertThat(OverdueCheck.flags(ALL_YEAR, Map.of(1, ProgressStatus.IN_PROGRESS), Q1_Q2.subList(0, 1),
                LocalDate.parse("2025-09-01"))).isEmpty();
    }

    @Test
    void aReportOfBehindIsARiskButNotOverdue() {
        List<Flag> flags = OverdueCheck.flags(ALL_YEAR, Map.of(1, ProgressStatus.BEHIND), Q1_Q2, LocalDate.parse("2025-05-01"));
        assertThat(flags).extracting(Flag::kind).containsExactly(Flag.Kind.BEHIND);
        assertThat(flags.get(0).kind().isOverdue()).isFalse();
        assertThat(OverdueCheck.latest(Map.of(1, ProgressStatus.BEHIND, 2, ProgressStatus.IN_PROGRESS)))
                .contains(ProgressStatus.IN_PROGRESS);
    }

    @Test
    void anUnreadableDeadlineIsAFindingNeverAnOverdue() {
        Deadline unreadable = DeadlineParser.parse("视情况", 2025);
        assertThat(kinds(unreadable, Map.of(1, ProgressStatus.IN_PROGRESS, 2, ProgressStatus.IN_PROGRESS), "2026-01-10"))
                .containsExactly(Flag.Kind.DEADLINE_UNREADABLE);
    }

    @Test
    void monthlyPeriodsAreTwelveWithTheirLabels() {
        List<ReportingPeriod> months = PeriodScheme.MONTHLY.periods(2024, 5);
        assertThat(months).hasSize(12);
        assertThat(months.get(1)).satisfies(p -> {
            assertThat(p.label()).isEqualTo("2月");
            assertThat(p.end()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(p.reportDue()).isEqualTo(LocalDate.of(2024, 3, 5));
        });
        assertThat(PeriodScheme.QUARTERLY.period(2025, 4, 0).label()).isEqualTo("第四季度");
    }
}
