package org.jixiao.evaluation;

/** How a quota band ("优秀不超过 20%") treats units that share a rank across the quota's edge. */
public enum TieRule {
    /** The quota is never exceeded: units tied across the edge all fall to the next band (本系统默认). */
    STRICT("严格按名额，跨越名额线的并列单位均不进入该等次"),
    /** Units sharing a rank share the band, even when that exceeds the quota. */
    TIES_SHARE("并列单位同享等次，可超出名额");

    private final String label;

    TieRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
