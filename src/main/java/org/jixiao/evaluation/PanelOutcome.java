package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The aggregation of one item's rater scores, as the explanation shows it.
 *
 * @param applied the aggregation actually used (MEAN when a trimmed mean fell back for fewer than 3 scores)
 * @param dropped positions (0-based, in entry order) of the scores left out: the dropped highest and
 *                lowest of a trimmed mean; every score but the middle one(s) for a median
 * @param sum     sum of the counted scores
 * @param counted how many scores were counted
 * @param value   sum / counted, rounded with the item rounding
 */
public record PanelOutcome(Aggregation applied, List<Integer> dropped, BigDecimal sum, int counted,
                           BigDecimal value) {

    public PanelOutcome {
        dropped = List.copyOf(dropped);
    }
}
