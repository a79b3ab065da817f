package org.jixiao.tracking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** How a cycle's year is cut into reporting periods (报告期). */
public enum PeriodScheme {
    /** 按季度 — four periods, the default. */
    QUARTERLY("按季度", 3),
    /** 按月 — twelve periods. */
    MONTHLY("按月", 1);

    private final String label;
    private final int months;

    PeriodScheme(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    public int count() {
        return 12 / months;
    }

    /** Every period of the year; a report is due {@code graceDays} after the period ends. */
    public List<ReportingPeriod> periods(int year, int graceDays) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int n = 1; n <= count(); n++) {
            periods.add(period(year, n, graceDays));
        }
        return periods;
    }

    public ReportingPeriod period(int year, int number, int graceDays) {
        if (number < 1 || number > count()) {
            throw new IllegalArgumentException("报告期应在 1 到 " + count() + " 之间");
        }
        LocalDate start = YearMonth.of(year, (number - 1) * months + 1).atDay(1);
        LocalDate end = YearMonth.of(year, number * months).atEndOfMonth();
        return new ReportingPeriod(number, label(number), start, end, end.plusDays(graceDays));
    }

    private String label(int number) {
        if (this == MONTHLY) {
            return number + "月";
        }
        return "第" + "一二三四".charAt(number - 1) + "季度";
    }
}
