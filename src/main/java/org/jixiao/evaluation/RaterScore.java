package org.jixiao.evaluation;

import java.math.BigDecimal;

/** One member of the central assessment group (集中考评组) and the score they gave an item. */
public record RaterScore(String rater, BigDecimal score) {

    public RaterScore {
        rater = rater == null ? "" : rater.strip();
        if (score == null) {
            throw new IllegalArgumentException("评分不能为空");
        }
    }
}
