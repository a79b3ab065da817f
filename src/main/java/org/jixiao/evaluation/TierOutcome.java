package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item's tier as the explanation shows it.
 *
 * @param scheme       name of the grade scheme
 * @param assessed     考评定档, 1 = top
 * @param promotions   the promotion steps recorded
 * @param finalTier    assessed tier raised one per step, never above tier 1
 * @param tierName     name of the final tier
 * @param coefficient  its coefficient (coefficient schemes), else {@code null}
 * @param differential the differential (三档层差法), else {@code null}
 * @param points       what the final tier earns on the item's weight, rounded with the item rounding
 */
public record TierOutcome(String scheme, int assessed, List<Promotion> promotions, int finalTier, String tierName,
                          @Nullable BigDecimal coefficient, @Nullable BigDecimal differential, BigDecimal points) {

    public TierOutcome {
        promotions = List.copyOf(promotions);
    }

    /** Steps that had no effect because the top tier was already reached. */
    public int promotionsWithoutEffect() {
        return promotions.size() - (assessed - finalTier);
    }
}
