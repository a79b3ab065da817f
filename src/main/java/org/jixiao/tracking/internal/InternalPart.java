package org.jixiao.tracking.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 分解事项 — a second-level row, or a part of it, given to an internal plan.
 *
 * @param target the department's own target text for the part
 * @param share  the part's share of the row in percent, {@code null}: an equal part of what others leave
 */
public record InternalPart(long id, long planId, UUID rowId, String target, @Nullable BigDecimal share) {
}
