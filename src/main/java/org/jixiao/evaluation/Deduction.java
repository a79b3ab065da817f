package org.jixiao.evaluation;

import java.math.BigDecimal;

/** 察访核验扣分 — points deducted after a spot check, with the reason a person can verify. */
public record Deduction(BigDecimal points, String reason) {

    public Deduction {
        if (points == null || points.signum() < 0) {
            throw new IllegalArgumentException("扣分应为不小于 0 的分值");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("察访核验扣分须注明原因");
        }
        reason = reason.strip();
    }
}
