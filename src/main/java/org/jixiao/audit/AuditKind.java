package org.jixiao.audit;

/** What an audit entry records. */
public enum AuditKind {
    /** 考评表修改 — a row or field of a unit's target table was added, changed, moved or removed. */
    TABLE_CHANGED,
    /** 考评表导入 — a table was imported from a file or copied over from another cycle. */
    TABLE_IMPORTED,
    /** 考评表流转 — a table changed state (submitted, returned, approved, published…). */
    PLAN_TRANSITION,
    /** 自评 — a row's self-evaluation was saved, or the self-evaluation was submitted or reopened. */
    SELF_EVALUATION,
    /** 佐证材料 — an evidence file was uploaded or deleted. */
    EVIDENCE,
    /** 考评组打分 — a rater set or withdrew a score. */
    SCORE,
    /** 定档 — an assessed tier (考评办, 牵头部门) or a peer grade (同组互评) was set or withdrawn. */
    TIER,
    /** 加减分 — a promotion, incentive, deduction or public-appraisal score was added, changed or removed. */
    ADJUSTMENT,
    /** 设置 — a cycle's scoring settings or its rater assignments changed. */
    SETTINGS,
    /** 考评年度 — a cycle was opened, changed or changed state. */
    CYCLE,
    /** 组织机构 — a unit, group, department or person changed. */
    ORGANIZATION,
    /** 账号 — an account was created, changed, disabled or its password reset. */
    ACCOUNT,
    /** 登录 — somebody signed in on the sign-in page. */
    LOGIN,
    /** 登录失败 — a sign-in was refused (page or API); the actor is the user name that was tried. */
    LOGIN_FAILED,
    /** 退出登录 — somebody signed out. */
    LOGOUT,
    /** 发布结果 — a cycle's results were published as a numbered version. */
    RESULTS_PUBLISHED,
    /**
     * 会话 — a signed-in session was ended other than by signing out: forced by the 安全管理员, replaced by
     * a newer sign-in of the same account beyond the limit, or past the absolute session timeout.
     */
    SESSION,
    /** 解除锁定 — the 安全管理员 lifted a sign-in lockout before its window ended. */
    UNLOCK,
    /** 审计日志清理 — entries older than the retention period were removed; the chain now starts at an anchor. */
    RETENTION,
    /** 公示异议 — the office answered or closed a comment or objection the public sent about a published plan. */
    OBJECTION,
    /** 进展跟踪 — a period's progress report was submitted, corrected, accepted or returned, or an internal plan (二级绩效) changed. */
    PROGRESS,
    /** 安全策略 — the 安全管理员 changed the sign-in, password or session policy, or reset an account's second factor. */
    SECURITY_POLICY,
    /** 系统设置 — the 系统管理员 changed a deployment setting (site name, upload limits, reminders…). */
    SYSTEM_SETTINGS
}
