package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TargetTable;
import org.jixiao.table.TargetTables;
import org.junit.jupiter.api.Test;

/** A version's table as JSON reads back exactly: ids, codes, decimals, responsibility, basis. */
class TableSnapshotTest {

    @Test
    void aCompleteTableRoundTripsExactly() {
        TargetTable table = TargetTables.semiconductorPark2025();

        TargetTable read = TableSnapshot.read(TableSnapshot.write(table));

        assertSame(read, table);
    }

    @Test
    void decimalsEmptyCellsAndUncodedRowsSurvive() {
        TargetTable table = TargetTables.semiconductorPark2025();
        FirstLevelIndicator l1 = new FirstLevelIndicator(UUID.randomUUID(), null, "没有序号的一级指标", null,
                List.of(PolicyReference.of("泉委办〔2025〕10号", ""), PolicyReference.of("市委工作要点", "第2条，第5页")),
                "", null, List.of());
        table.addFirstLevel(StandardTemplates.KEY_WORK, l1);
        table.addSecondLevel(l1.id(), new SecondLevelIndicator(UUID.randomUUID(),
                new IndicatorCode("1-9-1"), "权重有小数", Points.of("1.25"), TargetTables.duty("9月")));

        TargetTable read = TableSnapshot.read(TableSnapshot.write(table));

        assertSame(read, table);
        assertThat(read.secondLevel(table.firstLevel(l1.id()).orElseThrow().secondLevel().get(0).id()).orElseThrow()
                .weight()).isEqualTo(Points.of("1.25"));
    }

    @Test
    void anUnknownFormatIsRefusedRatherThanMisread() {
        String json = TableSnapshot.write(TargetTables.emptyDraft()).replace("\"format\":1", "\"format\":9");

        assertThatThrownBy(() -> TableSnapshot.read(json)).isInstanceOf(IllegalStateException.class);
    }

    private static void assertSame(TargetTable read, TargetTable table) {
        assertThat(read.id()).isEqualTo(table.id());
        assertThat(read.cycleId()).isEqualTo(table.cycleId());
        assertThat(read.unitId()).isEqualTo(table.unitId());
        assertThat(read.unitName()).isEqualTo(table.unitName());
        assertThat(read.year()).isEqualTo(table.year());
        assertThat(read.categories()).isEqualTo(table.categories());
    }
}
