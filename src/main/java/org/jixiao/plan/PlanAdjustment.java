package org.jixiao.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 年中调整申请 — an open request to change named rows of an approved table: why, which rows, who asked
 * and when, and the state ({@link PlanStatus#APPROVED} or {@link PlanStatus#PUBLISHED}) the table
 * returns to when the office decides.
 */
public record PlanAdjustment(String reason, List<UUID> rows, PlanStatus resumeTo, String requestedBy,
                             Instant requestedAt) {

    public PlanAdjustment {
        rows = rows.stream().distinct().toList();
        if (!resumeTo.isApproved()) {
            throw new IllegalArgumentException("年中调整只能针对已批复或已公示的考评表");
        }
    }

    /** Whether the adjustment names the row. */
    public boolean names(UUID rowId) {
        return rows.contains(rowId);
    }
}
