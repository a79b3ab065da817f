package org.jixiao.table;

/**
 * One fixed item of a category whose content the assessment office sets (行政能力目标 items,
 * 精神文明建设成效 …): units fill in who answers for it, never its text or weight.
 *
 * @param code           序号 as the template numbers it, e.g. 4-1
 * @param area           sub-area, e.g. 从严治党; empty when the category has none
 * @param text           the item's content
 * @param weight         权重
 * @param leadDepartment 牵头部门 that scores this item (市财政局 for 5-1); empty when the category's applies
 */
public record FixedItemTemplate(IndicatorCode code, String area, String text, Points weight, String leadDepartment) {

    public FixedItemTemplate {
        if (code == null) {
            throw new IllegalArgumentException("固定指标需要序号");
        }
        if (weight == null) {
            throw new IllegalArgumentException("固定指标 " + code + " 需要权重");
        }
        area = area == null ? "" : area.strip();
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("固定指标内容不能为空");
        }
        leadDepartment = leadDepartment == null ? "" : leadDepartment.strip();
    }

    /** An item without a lead department of its own. */
    public FixedItemTemplate(IndicatorCode code, String area, String text, Points weight) {
        this(code, area, text, weight, "");
    }
}
