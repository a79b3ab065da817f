package org.jixiao.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 二级绩效汇总 — how the parts of one row assigned to internal department plans add up: the row's
 * completion percentage weighted by each part's share, and the status the unit may report for the row
 * (all parts 已完成 → 已完成; any 滞后 → 滞后; anything reported → 推进中; else 未开始).
 *
 * @param parts   how many parts the row was split into
 * @param done    how many of them are reported 已完成
 * @param percent the weighted completion, 0–100, rounded half up
 * @param status  the status the roll-up suggests for the row
 */
public record RollUp(int parts, int done, int percent, ProgressStatus status) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One assigned part: its share of the row in percent ({@code null}: an equal part of what the
     * parts with a share leave), and its latest reported status and percentage ({@code null}: not reported).
     */
    public record Part(@Nullable BigDecimal share, @Nullable ProgressStatus status, @Nullable Integer percent) {

        /** What the part has achieved: 已完成 counts 100, otherwise its percentage (none: 0). */
        int achieved() {
            if (status == ProgressStatus.DONE) {
                return 100;
            }
            return percent == null ? 0 : Math.max(0, Math.min(100, percent));
        }
    }

    /** The roll-up of a row's parts; a row without parts is 未开始 at 0 %. */
    public static RollUp of(List<Part> parts) {
        if (parts.isEmpty()) {
            return new RollUp(0, 0, 0, ProgressStatus.NOT_STARTED);
        }
        BigDecimal given = parts.stream().map(Part::share).filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        long unshared = parts.stream().filter(p -> p.share() == null).count();
        BigDecimal rest = unshared == 0 ? BigDecimal.ZERO
                : HUNDRED.subtract(given).max(BigDecimal.ZERO).divide(BigDecimal.valueOf(unshared), 6, RoundingMode.HALF_UP);
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal achieved = BigDecimal.ZERO;
        int done = 0;
        boolean behind = false;
        boolean reported = false;
        for (Part part : parts) {
            BigDecimal weight = part.share() != null ? part.share() : rest;
            weights = weights.add(weight);
            achieved = achieved.add(weight.multiply(BigDecimal.valueOf(part.achieved())));
            done += part.status() == ProgressStatus.DONE ? 1 : 0;
            behind |= part.status() == ProgressStatus.BEHIND;
            reported |= part.status() == ProgressStatus.IN_PROGRESS || part.status() == ProgressStatus.DONE;
        }
        int percent = weights.signum() == 0
                ? Math.round(parts.stream().mapToInt(Part::achieved).sum() / (float) parts.size())
                : achieved.divide(weights, 0, RoundingMode.HALF_UP).intValue();
        ProgressStatus status = done == parts.size() ? ProgressStatus.DONE
                : behind ? ProgressStatus.BEHIND
                : reported ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED;
        return new RollUp(parts.size(), done, percent, status);
    }

    /** Whether every part is reported 已完成, so that the row can be reported 已完成. */
    public boolean complete() {
        return parts > 0 && done == parts;
    }
}
