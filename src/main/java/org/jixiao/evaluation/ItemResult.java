package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jspecify.annotations.Nullable;

/**
 * One item's score and how it came about.
 *
 * @param source         what decided the score
 * @param tier           the tier with its promotion and points, when an assessed tier exists
 * @param raterScores    every rater score as entered
 * @param panel          the aggregation of the rater scores, when there are any
 * @param score          the item score, within [0, weight]; 0 when nothing is in
 * @param expectedScores how many rater scores the item expects; {@code null} when the panel is unknown
 */
public record ItemResult(IndicatorCode code, String name, Points weight, ScoreSource source,
                         @Nullable TierOutcome tier, List<RaterScore> raterScores, @Nullable PanelOutcome panel,
                         BigDecimal score, @Nullable Integer expectedScores) {

    public ItemResult {
        raterScores = List.copyOf(raterScores);
    }

    /**
     * Whether the item is not final yet: nothing is in, or rater scores are in but fewer than the
     * panel expects (评分未齐). A tier alone completes an item nobody has scored.
     */
    public boolean isPending() {
        return source == ScoreSource.PENDING || scoresMissing() > 0;
    }

    /** How many expected rater scores are still missing (0 when the item is scored by tier or complete). */
    public int scoresMissing() {
        if (source != ScoreSource.RATERS || expectedScores == null) {
            return 0;
        }
        return Math.max(0, expectedScores - raterScores.size());
    }

    /** What is missing, for the list of pending items: "1-2（评分 2/7）" or "1-3（未评分）". */
    public String pendingLabel() {
        return source == ScoreSource.PENDING ? code + "（未评分）"
                : code + "（评分 " + raterScores.size() + "/" + expectedScores + "）";
    }
}
