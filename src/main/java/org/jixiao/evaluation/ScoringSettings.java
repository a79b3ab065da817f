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
 * @param roundingPolicy   round once at the end (default) or every item first
 * @param trimMinimum      fewest scores a trimmed mean drops the highest and lowest of, at least 3 (default 3)
 * @param provisional      whether units still pending get a rank and band, marked 暂定 (default: no)
 */
public record ScoringSettings(
        int maxRaters,
        Aggregation aggregation,
        Rounding itemRounding,
        Map<String, GradeScheme> schemes,
        Map<String, BigDecimal> incentiveLevels,
        CompositeFormula formula,
        RatingBands bands,
        RoundingPolicy roundingPolicy,
        int trimMinimum,
        boolean provisional) {

    public static final int MAX_PANEL = 7;
    public static final int TRIM_MINIMUM = 3;

    public ScoringSettings {
        if (maxRaters < 1 || maxRaters > MAX_PANEL) {
            throw new IllegalArgumentException("集中考评组人数应为 1 到 7 人，当前为 " + maxRaters);
        }
        if (aggregation == null || itemRounding == null || formula == null || bands == null) {
            throw new IllegalArgumentException("评分规则须给出汇总方式、舍入方式、综合得分公式和等次划分");
        }
        if (roundingPolicy == null) {
            throw new IllegalArgumentException("请指定舍入时机（最后舍入一次或每项先舍入）");
        }
        if (trimMinimum < TRIM_MINIMUM) {
            throw new IllegalArgumentException("去掉最高分和最低分至少需要 3 个评分，当前设置为 " + trimMinimum);
        }
        schemes = Map.copyOf(schemes);
        incentiveLevels = Map.copyOf(incentiveLevels);
        incentiveLevels.forEach((level, points) -> {
            if (points.signum() < 0) {
                throw new IllegalArgumentException("正向激励“" + level + "”的加分不能为负数");
            }
        });
    }

    /** Settings with the default rounding policy, trim minimum and no provisional results. */
    public ScoringSettings(int maxRaters, Aggregation aggregation, Rounding itemRounding,
                           Map<String, GradeScheme> schemes, Map<String, BigDecimal> incentiveLevels,
                           CompositeFormula formula, RatingBands bands) {
        this(maxRaters, aggregation, itemRounding, schemes, incentiveLevels, formula, bands,
                RoundingPolicy.ONCE_AT_END, TRIM_MINIMUM, false);
    }

    /** The rounding items are computed with: the item rounding per item, else exact until the end. */
    Rounding workingRounding() {
        return roundingPolicy == RoundingPolicy.PER_ITEM ? itemRounding : Rounding.EXACT;
    }

    /**
     * Defaults that work out of the box: 7 raters, trimmed mean, the coefficient scheme 好 1.0 / 较好 0.9
     * / 一般 0.8 / 差 0.6 as {@code 系数四档}, 三档层差法 with a differential of 0.5 as {@code 三档层差},
     * seed 001's composite formula (70% / 30%); the rest is 本系统默认 (no seed sets it): award points
     * 国家级 2 / 省级 1 / 市级 0.5, bonus cap 2, deduction cap 10, bands ≥90 优秀, ≥80 良好, ≥60 合格, else
     * 不合格, rounding once at the end to 0.01 HALF_UP.
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
                        new RatingBands.Threshold("不合格", null))),
                RoundingPolicy.ONCE_AT_END, TRIM_MINIMUM, false);
    }

    public ScoringSettings withAggregation(Aggregation other) {
        return new ScoringSettings(maxRaters, other, itemRounding, schemes, incentiveLevels, formula, bands,
                roundingPolicy, trimMinimum, provisional);
    }

    public ScoringSettings withFormula(CompositeFormula other) {
        return new ScoringSettings(maxRaters, aggregation, itemRounding, schemes, incentiveLevels, other, bands,
                roundingPolicy, trimMinimum, provisional);
    }

    public ScoringSettings withBands(RatingBands other) {
        return new ScoringSettings(maxRaters, aggregation, itemRounding, schemes, incentiveLevels, formula, other,
                roundingPolicy, trimMinimum, provisional);
    }

    public ScoringSettings withRoundingPolicy(RoundingPolicy other) {
        return new ScoringSettings(maxRaters, aggregation, itemRounding, schemes, incentiveLevels, formula, bands,
                other, trimMinimum, provisional);
    }

    public ScoringSettings withProvisional(boolean allowed) {
        return new ScoringSettings(maxRaters, aggregation, itemRounding, schemes, incentiveLevels, formula, bands,
                roundingPolicy, trimMinimum, allowed);
    }

    public ScoringSettings withTrimMinimum(int minimum) {
        return new ScoringSettings(maxRaters, aggregation, itemRounding, schemes, incentiveLevels, formula, bands,
                roundingPolicy, minimum, provisional);
    }
}
