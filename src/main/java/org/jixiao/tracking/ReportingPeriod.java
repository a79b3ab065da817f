package org.jixiao.tracking;

import java.time.LocalDate;

/**
 * 报告期 — a quarter or a month of the year.
 *
 * @param number    1…4 or 1…12
 * @param label     第一季度, 3月
 * @param reportDue the last day a report for it is in time (the period's end plus the grace days)
 */
public record ReportingPeriod(int number, String label, LocalDate start, LocalDate end, LocalDate reportDue) {

    /** Whether a report for this period is late on {@code today}. */
    public boolean reportOverdueOn(LocalDate today) {
        return today.isAfter(reportDue);
    }
}
