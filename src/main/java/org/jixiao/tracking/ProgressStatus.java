package org.jixiao.tracking;

/** 进展状态 of a second-level indicator in a reporting period. */
public enum ProgressStatus {
    /** 未开始 — nothing done yet. */
    NOT_STARTED("未开始"),
    /** 推进中 — under way, on time. */
    IN_PROGRESS("推进中"),
    /** 已完成 — done; later periods need no report. */
    DONE("已完成"),
    /** 滞后 — behind its plan, as the unit itself reports. */
    BEHIND("滞后");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
