package org.jixiao.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 退回意见 — why a reviewer sent the table back, who and when, and the rows the reason is pinned to. */
public record ReturnNote(String reason, String by, PlanRole role, Instant at, List<UUID> rows) {

    public ReturnNote {
        rows = List.copyOf(rows);
    }

    public boolean names(UUID rowId) {
        return rows.contains(rowId);
    }
}
