package org.jixiao.plan;

/**
 * Where a unit's target table stands in the plan phase of a cycle (制定方案 → 批复 → 公示). From
 * {@link #SUBMITTED} on, the table is locked: nobody edits, imports or copies over it.
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
    PUBLISHED("已公示");

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

    /** Whether year-end work (self-evaluation, scoring) may run on the table. */
    public boolean isApproved() {
        return this == APPROVED || this == PUBLISHED;
    }
}
