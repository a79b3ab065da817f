package org.jixiao.evaluation.assessment;

import java.util.UUID;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;

/**
 * A scored row of a unit's table (二级指标, or 一级指标 without second level) as the assessment sees it.
 *
 * @param rowId        the row's id in the target table
 * @param code         序号 as the engine numbers it (its position when the table gives none)
 * @param text         the indicator's text
 * @param weight       权重
 * @param categoryName the category it belongs to, e.g. 精神文明
 * @param area         the sub-area of a fixed item, e.g. 从严治党; empty otherwise
 */
public record ScoredRow(UUID rowId, IndicatorCode code, String text, Points weight, String categoryName, String area) {
}
