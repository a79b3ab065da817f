package org.jixiao.exchange;

import java.util.List;
import java.util.UUID;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.Points;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;

/** Small tables with domain names, for export and import tests. */
final class TargetTables {

    private TargetTables() {
    }

    static Responsibility office(String deadline) {
        return new Responsibility(deadline, List.of(new ResponsibleDepartment("办公室", "陈瑞典")), List.of("汪亚彬"),
                List.of(), "");
    }

    /** 泉州市国资委 2025: two key-work indicators, one routine, two fixed items. */
    static TargetTable stateAssets2025() {
        FirstLevelIndicator reform = new FirstLevelIndicator(UUID.randomUUID(), new IndicatorCode("1-1"),
                "实施国企发展赶超计划", Points.of(4), List.of(PolicyReference.of("关于印发政府工作报告责任分解的通知（泉政办〔2025〕2号）", "")),
                "", null, List.of(
                SecondLevelIndicator.create(new IndicatorCode("1-1-1"), "完成国企改革重点任务", Points.of("2.5"),
                        office("12月底前")),
                SecondLevelIndicator.create(new IndicatorCode("1-1-2"), "推动综合改革试点", Points.of("1.5"),
                        office("9月底前"))));
        FirstLevelIndicator parks = new FirstLevelIndicator(UUID.randomUUID(), new IndicatorCode("1-2"),
                "推动国有企业参与产业园区建设运营", Points.of(2), List.of(), "", null, List.of(
                SecondLevelIndicator.create(null, "建立园区标准化建设机制", Points.of(2), office("12月底前"))));
        FirstLevelIndicator assets = new FirstLevelIndicator(UUID.randomUUID(), new IndicatorCode("2-1"),
                "加强资产交易和项目监管", Points.of(3), List.of(), "", null, List.of(
                SecondLevelIndicator.create(new IndicatorCode("2-1-1"), "推进闲置资产盘活", Points.of(3),
                        office("全年实施"))));
        return new TargetTable(UUID.randomUUID(), 1, 1, "泉州市国资委", 2025, List.of(
                new TableCategory("key-work", "重点工作目标", CategoryRole.KEY_WORK, Points.of(6), List.of(reform, parks)),
                new TableCategory("routine-work", "常规工作目标", CategoryRole.ROUTINE_WORK, Points.of(3), List.of(assets)),
                new TableCategory("administrative-capacity", "行政能力目标", CategoryRole.ADMINISTRATIVE_CAPACITY,
                        Points.of(2), List.of(
                        FirstLevelIndicator.item(new IndicatorCode("4-1"), "", "完成信息报送任务。", Points.of(1),
                                office("12月底前")),
                        FirstLevelIndicator.item(new IndicatorCode("4-2"), "", "规范开展政务公开工作。", Points.of(1),
                                office("12月底前"))))));
    }
}
