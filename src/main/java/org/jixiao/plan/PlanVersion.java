package org.jixiao.plan;

import java.time.Instant;

/**
 * 考评表版本 — a unit's table as the office approved it: version 1 at the 批复, one more for every
 * approved mid-year adjustment. The table itself is read separately (it is large).
 *
 * @param approvalText the 批复 text, or what the office wrote when it approved the adjustment
 * @param reason       the adjustment's reason; empty for the first version
 */
public record PlanVersion(int number, VersionKind kind, String approvedBy, Instant approvedAt, String approvalText,
                          String reason) {
}
