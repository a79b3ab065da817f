package org.jixiao.evaluation;

/** Where an item's score came from; the order of precedence is the order of the constants. */
public enum ScoreSource {
    /** The central assessment group scored it: the configured aggregation of the scores it has. */
    RATERS("集中考评组打分"),
    /** No rater score yet, but an assessed tier: the tier's points after promotion. */
    TIER("考评定档"),
    /** Neither: 未评分. It counts 0 and is reported as pending. */
    PENDING("未评分");

    private final String label;

    ScoreSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
