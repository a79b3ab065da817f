package org.jixiao.plan;

/** Why a version of a table was frozen. */
public enum VersionKind {
    /** 批复 — the office approved the table: version 1. */
    INITIAL("批复"),
    /** 年中调整 — the office approved a mid-year adjustment: every later version. */
    ADJUSTMENT("年中调整");

    private final String label;

    VersionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
