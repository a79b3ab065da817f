package org.jixiao.table;

/** 模板预设 — where a new cycle's template starts from when it is not copied from last year's. */
public enum TemplatePreset {
    /** 市直 — the city's 2025 template (seeds 000/002): 职能 70, 行政能力 20, 精神文明/平安建设/安全生产/消防安全. */
    CITY,
    /** 县（市、区） — the district template (seed 004): 职能, 行政能力 20, 精神文明 6, 平安建设 6, capped at last year's. */
    DISTRICT;

    /** The preset's template for {@code year}, scaled to {@code totalPoints} (100, 1000 …). */
    public TableTemplate template(int year, Points totalPoints) {
        TableTemplate template = switch (this) {
            case CITY -> StandardTemplates.cityGovernment(year);
            case DISTRICT -> StandardTemplates.district(year);
        };
        return template.rules().totalPoints().equals(totalPoints) ? template : template.scaledTo(totalPoints);
    }
}
