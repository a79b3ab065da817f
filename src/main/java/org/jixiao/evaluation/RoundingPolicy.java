package org.jixiao.evaluation;

/**
 * When figures are rounded. A spreadsheet keeps every item exact and rounds the composite once;
 * some offices round every item first and add the rounded items. The two may differ by a few
 * hundredths (items 33.333… ×3 give 100.00 rounded once, 99.99 rounded per item).
 */
public enum RoundingPolicy {
    /** Items, table score and parts stay exact; only the composite is rounded (本系统默认). */
    ONCE_AT_END("只在综合得分处舍入一次"),
    /** Every item score is rounded with the item rounding before the table score adds them up. */
    PER_ITEM("每项指标得分先舍入再合计");

    private final String label;

    RoundingPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
