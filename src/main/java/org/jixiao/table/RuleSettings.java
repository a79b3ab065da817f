package org.jixiao.table;

import java.util.List;

/**
 * The thresholds and keyword lists the rule checks use. Defaults are the values of the real
 * documents (DOMAIN.md, "Rules a table must satisfy"); every cycle may change them.
 *
 * @param minFunctionalFirstLevel      least number of 一级指标 in 重点 + 常规 together (15)
 * @param capFunctionalAtLastYear      whether that number may not exceed last year's (district rule)
 * @param dynamicMaxPoints             most points 动态工作目标 may carry (10)
 * @param dynamicMinItems              least number of 动态 items when the category is set (2)
 * @param dynamicSingleItemPoints      what a single 动态 item counts (5)
 * @param administrativeKeywords       words whose content belongs to 行政能力目标, not 职能
 * @param mediaKeywords                words that mark media coverage used as evidence
 * @param mediaLevels                  words that name a media level in the remark
 * @param totalPoints                  what the whole table must total (100; 1000 elsewhere)
 */
public record RuleSettings(
        int minFunctionalFirstLevel,
        boolean capFunctionalAtLastYear,
        Points dynamicMaxPoints,
        int dynamicMinItems,
        Points dynamicSingleItemPoints,
        List<String> administrativeKeywords,
        List<String> mediaKeywords,
        List<String> mediaLevels,
        Points totalPoints) {

    public RuleSettings {
        if (minFunctionalFirstLevel < 0 || dynamicMinItems < 0) {
            throw new IllegalArgumentException("指标数量下限不能为负数");
        }
        administrativeKeywords = List.copyOf(administrativeKeywords);
        mediaKeywords = List.copyOf(mediaKeywords);
        mediaLevels = List.copyOf(mediaLevels);
    }

    public static RuleSettings defaults() {
        return new RuleSettings(15, false, Points.of(10), 2, Points.of(5),
                List.of("党建", "综治", "宣传", "精神文明", "文明城市", "文明单位"),
                List.of("媒体", "报道", "刊发", "刊登", "登载", "宣传推广"),
                List.of("中央级", "国家级", "省级", "市级", "县级", "区级", "中央", "国家", "省", "市"),
                Points.of(100));
    }

    public RuleSettings withCapAtLastYear(boolean cap) {
        return new RuleSettings(minFunctionalFirstLevel, cap, dynamicMaxPoints, dynamicMinItems,
                dynamicSingleItemPoints, administrativeKeywords, mediaKeywords, mediaLevels, totalPoints);
    }

    public RuleSettings withTotalPoints(Points total) {
        return new RuleSettings(minFunctionalFirstLevel, capFunctionalAtLastYear, dynamicMaxPoints, dynamicMinItems,
                dynamicSingleItemPoints, administrativeKeywords, mediaKeywords, mediaLevels, total);
    }
}
