package org.jixiao.organization;

/** 单位层级 — the government level a unit belongs to. */
public enum UnitLevel {
    /** 市直单位 — a department of the city government or party committee. */
    CITY,
    /** 县（市、区） — a county or district. */
    DISTRICT,
    /** 乡镇（街道） — a township or sub-district, under a district. */
    TOWNSHIP
}
