package org.jixiao.cycle;

/** Whether a cycle is still being worked on. */
public enum CycleStatus {
    /** 进行中 — units author and report, the office assesses. */
    OPEN,
    /** 已关闭 — the year is over: everything in it is read-only. */
    CLOSED
}
