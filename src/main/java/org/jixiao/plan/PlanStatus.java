package org.jixiao.plan;

/**
 * Where a unit's target table stands in the plan phase of a cycle (制定方案 → 批复 → 公示). From
 * {@link #SUBMITTED} on, the table is locked: nobody edits, imports or copies over it, except the
 * rows a mid-year adjustment names while it is {@link #ADJUSTING}.
 */
public enum PlanStatus {
    /** 草稿 — the unit's clerk writes, imports and corrects the table; nobody reviews it yet. */
    DRAFT("草稿"),
    /** 已提交 — locked; waits for the office to open the review (or to return it). */
    SUBMITTED("已提交"),
    /** 同组互审 — clerks of the other units of the group comment row by row; the office closes it or returns it. */
    PEER_REVIEW("同组互审"),
    /** 集中审核 — the office (考评办) audits the table and passes it on to the unit's leader, or returns it. */
    OFFICE_REVIEW("集中审核"),
    /** 审定 — the unit's leader confirms the table (or returns it); then the office gives its 批复. */
    LEADER_APPROVAL("审定"),
    /** 已批复 — approved with the office's 批复 text; year-end work runs on it; the office may publish it. */
    APPROVED("已批复"),
    /** 已公示 — published for public scrutiny; year-end work runs on it; nothing changes any more. */
    PUBLISHED("已公示"),
    /**
     * 年中调整中 — the unit asked to change named rows of its approved table: only those rows (and
     * second-level rows under named first-level rows) may change; year-end work waits until the office
     * approves the adjustment (next version) or rejects it (the last version comes back).
     */
    ADJUSTING("年中调整中");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    /** The official Chinese name, e.g. 同组互审. */
    public String label() {
        return label;
    }

    /** Whether the table may no longer be changed. */
    public boolean isLocked() {
        return this != DRAFT;
    }

    /** Whether someone reviews the table now, and so may return it to the unit. */
    public boolean isUnderReview() {
        return this == SUBMITTED || this == PEER_REVIEW || this == OFFICE_REVIEW || this == LEADER_APPROVAL;
    }

    /** Whether a mid-year adjustment is open: only the rows it names may change. */
    public boolean isAdjusting() {
        return this == ADJUSTING;
    }

    /** Whether year-end work (self-evaluation, scoring) may run on the table. */
    public boolean isApproved() {
        return this == APPROVED || this == PUBLISHED;
    }
}
