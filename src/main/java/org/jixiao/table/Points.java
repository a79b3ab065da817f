package org.jixiao.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * 分值 / 权重 — a non-negative number of points with at most two decimals (e.g. 1.5).
 * Stored with scale 2 so that equal amounts are equal objects.
 */
public record Points(BigDecimal value) implements Comparable<Points> {

    public static final int SCALE = 2;
    public static final Points ZERO = new Points(BigDecimal.ZERO);

    public Points {
        if (value == null) {
            throw new IllegalArgumentException("分值不能为空");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("分值不能为负数：" + value.toPlainString());
        }
        try {
            value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("分值最多保留两位小数：" + value.toPlainString());
        }
    }

    public static Points of(String text) {
        try {
            return new Points(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("“" + text + "”不是有效的分值");
        }
    }

    public static Points of(long value) {
        return new Points(BigDecimal.valueOf(value));
    }

    public static Points sum(Collection<Points> points) {
        return points.stream().reduce(ZERO, Points::plus);
    }

    public Points plus(Points other) {
        return new Points(value.add(other.value));
    }

    public Points minus(Points other) {
        BigDecimal difference = value.subtract(other.value);
        return new Points(difference.signum() < 0 ? difference.negate() : difference);
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean exceeds(Points other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Points other) {
        return value.compareTo(other.value);
    }

    /** Shortest plain form: 4, 1.5, 0.25. */
    @Override
    public String toString() {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
