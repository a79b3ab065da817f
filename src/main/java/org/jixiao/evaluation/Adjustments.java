package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit's adjustments as the explanation shows them.
 *
 * @param incentives        every award with the points its level earns
 * @param bonusClaimed      sum of the award points
 * @param bonusCap          the cap from the formula
 * @param bonus             what counts: the smaller of claimed and cap
 * @param deductions        every spot-check deduction with its reason
 * @param deductionClaimed  sum of the deductions as entered
 * @param deductionCap      the cap from the formula, {@code null} when none
 * @param deductionTotal    what counts: the smaller of the sum and the cap
 */
public record Adjustments(List<AwardedIncentive> incentives, BigDecimal bonusClaimed, BigDecimal bonusCap,
                          BigDecimal bonus, List<Deduction> deductions, BigDecimal deductionClaimed,
                          @Nullable BigDecimal deductionCap, BigDecimal deductionTotal) {

    public Adjustments {
        incentives = List.copyOf(incentives);
        deductions = List.copyOf(deductions);
    }

    /** An award and the points its level earns. */
    public record AwardedIncentive(Incentive incentive, BigDecimal points) {
    }
}
