package org.jixiao.cycle;

import org.jixiao.table.TableTemplate;

/**
 * 考评年度 — one year of assessment for one series, e.g. "2025年度 市直政府系列", with the table
 * template and rule settings every unit of the series works to.
 */
public record AssessmentCycle(long id, int year, String series, TableTemplate template) {

    /** Display name, e.g. "2025年度 市直政府系列". */
    public String name() {
        return year + "年度 " + series;
    }
}
