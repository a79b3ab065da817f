package org.jixiao.organization;

/** What an account may do. */
public enum Role {
    /** 考评办管理员 — reads and edits every unit's table of every cycle. */
    ADMIN,
    /** 单位经办人 — edits its own unit's tables only. */
    UNIT_CLERK,
    /** 单位领导 — reads its own unit's tables only. */
    UNIT_LEADER
}
