package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The assessment office's rules for one cycle, as far as scoring is concerned.
 *
 * @param maxRaters        size of the central assessment group, 1–7: no item may have more scores
 * @param aggregation      how an item's rater scores are combined
 * @param itemRounding     rounding of every item score (default 2 decimals, HALF_UP)
 * @param schemes          grade schemes by name, referred to by items
 * @param incentiveLevels  正向激励 award level → points, e.g. 国家级 → 2
 * @param formula          the composite formula
 * @param bands            how 等次 are given
 */
public record ScoringSettings(
        int maxRaters,
        Aggregation aggregation,
        Rounding itemRounding,
        Map<String, GradeScheme> schemes,
        Map<String, BigDecimal> incentiveLevels,
        CompositeFormula formula,
        RatingBands bands) {

    public static final int MAX_PANEL = 7;

    public ScoringSettings {
        if (maxRaters < 1 || maxRaters > MAX_PANEL) {
            throw new IllegalArgumentException("集中考评组人数应为 1 到 7 人，当前为 " + maxRaters);
        }
        if (aggregation == null || itemRounding == null || formula == null || bands == null) {
            throw new IllegalArgumentException("评分规则须给出汇总方式、舍入方式、综合得分公式和等次划分");
        }
        schemes = Map.copyOf(schemes);
        incentiveLevels = Map.copyOf(incentiveLevels);
        incentiveLevels.forEach((level, points) -> {
            if (points.signum() < 0) {
                throw new IllegalArgumentException("正向激励“" + level + "”的加分不能为负数");
            }
        });
    }

    /**
     * Defaults that work out of the box: 7 raters, trimmed mean, the coefficient scheme 好 1.0 / 较好 0.9
     * / 一般 0.8 / 差 0.6 as {@code 系数四档}, 三档层差法 with a differential of 0.5 as {@code 三档层差},
     * seed 001's composite formula, bands ≥90 优秀, ≥80 良好, ≥60 合格, else 不合格.
     */
    public static ScoringSettings defaults() {
        GradeScheme coefficients = new GradeScheme.Coefficients(List.of(
                new Tier("好", new BigDecimal("1.0")), new Tier("较好", new BigDecimal("0.9")),
                new Tier("一般", new BigDecimal("0.8")), new Tier("差", new BigDecimal("0.6"))));
        GradeScheme differential = new GradeScheme.Differential(List.of("一档", "二档", "三档"),
                new BigDecimal("0.5"));
        return new ScoringSettings(MAX_PANEL, Aggregation.TRIMMED_MEAN, Rounding.HUNDREDTHS,
                Map.of("系数四档", coefficients, "三档层差", differential),
                Map.of("国家级", new BigDecimal("2"), "省级", new BigDecimal("1"), "市级", new BigDecimal("0.5")),
                CompositeFormula.SEED_001,
                new RatingBands.Thresholds(List.of(
                        new RatingBands.Threshold("优秀", new BigDecimal("90")),
                        new RatingBands.Threshold("良好", new BigDecimal("80")),
                        new RatingBands.Threshold("合格", new BigDecimal("60")),
                        new RatingBands.Threshold("不合格", null))));
    }

    public ScoringSettings withAggregation(Aggregation other) {
        return new ScoringSettings(maxRaters, other, itemRounding, schemes, incentiveLevels, formula, bands);
    }

    public ScoringSettings withFormula(CompositeFormula other) {
        return new ScoringSettings(maxRaters, aggregation, itemRounding, schemes, incentiveLevels, other, bands);
    }

    public ScoringSettings withBands(RatingBands other) {
        return new ScoringSettings(maxRaters, aggregation, itemRounding, schemes, incentiveLevels, formula, other);
    }
}
