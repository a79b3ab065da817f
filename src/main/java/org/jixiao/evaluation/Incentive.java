package org.jixiao.evaluation;

/**
 * 正向激励 — an award that earns bonus points; the points come from the award level in the
 * settings (e.g. 国家级 → 2).
 */
public record Incentive(String level, String reason) {

    public Incentive {
        if (level == null || level.isBlank()) {
            throw new IllegalArgumentException("正向激励须注明奖项级别");
        }
        level = level.strip();
        reason = reason == null ? "" : reason.strip();
    }
}
