package org.jixiao.cycle;

/** 考评层级 — which government level a cycle assesses. */
public enum CycleLevel {
    /** 市直 — the city's departments (市直政府系列, 市直党群系列). */
    CITY,
    /** 县（市、区） — counties and districts. */
    DISTRICT,
    /** 乡镇（街道） — townships and sub-districts. */
    TOWNSHIP
}
