package org.jixiao.table;

import java.util.List;

/**
 * Templates taken from the real documents, used as the default for new cycles and as fixtures.
 * A cycle stores its own copy; nothing here is consulted once a cycle exists.
 */
public final class StandardTemplates {

    public static final String KEY_WORK = "key-work";
    public static final String ROUTINE_WORK = "routine-work";
    public static final String DYNAMIC_WORK = "dynamic-work";
    public static final String ADMINISTRATIVE_CAPACITY = "administrative-capacity";
    public static final String CIVILITY = "civility";
    public static final String PUBLIC_SAFETY = "public-safety";
    public static final String WORK_SAFETY = "work-safety";
    public static final String FIRE_SAFETY = "fire-safety";

    public static final String FUNCTIONAL_GROUP = "职能工作目标";

    private StandardTemplates() {
    }

    /**
     * 市直政府系列 2025 (seed 000): 重点 15 / 常规 55 / 动态 open / 行政能力 20 in three sub-areas /
     * 精神文明 4 / 平安建设 4 / 安全生产 1 / 消防安全 1.
     */
    public static TableTemplate cityGovernment2025() {
        return cityGovernment(2025);
    }

    public static TableTemplate cityGovernment(int year) {
        return new TableTemplate(year, List.of(
                authored(KEY_WORK, "重点工作目标", CategoryRole.KEY_WORK, Points.of(15), 1),
                authored(ROUTINE_WORK, "常规工作目标", CategoryRole.ROUTINE_WORK, Points.of(55), 2),
                new CategoryTemplate(DYNAMIC_WORK, "动态工作目标", FUNCTIONAL_GROUP, CategoryRole.DYNAMIC_WORK, null,
                        List.of(), 3, ""),
                new CategoryTemplate(ADMINISTRATIVE_CAPACITY, "行政能力目标", "", CategoryRole.ADMINISTRATIVE_CAPACITY,
                        Points.of(20), administrativeCapacity2025(), null, ""),
                single(CIVILITY, "精神文明", "7-1", "精神文明建设成效。", 4, "市委文明办"),
                single(PUBLIC_SAFETY, "平安建设", "7-2", "平安建设成效。", 4, "市委政法委"),
                single(WORK_SAFETY, "安全生产", "7-3", "安全生产工作成效。", 1, "市应急局"),
                single(FIRE_SAFETY, "消防安全", "7-4", "消防安全工作成效。", 1, "市消防救援支队")),
                RuleSettings.defaults());
    }

    /**
     * 县（市、区）系列 (seed 004, 2024): 职能工作目标 (重点 15 / 常规 53 / 动态 open) / 行政能力 20 in
     * 从严治党 6, 依法履职 8, 机关效能 6 / 精神文明 6 / 平安建设 6 with 安全生产 1 and 消防安全 1 as items of
     * its own, lead departments at district level, and the district rule that a unit may not set
     * more first-level indicators than last year. 004 heads 职能工作目标 with 75 points while its rows
     * total less; with 20 + 6 + 6 for the rest, 68 is what lets the table total 100.
     */
    public static TableTemplate district(int year) {
        return new TableTemplate(year, List.of(
                authored(KEY_WORK, "重点工作目标", CategoryRole.KEY_WORK, Points.of(15), 1),
                authored(ROUTINE_WORK, "常规工作目标", CategoryRole.ROUTINE_WORK, Points.of(53), 2),
                new CategoryTemplate(DYNAMIC_WORK, "动态工作目标", FUNCTIONAL_GROUP, CategoryRole.DYNAMIC_WORK, null,
                        List.of(), 3, ""),
                new CategoryTemplate(ADMINISTRATIVE_CAPACITY, "行政能力目标", "", CategoryRole.ADMINISTRATIVE_CAPACITY,
                        Points.of(20), administrativeCapacityDistrict(), null, ""),
                single(CIVILITY, "精神文明", "7-1", "精神文明建设成效。", 6, "区委文明办"),
                new CategoryTemplate(PUBLIC_SAFETY, "平安建设", "", CategoryRole.OTHER, Points.of(6), List.of(
                        new FixedItemTemplate(new IndicatorCode("8-1"), "平安建设", "平安建设成效。", Points.of(4),
                                "区委政法委"),
                        new FixedItemTemplate(new IndicatorCode("8-2"), "安全生产", "安全生产工作成效。", Points.of(1),
                                "区应急管理局"),
                        new FixedItemTemplate(new IndicatorCode("8-3"), "消防安全", "消防安全工作成效。", Points.of(1),
                                "区消防救援大队")), 8, "")),
                RuleSettings.defaults().withCapAtLastYear(true));
    }

    private static CategoryTemplate authored(String key, String name, CategoryRole role, Points points, int number) {
        return new CategoryTemplate(key, name, FUNCTIONAL_GROUP, role, points, List.of(), number, "");
    }

    private static CategoryTemplate single(String key, String name, String code, String text, int points,
                                           String leadDepartment) {
        return new CategoryTemplate(key, name, "", CategoryRole.OTHER, Points.of(points),
                List.of(new FixedItemTemplate(new IndicatorCode(code), "", text, Points.of(points))),
                new IndicatorCode(code).leadingNumber(), leadDepartment);
    }

    private static List<FixedItemTemplate> administrativeCapacity2025() {
        String party = "从严治党";
        String law = "依法履职";
        String efficiency = "机关效能";
        return List.of(
                fixed("4-1", party, "全面落实从严治党主体责任、党委（党组）意识形态工作责任制。", "1"),
                fixed("4-2", party, "开展深入贯彻中央八项规定精神学习教育、巡视巡察问题整改落实情况。", "1"),
                fixed("4-3", party, "完成信息报送任务。", "1", "市委办"),
                fixed("4-4", party, "规范开展政务公开工作。", "1", "市委办"),
                fixed("4-5", party, "加强网站及新媒体建设管理。", "1", "市委办"),
                fixed("4-6", party, "规范执行处分程序和处分备案工作，依法依规开展表彰奖励和创建示范活动。", "1"),
                fixed("4-7", party, "自觉接受人大代表、政协委员监督，及时答复代表建议和委员提案。", "1"),
                fixed("5-1", law, "加强财政资金预算管理，严格控制一般性支出，提升预算绩效管理水平。", "1", "市财政局"),
                fixed("5-2", law, "依照《信访工作条例》做好信访工作。", "1", "市信访局"),
                fixed("5-3", law, "优化营商环境，推进行政审批制度改革，完善社会信用体系。", "1"),
                fixed("5-4", law, "落实垃圾分类工作。", "1"),
                fixed("5-5", law, "做好一体化行政执法平台建设及推广应用。", "1"),
                fixed("5-6", law, "依据参加绩效考评工作，做好本单位绩效管理和二级绩效管理工作。", "1"),
                fixed("6-1", efficiency, "优化政务服务，提升政务服务效率。", "1"),
                fixed("6-2", efficiency, "做好数字政府建设相关工作。", "1", "市数据管理局"),
                fixed("6-3", efficiency, "提升12345政务服务热线群众诉求办理质量。", "1", "市数据管理局"),
                fixed("6-4", efficiency, "落实《整治形式主义为基层减负若干规定》，为基层减负落实情况。", "1"),
                fixed("6-5", efficiency, "改革创新，至少形成1项最具创新性、成效性、推广性的创新成果。", "3"));
    }

    /** The 2025 items reweighted to 004's sub-areas: 从严治党 6, 依法履职 8, 机关效能 6. */
    private static List<FixedItemTemplate> administrativeCapacityDistrict() {
        String party = "从严治党";
        String law = "依法履职";
        String efficiency = "机关效能";
        return List.of(
                fixed("4-1", party, "全面落实从严治党主体责任、党委（党组）意识形态工作责任制。", "1"),
                fixed("4-2", party, "开展深入贯彻中央八项规定精神学习教育、巡视巡察问题整改落实情况。", "1"),
                fixed("4-3", party, "完成信息报送任务。", "1", "区委办"),
                fixed("4-4", party, "规范开展政务公开工作。", "1", "区委办"),
                fixed("4-5", party, "加强网站及新媒体建设管理。", "1", "区委办"),
                fixed("4-6", party, "自觉接受人大代表、政协委员监督，及时答复代表建议和委员提案。", "1"),
                fixed("5-1", law, "加强财政资金预算管理，严格控制一般性支出，提升预算绩效管理水平。", "2", "区财政局"),
                fixed("5-2", law, "依照《信访工作条例》做好信访工作。", "2", "区信访局"),
                fixed("5-3", law, "优化营商环境，推进行政审批制度改革，完善社会信用体系。", "1"),
                fixed("5-4", law, "落实垃圾分类工作。", "1"),
                fixed("5-5", law, "做好一体化行政执法平台建设及推广应用。", "1"),
                fixed("5-6", law, "依据参加绩效考评工作，做好本单位绩效管理和二级绩效管理工作。", "1"),
                fixed("6-1", efficiency, "优化政务服务，提升政务服务效率。", "1"),
                fixed("6-2", efficiency, "做好数字政府建设相关工作。", "1", "区数据管理局"),
                fixed("6-3", efficiency, "提升12345政务服务热线群众诉求办理质量。", "1", "区数据管理局"),
                fixed("6-4", efficiency, "落实《整治形式主义为基层减负若干规定》，为基层减负落实情况。", "1"),
                fixed("6-5", efficiency, "改革创新，至少形成1项最具创新性、成效性、推广性的创新成果。", "2"));
    }

    private static FixedItemTemplate fixed(String code, String area, String text, String weight) {
        return fixed(code, area, text, weight, "");
    }

    private static FixedItemTemplate fixed(String code, String area, String text, String weight, String lead) {
        return new FixedItemTemplate(new IndicatorCode(code), area, text, Points.of(weight), lead);
    }
}
