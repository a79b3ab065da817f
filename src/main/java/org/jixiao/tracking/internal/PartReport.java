package org.jixiao.tracking.internal;

import java.time.Instant;
import org.jixiao.tracking.ProgressStatus;
import org.jspecify.annotations.Nullable;

/** What an internal department reported for its part in one period. */
public record PartReport(long partId, int period, ProgressStatus status, @Nullable Integer percent, String done,
                         Instant submittedAt, String submittedBy) {
}
