package org.jixiao.evaluation;

/**
 * One step of grade promotion: raises an item's assessed tier by one, never above the top tier.
 *
 * @param kind   晋档 (national/provincial/city pilot) or 提档 (media coverage)
 * @param reason the pilot or the media coverage, with its level, e.g. 省级试点：智慧园区
 */
public record Promotion(Kind kind, String reason) {

    public enum Kind {
        /** 晋档: the item became a national, provincial or city pilot. */
        PILOT("晋档"),
        /** 提档: the item was covered by media of a named level. */
        MEDIA("提档");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Promotion {
        if (kind == null) {
            throw new IllegalArgumentException("请说明是晋档还是提档");
        }
        reason = reason == null ? "" : reason.strip();
    }
}
