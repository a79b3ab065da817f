package org.jixiao.table.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.table.rules.Deadlines.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"12月底前", "9月", "9 月", "全年实施", "全年", "长期", "6月30日前", "2025年12月", "第三季度",
            "年底前", "每季度", "十二月底", "上半年", "10月底前"})
    void readsDeadlinesUnitsWriteAsWithinTheYear(String deadline) {
        assertThat(Deadlines.read(deadline, 2025)).isEqualTo(Reading.WITHIN_YEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026年3月", "2024年12月底前", "13月", "0月", "6月32日"})
    void readsOtherYearsAndImpossibleDatesAsOutsideTheYear(String deadline) {
        assertThat(Deadlines.read(deadline, 2025)).isEqualTo(Reading.OUTSIDE_YEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"尽快", "按要求", "待定", "ASAP"})
    void cannotReadDeadlinesWithoutATime(String deadline) {
        assertThat(Deadlines.read(deadline, 2025)).isEqualTo(Reading.UNCLEAR);
    }
}
