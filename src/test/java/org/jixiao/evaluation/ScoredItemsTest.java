package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;

class ScoredItemsTest {

    @Test
    void turnsSecondLevelIndicatorsAndFixedItemsIntoUnscoredItems() {
        TargetTable table = TargetTable.draft(1, 1, "市科技局", StandardTemplates.cityGovernment2025());
        FirstLevelIndicator goal = FirstLevelIndicator.create(new IndicatorCode("1-1"), "科技创新", Points.of(3), List.of());
        table.addFirstLevel(StandardTemplates.KEY_WORK, goal);
        table.addSecondLevel(goal.id(), SecondLevelIndicator.create(new IndicatorCode("1-1-1"), "培育企业",
                Points.of("1.5"), Responsibility.NONE));
        table.addSecondLevel(goal.id(), SecondLevelIndicator.create(null, "建设平台", Points.of("1.5"),
                Responsibility.NONE));

        List<ScoredItem> items = ScoredItems.from(table, Scenarios.COEFFICIENTS);

        assertThat(items).filteredOn(i -> i.name().equals("培育企业")).singleElement()
                .satisfies(i -> assertThat(i.weight()).isEqualTo(Points.of("1.5")));
        assertThat(items).filteredOn(i -> i.name().equals("建设平台")).singleElement()
                .satisfies(i -> assertThat(i.code().value()).isEqualTo("1-1-2"));
        assertThat(items).noneMatch(i -> i.name().equals("科技创新"));
        assertThat(items).allMatch(i -> i.tier() == null && i.raterScores().isEmpty());
        assertThat(items.size()).isGreaterThan(2);
    }
}
