package org.jixiao.organization;

import java.util.Arrays;
import java.util.List;

/**
 * What an account may do. The business roles run the assessment; the three administrator roles
 * (三员分立: 系统管理员, 安全管理员, 审计管理员) run the system and see no business data, and none of
 * them can read or change another's domain (docs/accounts.md has the matrix).
 */
public enum Role {
    /** 考评办管理员 — reads and edits every unit's table of every cycle; manages the accounts of the business roles. */
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
    /** 系统管理员 — manages every account (including the administrator roles); no business data, no audit trail. */
    SYSTEM_ADMIN,
    /** 安全管理员 — the security policy, sign-in lockouts and online sessions (forced sign-out); nothing else. */
    SECURITY_ADMIN,
    /** 审计管理员 — reads and exports the audit trail (审计日志) and nothing else; belongs to no unit. */
    AUDIT_ADMIN;

    /** Whether an account of this role must belong to a unit. */
    public boolean requiresUnit() {
        return this == UNIT_CLERK || this == UNIT_LEADER;
    }

    /** Whether this role acts for a unit (its tables, its self-evaluation, its results). */
    public boolean actsForUnit() {
        return requiresUnit();
    }

    /**
     * Whether this is one of the three system administrator roles (三员), which belong to no unit and
     * touch no business data.
     */
    public boolean isSystemAdministration() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
    }

    /**
     * Whether the 考评办 (ADMIN) may create and manage accounts of this role: the unit clerks and leaders,
     * raters and lead departments it works with. The administrator roles, ADMIN included, are granted
     * by the 系统管理员 only.
     */
    public boolean isManagedByOffice() {
        return this == UNIT_CLERK || this == UNIT_LEADER || this == RATER || this == LEAD_DEPARTMENT;
    }

    /** The roles the office (ADMIN) may grant, in declaration order. */
    public static List<Role> managedByOffice() {
        return Arrays.stream(values()).filter(Role::isManagedByOffice).toList();
    }
}
