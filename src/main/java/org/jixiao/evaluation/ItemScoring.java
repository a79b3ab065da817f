package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Scores one item: rater scores first, else the promoted tier, else pending. */
final class ItemScoring {

    private ItemScoring() {
    }

    static ItemResult score(ScoredItem item, ScoringSettings settings, @Nullable Integer expectedScores) {
        BigDecimal weight = item.weight().value();
        Rounding rounding = settings.workingRounding();
        boolean exact = settings.roundingPolicy() == RoundingPolicy.ONCE_AT_END;
        TierOutcome tier = tier(item, settings.schemes().get(item.scheme()), weight, rounding, exact);
        if (!item.raterScores().isEmpty()) {
            PanelOutcome panel = settings.aggregation().aggregate(item.scoreValues(), rounding, settings.trimMinimum());
            if (exact) {
                panel = new PanelOutcome(panel.applied(), panel.dropped(), panel.sum(), panel.counted(),
                        tidy(panel.value()));
            }
            BigDecimal score = clamp(panel.value(), weight, rounding);
            return new ItemResult(item.code(), item.name(), item.weight(), ScoreSource.RATERS, tier,
                    item.raterScores(), panel, exact ? tidy(score) : score, expectedScores);
        }
        if (tier != null) {
            return new ItemResult(item.code(), item.name(), item.weight(), ScoreSource.TIER, tier,
                    item.raterScores(), null, tier.points(), expectedScores);
        }
        return new ItemResult(item.code(), item.name(), item.weight(), ScoreSource.PENDING, null,
                item.raterScores(), null, exact ? tidy(BigDecimal.ZERO) : rounding.apply(BigDecimal.ZERO),
                expectedScores);
    }

    private static @Nullable TierOutcome tier(ScoredItem item, @Nullable GradeScheme scheme, BigDecimal weight,
                                              Rounding rounding, boolean exact) {
        Integer assessed = item.tier();
        if (assessed == null || scheme == null) {
            return null;
        }
        int promoted = Math.max(1, assessed - item.promotions().size());
        BigDecimal points = clamp(rounding.apply(scheme.points(weight, promoted)), weight, rounding);
        points = exact ? tidy(points) : points;
        BigDecimal coefficient = scheme instanceof GradeScheme.Coefficients c ? c.coefficient(promoted) : null;
        BigDecimal differential = scheme instanceof GradeScheme.Differential d ? d.differential() : null;
        return new TierOutcome(item.scheme(), assessed, item.promotions(), promoted, scheme.tierName(promoted),
                coefficient, differential, points);
    }

    /**
     * Keeps a rounded score within [0, weight]: with fewer decimals than the weight has, rounding
     * could otherwise lift a score above it (1.5 rounded to 0 decimals is 2).
     */
    private static BigDecimal clamp(BigDecimal score, BigDecimal weight, Rounding rounding) {
        if (score.compareTo(weight) > 0) {
            return weight.setScale(rounding.scale(), RoundingMode.DOWN);
        }
        return score.signum() < 0 ? rounding.apply(BigDecimal.ZERO) : score;
    }

    /** The same value without trailing zeros beyond 2 decimals (36.6000000000 → 36.60), as shown. */
    static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
