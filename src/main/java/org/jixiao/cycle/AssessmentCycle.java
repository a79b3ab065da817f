package org.jixiao.cycle;

import org.jixiao.table.Points;
import org.jixiao.table.TableTemplate;
import org.jspecify.annotations.Nullable;

/**
 * 考评年度 — one year of assessment for one series, e.g. "2025年度 市直政府系列", with the table
 * template and rule settings every unit of the series works to.
 *
 * @param copiedFrom the cycle this one was copied from (last year's), if any
 * @param version    optimistic-lock version of the cycle's settings
 */
public record AssessmentCycle(long id, int year, String series, CycleLevel level, TableTemplate template,
                              CycleStatus status, @Nullable Long copiedFrom, long version) {

    public AssessmentCycle(long id, int year, String series, TableTemplate template) {
        this(id, year, series, CycleLevel.CITY, template, CycleStatus.OPEN, null, 1);
    }

    /** Display name, e.g. "2025年度 市直政府系列". */
    public String name() {
        return year + "年度 " + series;
    }

    /** What a whole table totals in this cycle (100, or another scale such as 1000). */
    public Points totalPoints() {
        return template.rules().totalPoints();
    }

    public boolean isOpen() {
        return status == CycleStatus.OPEN;
    }
}
