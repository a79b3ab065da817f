package org.jixiao.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jixiao.exchange.ImportResult;
import org.jixiao.exchange.ImportTarget;
import org.jixiao.exchange.TableImporter;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** 完成时限 read into dates: every deadline text of the three seed tables, and the other forms real tables use. */
class DeadlineParserTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    /** Every distinct deadline text of each seed with the date it means in the seed's year. */
    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_d469f4fbf1a796c8.txt", Map.of(
                        "12月底前", "2025-12-31")),
                Arguments.of("001_ba360aa024f15a94.txt", Map.of(
                        "7月", "2019-07-31",
                        "9 月", "2019-09-30",
                        "10 月", "2019-10-31",
                        "10月", "2019-10-31",
                        "11 月", "2019-11-30",
                        "11月", "2019-11-30",
                        "12 月", "2019-12-31",
                        "12月", "2019-12-31")),
                Arguments.of("002_8d0d28c8a60b99c8.txt", Map.of(
                        "7月底前", "2022-07-31",
                        "9月底前", "2022-09-30",
                        "12月底前", "2022-12-31")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void readsEveryDeadlineOfTheSeedIntoItsDate(String seed, Map<String, String> expected) {
        TargetTable table = ((ImportResult.Imported) TableImporter.withDefaults()
                .importFile(SEEDS.resolve(seed), ImportTarget.standalone())).table();
        TreeSet<String> texts = new TreeSet<>();
        table.categories().forEach(c -> c.firstLevel().forEach(l1 -> l1.secondLevel()
                .forEach(l2 -> texts.add(l2.responsibility().deadline()))));
        assertThat(texts).as("the seed's deadline texts are all in the expected table").isEqualTo(new TreeSet<>(expected.keySet()));

        Map<String, LocalDate> parsed = new TreeMap<>();
        texts.forEach(text -> parsed.put(text, DeadlineParser.parse(text, table.year()).due()));
        Map<String, LocalDate> dates = new TreeMap<>();
        expected.forEach((text, date) -> dates.put(text, LocalDate.parse(date)));
        assertThat(parsed).isEqualTo(dates);
    }

    @ParameterizedTest(name = "“{0}” → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            6月底前            | BY_DATE     | 2025-06-30
            12月31日前         | BY_DATE     | 2025-12-31
            9月                | BY_DATE     | 2025-09-30
            ９月底             | BY_DATE     | 2025-09-30
            十二月底前         | BY_DATE     | 2025-12-31
            十一月             | BY_DATE     | 2025-11-30
            3-6月              | BY_DATE     | 2025-06-30
            6月底前完成初稿，11月15日前印发 | BY_DATE | 2025-11-15
            第三季度           | BY_DATE     | 2025-09-30
            二季度末           | BY_DATE     | 2025-06-30
            上半年             | BY_DATE     | 2025-06-30
            下半年             | BY_DATE     | 2025-12-31
            年底前             | BY_DATE     | 2025-12-31
            2025年6月30日前    | BY_DATE     | 2025-06-30
            全年               | YEAR_ROUND  | 2025-12-31
            全年实施           | YEAR_ROUND  | 2025-12-31
            每季度             | YEAR_ROUND  | 2025-12-31
            每月               | YEAR_ROUND  | 2025-12-31
            长期坚持           | YEAR_ROUND  | 2025-12-31
            """)
    void readsTheFormsRealTablesUse(String text, Deadline.Kind kind, LocalDate due) {
        Deadline deadline = DeadlineParser.parse(text, 2025);
        assertThat(deadline.kind()).isEqualTo(kind);
        assertThat(deadline.due()).isEqualTo(due);
        assertThat(deadline.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "“{0}” is a finding")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            ''                 | 未填写完成时限
            NULL               | 未填写完成时限
            视上级部署         | 请写明月份
            13月底前           | 不是有效日期
            2月30日前          | 不是有效日期
            """)
    void namesNoDateAsAFindingWithTheReason(String text, String reason) {
        Deadline deadline = DeadlineParser.parse(text, 2025);
        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.UNPARSEABLE);
        assertThat(deadline.isParsed()).isFalse();
        assertThat(deadline.due()).isNull();
        assertThat(deadline.reason()).contains(reason);
        assertThat(deadline.passedOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @ParameterizedTest(name = "{0} on {1}: passed {2}")
    @CsvSource({"6月底前, 2025-06-30, false", "6月底前, 2025-07-01, true"})
    void theDueDayItselfIsStillInTime(String text, LocalDate today, boolean passed) {
        assertThat(DeadlineParser.parse(text, 2025).passedOn(today)).isEqualTo(passed);
    }
}
