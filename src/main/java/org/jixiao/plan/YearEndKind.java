package org.jixiao.plan;

/**
 * 年终数据 — what year-end work records against a row of the table (by row id). A change of the
 * table that drops such a row leaves this data without its row.
 */
public enum YearEndKind {
    SELF_EVALUATION("self_evaluation", "自评"),
    EVIDENCE("evidence_file", "佐证材料"),
    RATER_SCORE("rater_score", "考评组打分"),
    TIER("item_tier", "考评定档"),
    PEER_GRADE("peer_grade", "同组互评定档"),
    PROMOTION("item_promotion", "晋档/提档");

    private final String table;
    private final String label;

    YearEndKind(String table, String label) {
        this.table = table;
        this.label = label;
    }

    /** The table it is stored in, each with {@code cycle_id} and {@code row_id}. */
    String table() {
        return table;
    }

    public String label() {
        return label;
    }
}
