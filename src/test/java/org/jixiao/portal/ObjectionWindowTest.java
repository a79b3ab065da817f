package org.jixiao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** 公示期: working days Monday–Friday, counted from the publication day when it is one. */
class ObjectionWindowTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    @Test
    void fiveWorkingDaysFromAMondayEndOnThatFriday() {
        assertThat(ObjectionWindow.nthWorkingDay(MONDAY, 5)).isEqualTo(LocalDate.of(2025, 3, 7));
    }

    @Test
    void thePublicationDayCountsAsTheFirstDay() {
        assertThat(ObjectionWindow.nthWorkingDay(MONDAY, 1)).isEqualTo(MONDAY);
    }

    @Test
    void aWindowStartedOnThursdaySkipsTheWeekend() {
        assertThat(ObjectionWindow.nthWorkingDay(LocalDate.of(2025, 3, 6), 5)).isEqualTo(LocalDate.of(2025, 3, 12));
    }

    @Test
    void aPlanPublishedOnSaturdayCountsFromMonday() {
        assertThat(ObjectionWindow.nthWorkingDay(LocalDate.of(2025, 3, 8), 5)).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(ObjectionWindow.nthWorkingDay(LocalDate.of(2025, 3, 9), 1)).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void tenWorkingDaysSpanTwoWeekends() {
        assertThat(ObjectionWindow.nthWorkingDay(LocalDate.of(2025, 3, 7), 10)).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void theWindowIsOpenUntilTheEndOfItsLastDayInTheLocalZone() {
        ObjectionWindow window = ObjectionWindow.of(MONDAY.atTime(16, 30).atZone(CHINA).toInstant(), 5, CHINA);

        assertThat(window.publishedOn()).isEqualTo(MONDAY);
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(window.isOpen(at(2025, 3, 7, 23, 59), CHINA)).isTrue();
        assertThat(window.isOpen(at(2025, 3, 8, 0, 0), CHINA)).isFalse();
    }

    @Test
    void thePublicationDayIsTakenInTheLocalZone() {
        // 2025-03-02 17:00 UTC is Monday 01:00 in China: the window starts on Monday, not on Sunday's Monday
        ObjectionWindow window = ObjectionWindow.of(LocalDateTime.of(2025, 3, 2, 17, 0).atZone(ZoneId.of("UTC"))
                .toInstant(), 1, CHINA);

        assertThat(window.publishedOn()).isEqualTo(MONDAY);
        assertThat(window.lastDay()).isEqualTo(MONDAY);
    }

    @Test
    void refusesAWindowOfNoDays() {
        assertThatThrownBy(() -> ObjectionWindow.nthWorkingDay(MONDAY, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("至少为 1 个工作日");
    }

    private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CHINA).toInstant();
    }
}
