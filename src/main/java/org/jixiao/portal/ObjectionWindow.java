package org.jixiao.portal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 公示期 — the days during which anyone may comment on or object to a unit's published plan: a
 * number of working days (Monday–Friday) counted from the day of publication itself when that is a
 * working day, otherwise from the next one, up to the end of the last day. Published on a Monday
 * with 5 days, the window ends on that Friday at midnight; published on a Saturday, on the Friday
 * after. Public holidays and swapped working weekends are not known here.
 *
 * @param publishedOn the day the plan was published
 * @param lastDay     the last day on which objections are received
 */
record ObjectionWindow(LocalDate publishedOn, LocalDate lastDay) {

    /** The longest window the office may set, in working days. */
    static final int MAX_DAYS = 60;

    static ObjectionWindow of(Instant publishedAt, int workingDays, ZoneId zone) {
        LocalDate published = publishedAt.atZone(zone).toLocalDate();
        return new ObjectionWindow(published, nthWorkingDay(published, workingDays));
    }

    /** Whether objections are received at {@code now}: up to the end of the last day, in {@code zone}. */
    boolean isOpen(Instant now, ZoneId zone) {
        return !now.atZone(zone).toLocalDate().isAfter(lastDay);
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th working day from {@code from}, counting {@code from} itself when it is one. */
    static LocalDate nthWorkingDay(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("公示期至少为 1 个工作日");
        }
        LocalDate day = from;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        for (int counted = 1; counted < n; counted++) {
            day = day.plusDays(1);
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }
}
