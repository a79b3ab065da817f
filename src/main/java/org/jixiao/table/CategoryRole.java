package org.jixiao.table;

/**
 * What a category is for, whatever a city calls it. Rules refer to roles, never to names.
 */
public enum CategoryRole {
    /** 重点工作目标 — key work of the 职能工作目标, authored by the unit. */
    KEY_WORK,
    /** 常规工作目标 — routine statutory work of the 职能工作目标, authored by the unit. */
    ROUTINE_WORK,
    /** 动态工作目标 — work added during the year; optional, capped. */
    DYNAMIC_WORK,
    /** 行政能力目标 — a fixed list of items and weights set by the assessment office. */
    ADMINISTRATIVE_CAPACITY,
    /** A single-area category scored as it is given (精神文明, 平安建设, 安全生产, 消防安全 …). */
    OTHER;

    /** Whether the category belongs to 职能工作目标 and its indicators are written by the unit. */
    public boolean isFunctional() {
        return this == KEY_WORK || this == ROUTINE_WORK || this == DYNAMIC_WORK;
    }
}
