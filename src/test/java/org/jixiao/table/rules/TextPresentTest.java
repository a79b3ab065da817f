package org.jixiao.table.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.table.TargetTables.checkOf;
import static org.jixiao.table.TargetTables.locationOf;
import static org.jixiao.table.TargetTables.semiconductorPark2025;
import static org.jixiao.table.TargetTables.withFirstLevel;
import static org.jixiao.table.TargetTables.withSecondLevel;

import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.Severity;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;

class TextPresentTest {

    private final TextPresent rule = new TextPresent();

    @Test
    void acceptsIndicatorsThatSayWhatIsToBeDone() {
        assertThat(rule.check(checkOf(semiconductorPark2025()))).isEmpty();
    }

    @Test
    void reportsSecondLevelWithoutText() {
        TargetTable table = withSecondLevel(semiconductorPark2025(), "2-7-2",
                l2 -> new SecondLevelIndicator(l2.id(), l2.code(), "  ", l2.weight(), l2.responsibility()));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::severity, Finding::location)
                .containsExactly(tuple("TEXT_MISSING", Severity.ERROR, locationOf(table, "2-7-2")));
    }

    @Test
    void reportsFirstLevelWithoutText() {
        TargetTable table = withFirstLevel(semiconductorPark2025(), "2-7", l1 -> new FirstLevelIndicator(l1.id(),
                l1.code(), "", l1.points(), l1.basis(), l1.area(), l1.responsibility(), l1.secondLevel()));

        assertThat(rule.check(checkOf(table))).extracting(Finding::code, Finding::location)
                .containsExactly(tuple("TEXT_MISSING", locationOf(table, "2-7")));
    }
}
