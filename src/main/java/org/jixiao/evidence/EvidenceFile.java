package org.jixiao.evidence;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 佐证资料 — an uploaded evidence file's metadata; the content is in {@link EvidenceStorage}.
 *
 * @param period the reporting period (季度/月) it was reported with, {@code null} when uploaded with the
 *               self-evaluation; either way the year-end self-evaluation shows it under its row
 */
public record EvidenceFile(UUID id, long cycleId, long unitId, UUID rowId, String sha256, String fileName,
                           String contentType, long size, String uploadedBy, Instant uploadedAt,
                           @Nullable Integer period) {

    public EvidenceFile(UUID id, long cycleId, long unitId, UUID rowId, String sha256, String fileName,
                        String contentType, long size, String uploadedBy, Instant uploadedAt) {
        this(id, cycleId, unitId, rowId, sha256, fileName, contentType, size, uploadedBy, uploadedAt, null);
    }

    /** Size for people: 12.3 KB, 4.5 MB. */
    public String displaySize() {
        if (size < 1024 * 1024) {
            return String.format("%.1f KB", size / 1024.0);
        }
        return String.format("%.1f MB", size / 1024.0 / 1024.0);
    }
}
