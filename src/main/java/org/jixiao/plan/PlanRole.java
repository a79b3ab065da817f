package org.jixiao.plan;

/** What a person is to one unit's plan; the transitions are guarded by it. */
public enum PlanRole {
    /** 考评办 — opens and runs the reviews, gives the 批复, publishes. */
    OFFICE("考评办"),
    /** 本单位经办人 — writes and submits the table. */
    CLERK("本单位经办人"),
    /** 本单位领导 — confirms the table (审定). */
    LEADER("本单位领导"),
    /** 同组单位经办人 — comments on the rows during the peer review (同组互审). */
    PEER("同组单位经办人"),
    /** Anyone else: no part in this plan. */
    NONE("无关人员");

    private final String label;

    PlanRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
