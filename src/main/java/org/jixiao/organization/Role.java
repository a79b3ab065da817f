package org.jixiao.organization;

/** What an account may do. */
public enum Role {
    /** 考评办管理员 — reads and edits every unit's table of every cycle. */
    ADMIN,
    /** 单位经办人 — edits its own unit's tables only. */
    UNIT_CLERK,
    /** 单位领导 — reads its own unit's tables only. */
    UNIT_LEADER,
    /**
     * 集中考评组成员 — scores the items of the units assigned to them, never their own unit (the account's
     * unit, when it has one).
     */
    RATER,
    /** 牵头部门 — grades its own items (e.g. 精神文明 for 市委文明办) across every unit of a cycle. */
    LEAD_DEPARTMENT,
    /** 审计管理员 — reads and exports the audit trail (审计日志) and nothing else; belongs to no unit. */
    AUDITOR;

    /** Whether an account of this role must belong to a unit. */
    public boolean requiresUnit() {
        return this == UNIT_CLERK || this == UNIT_LEADER;
    }

    /** Whether this role acts for a unit (its tables, its self-evaluation, its results). */
    public boolean actsForUnit() {
        return requiresUnit();
    }
}
