package org.jixiao.evaluation;

import java.math.BigDecimal;

/**
 * One tier (档) of a coefficient scheme: its name and the share of the weight it earns,
 * e.g. 较好 0.9.
 */
public record Tier(String name, BigDecimal coefficient) {

    public Tier {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("档次名称不能为空");
        }
        name = name.strip();
        if (coefficient == null || coefficient.signum() < 0 || coefficient.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("档次“" + name + "”的系数应在 0 到 1 之间，当前为 "
                    + (coefficient == null ? "空" : coefficient.toPlainString()));
        }
    }
}
