package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a computed figure is rounded: number of decimals and the rounding mode (default 2, HALF_UP,
 * i.e. 四舍五入 to 0.01).
 */
public record Rounding(int scale, RoundingMode mode) {

    public static final Rounding HUNDREDTHS = new Rounding(2, RoundingMode.HALF_UP);

    /**
     * What "not rounded" means where a division cannot be exact (a mean of 3 scores): 10 decimals,
     * far below anything shown, so that rounding once at the end gives the spreadsheet's figure.
     */
    public static final Rounding EXACT = new Rounding(10, RoundingMode.HALF_UP);

    public Rounding {
        if (scale < 0 || scale > 10) {
            throw new IllegalArgumentException("保留小数位数应在 0 到 10 之间，当前为 " + scale);
        }
        if (mode == null || mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("请指定舍入方式（如 HALF_UP 四舍五入）");
        }
    }

    public BigDecimal apply(BigDecimal value) {
        return value.setScale(scale, mode);
    }

    /** {@code dividend / divisor} rounded; the caller guarantees a non-zero divisor. */
    public BigDecimal divide(BigDecimal dividend, int divisor) {
        return dividend.divide(BigDecimal.valueOf(divisor), scale, mode);
    }
}
