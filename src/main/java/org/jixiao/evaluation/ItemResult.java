package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jspecify.annotations.Nullable;

/**
 * One item's score and how it came about.
 *
 * @param source      what decided the score
 * @param tier        the tier with its promotion and points, when an assessed tier exists
 * @param raterScores every rater score as entered
 * @param panel       the aggregation of the rater scores, when there are any
 * @param score       the item score, within [0, weight]; 0 when pending
 */
public record ItemResult(IndicatorCode code, String name, Points weight, ScoreSource source,
                         @Nullable TierOutcome tier, List<RaterScore> raterScores, @Nullable PanelOutcome panel,
                         BigDecimal score) {

    public ItemResult {
        raterScores = List.copyOf(raterScores);
    }

    public boolean isPending() {
        return source == ScoreSource.PENDING;
    }
}
