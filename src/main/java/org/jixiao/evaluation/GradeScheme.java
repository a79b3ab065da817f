package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * 定档方案 — how an assessed tier turns into points. Tiers are numbered from 1 (the top tier);
 * promotion (晋档/提档) moves an item towards tier 1.
 */
public sealed interface GradeScheme {

    List<String> tierNames();

    /** Points the tier earns on an item of the given weight, before rounding; within [0, weight]. */
    BigDecimal points(BigDecimal weight, int tier);

    default int tierCount() {
        return tierNames().size();
    }

    default String tierName(int tier) {
        return tierNames().get(tier - 1);
    }

    /**
     * Tiers with coefficients, e.g. 好 1.0 / 较好 0.9 / 一般 0.8 / 差 0.6: a tier earns weight × coefficient.
     */
    record Coefficients(List<Tier> tiers) implements GradeScheme {

        public Coefficients {
            if (tiers == null || tiers.isEmpty()) {
                throw new IllegalArgumentException("系数定档方案至少需要一个档次");
            }
            tiers = List.copyOf(tiers);
        }

        @Override
        public List<String> tierNames() {
            return tiers.stream().map(Tier::name).toList();
        }

        public BigDecimal coefficient(int tier) {
            return tiers.get(tier - 1).coefficient();
        }

        @Override
        public BigDecimal points(BigDecimal weight, int tier) {
            return weight.multiply(coefficient(tier));
        }
    }

    /**
     * 三档层差法 — tier 1 earns the full weight, each lower tier the differential (in points) less,
     * never below 0: weight − differential × (tier − 1).
     */
    record Differential(List<String> tierNames, BigDecimal differential) implements GradeScheme {

        public Differential {
            if (tierNames == null || tierNames.isEmpty()) {
                throw new IllegalArgumentException("层差定档方案至少需要一个档次");
            }
            tierNames = tierNames.stream().map(String::strip).toList();
            if (tierNames.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("档次名称不能为空");
            }
            if (differential == null || differential.signum() < 0) {
                throw new IllegalArgumentException("层差应为不小于 0 的分值");
            }
        }

        @Override
        public BigDecimal points(BigDecimal weight, int tier) {
            BigDecimal points = weight.subtract(differential.multiply(BigDecimal.valueOf(tier - 1L)));
            return points.signum() < 0 ? BigDecimal.ZERO : points;
        }
    }
}
