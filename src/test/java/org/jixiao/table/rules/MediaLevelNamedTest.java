package org.jixiao.table.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.table.TargetTables.checkOf;
import static org.jixiao.table.TargetTables.dutyWithRemark;
import static org.jixiao.table.TargetTables.locationOf;
import static org.jixiao.table.TargetTables.semiconductorPark2025;
import static org.jixiao.table.TargetTables.withSecondLevel;

import org.jixiao.table.Finding;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.Severity;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaLevelNamedTest {

    private final MediaLevelNamed rule = new MediaLevelNamed();

    @Test
    void acceptsRemarkThatNamesTheMediaLevel() {
        assertThat(rule.check(checkOf(semiconductorPark2025()))).isEmpty();
    }

    @Test
    void warnsWhenTheTextCitesMediaButTheRemarkNamesNoLevel() {
        TargetTable table = withSecondLevel(semiconductorPark2025(), "2-6-2",
                l2 -> new SecondLevelIndicator(l2.id(), l2.code(), "推动联东U谷项目招商，争取媒体报道2次以上。",
                        l2.weight(), l2.responsibility()));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("MEDIA_LEVEL_MISSING", Severity.WARNING, locationOf(table, "2-6-2")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"以媒体报道为佐证", "以市场监管部门报道为佐证", "刊登于行业期刊"})
    void warnsWhenTheRemarkCitesMediaWithoutLevel(String remark) {
        TargetTable table = withRemark(remark);

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::location)
                .containsExactly(tuple("MEDIA_LEVEL_MISSING", locationOf(table, "2-6-2")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"省级媒体报道", "市级以上媒体报道", "省媒体刊发", "中央电视台报道", "国家级媒体报道", "市报刊登"})
    void acceptsRemarkNamingALevel(String remark) {
        assertThat(rule.check(checkOf(withRemark(remark)))).isEmpty();
    }

    @Test
    void ignoresRemarksWithoutMedia() {
        assertThat(rule.check(checkOf(withRemark("以项目签约协议为佐证")))).isEmpty();
    }

    private static TargetTable withRemark(String remark) {
        return withSecondLevel(semiconductorPark2025(), "2-6-2", l2 -> new SecondLevelIndicator(l2.id(), l2.code(),
                l2.text(), l2.weight(), dutyWithRemark(remark)));
    }
}
