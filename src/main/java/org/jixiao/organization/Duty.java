package org.jixiao.organization;

/** What a person does in a unit's assessment. */
public enum Duty {
    /** 单位主要领导 — signs the table off. */
    PRINCIPAL_LEADER,
    /** 分管领导 — answers for the indicators of the departments they supervise. */
    SUPERVISING_LEADER,
    /** 科室负责人 — heads a department. */
    DEPARTMENT_HEAD,
    /** 责任人 — carries out an indicator. */
    RESPONSIBLE_STAFF,
    /** 经办人（绩效AB岗） — keeps the unit's performance paperwork. */
    CLERK
}
