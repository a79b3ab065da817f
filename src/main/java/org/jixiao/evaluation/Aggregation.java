package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** How the central assessment group's scores for one item become one figure. */
public enum Aggregation {

    /** 平均分: the arithmetic mean of all scores. */
    MEAN("平均分"),
    /**
     * 去掉一个最高分和一个最低分后取平均: exactly one highest and one lowest score are dropped even when
     * several raters gave it (the first entered of the tied scores is the one dropped); with fewer
     * than 3 scores nothing is dropped and the mean is taken.
     */
    TRIMMED_MEAN("去掉一个最高分和一个最低分后的平均分"),
    /** 中位数: the middle score; with an even number, the mean of the two middle scores. */
    MEDIAN("中位数");

    private final String label;

    Aggregation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Aggregates the scores of one item. Never divides by zero: with no scores there is nothing to
     * aggregate, and the caller reports the item as pending instead.
     *
     * @throws IllegalArgumentException when {@code scores} is empty
     */
    public PanelOutcome aggregate(List<BigDecimal> scores, Rounding rounding) {
        return aggregate(scores, rounding, ScoringSettings.TRIM_MINIMUM);
    }

    /**
     * Aggregates with a configured minimum for the trimmed mean: with fewer than {@code trimMinimum}
     * scores nothing is dropped and the mean is taken.
     */
    public PanelOutcome aggregate(List<BigDecimal> scores, Rounding rounding, int trimMinimum) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("没有评分，无法汇总（应显示为未评分）");
        }
        return switch (this) {
            case MEAN -> mean(scores, List.of(), MEAN, rounding);
            case TRIMMED_MEAN -> trimmed(scores, rounding, trimMinimum);
            case MEDIAN -> median(scores, rounding);
        };
    }

    private PanelOutcome trimmed(List<BigDecimal> scores, Rounding rounding, int trimMinimum) {
        if (scores.size() < Math.max(3, trimMinimum)) {
            return mean(scores, List.of(), MEAN, rounding);
        }
        List<Integer> ascending = ascendingIndices(scores);
        int lowest = ascending.get(0);
        // the highest score entered first: among equal maxima, the smallest index
        BigDecimal max = scores.get(ascending.get(ascending.size() - 1));
        int highest = IntStream.range(0, scores.size())
                .filter(i -> i != lowest && scores.get(i).compareTo(max) == 0).findFirst().orElseThrow();
        return mean(scores, List.of(Math.min(lowest, highest), Math.max(lowest, highest)), TRIMMED_MEAN,
                rounding);
    }

    private static PanelOutcome mean(List<BigDecimal> scores, List<Integer> dropped, Aggregation applied,
                                     Rounding rounding) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < scores.size(); i++) {
            if (!dropped.contains(i)) {
                sum = sum.add(scores.get(i));
            }
        }
        int counted = scores.size() - dropped.size();
        return new PanelOutcome(applied, dropped, sum, counted, rounding.divide(sum, counted));
    }

    private static PanelOutcome median(List<BigDecimal> scores, Rounding rounding) {
        List<Integer> ascending = ascendingIndices(scores);
        int n = scores.size();
        List<Integer> middle = n % 2 == 1
                ? List.of(ascending.get(n / 2))
                : List.of(ascending.get(n / 2 - 1), ascending.get(n / 2));
        List<Integer> dropped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!middle.contains(i)) {
                dropped.add(i);
            }
        }
        BigDecimal sum = middle.stream().map(scores::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PanelOutcome(MEDIAN, dropped, sum, middle.size(), rounding.divide(sum, middle.size()));
    }

    /** Indices of the scores from lowest to highest; equal scores keep the order they were entered. */
    private static List<Integer> ascendingIndices(List<BigDecimal> scores) {
        return IntStream.range(0, scores.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> scores.get(i)).thenComparing(i -> i))
                .toList();
    }
}
