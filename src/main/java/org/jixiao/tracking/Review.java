package org.jixiao.tracking;

/** Where a progress report stands with the office (考评办). */
public enum Review {
    /** 待审核 — submitted; the unit may still correct it. */
    SUBMITTED("待审核"),
    /** 已审核 — accepted by the office; it no longer changes. */
    ACCEPTED("已审核"),
    /** 已退回 — returned with a reason; the unit corrects and submits again. */
    RETURNED("已退回");

    private final String label;

    Review(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
