package org.jixiao.plan;

/** The named transitions of a plan, as the page's buttons and the API's {@code action} name them. */
public enum PlanAction {
    /** 提交 — the unit's clerk submits a table without errors. */
    SUBMIT("提交审核"),
    /** 开始审核 — the office opens the peer review, or the office review where the cycle has none. */
    START_PEER_REVIEW("开始同组互审"),
    /** 结束互审 — the office closes the peer review and audits the table itself. */
    FINISH_PEER_REVIEW("结束同组互审"),
    /** 审核通过 — the office passes the table on to the unit's leader. */
    PASS_OFFICE_REVIEW("集中审核通过"),
    /** 审定 — the unit's leader confirms the table. */
    LEADER_APPROVE("领导审定"),
    /** 批复 — the office approves the table with its 批复 text. */
    APPROVE("批复"),
    /** 公示 — the office publishes the approved table. */
    PUBLISH("公示"),
    /** 退回修改 — a reviewer sends the table back to the unit with a reason. */
    RETURN("退回修改"),
    /** 申请年中调整 — the unit's clerk names rows of the approved table to change, with a reason. */
    REQUEST_ADJUSTMENT("申请年中调整"),
    /** 同意调整 — the office accepts the adjusted table; it becomes the next version. */
    APPROVE_ADJUSTMENT("同意年中调整"),
    /** 驳回调整 — the office refuses the adjustment; the table goes back to its last version. */
    REJECT_ADJUSTMENT("驳回年中调整");

    private final String label;

    PlanAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
