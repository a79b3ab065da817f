package org.jixiao.cycle;

/**
 * A new cycle was opened as a copy of an earlier one (last year's). Published inside the
 * transaction that opens the cycle, so that modules keeping per-cycle settings (the evaluation
 * settings) copy theirs along with it, or the whole copy fails.
 *
 * @param sourceCycleId the cycle copied from
 * @param cycleId       the new cycle
 * @param by            username of whoever copied it
 */
public record CycleCopied(long sourceCycleId, long cycleId, String by) {
}
