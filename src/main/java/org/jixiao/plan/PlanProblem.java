package org.jixiao.plan;

/** Why a plan transition or a change of a planned table was refused. Codes are stable for the API. */
public enum PlanProblem {
    /** The plan is not in a state that allows the transition. */
    NOT_IN_STATE,
    /** The person may not take this transition. */
    NOT_ALLOWED,
    /** A return needs a reason the unit can act on. */
    REASON_REQUIRED,
    /** The table still has error findings; they are listed. */
    HAS_ERRORS,
    /** The office's approval needs its 批复 text. */
    APPROVAL_TEXT_REQUIRED,
    /** The office approves only after the unit's leader confirmed the table. */
    LEADER_NOT_CONFIRMED,
    /** A peer comment needs text. */
    COMMENT_REQUIRED,
    /** A row named in a return or comment is not a row of the table. */
    UNKNOWN_ROW,
    /** The table is submitted or approved and may not be changed. */
    LOCKED,
    /** Year-end work needs an approved table. */
    NOT_APPROVED,
    /** A mid-year adjustment names the rows it will change. */
    ADJUSTMENT_ROWS_REQUIRED,
    /** The version asked for does not exist. */
    VERSION_NOT_FOUND;

    /** "PLAN_NOT_IN_STATE". */
    public String code() {
        return "PLAN_" + name();
    }
}
