package org.jixiao.evaluation.assessment;

/** Where a unit's self-evaluation stands. */
public enum SubmissionStatus {
    /** 填报中 — the unit's clerk fills in and changes the self-evaluation and its evidence. */
    DRAFT,
    /** 已提交 — locked; the assessment office may reopen it with a reason. */
    SUBMITTED
}
