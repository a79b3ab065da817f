package org.jixiao.evaluation.assessment;

import java.time.Instant;
import java.util.UUID;

/** 佐证资料 — an uploaded evidence file's metadata; the content is in {@link EvidenceStorage}. */
public record EvidenceFile(UUID id, long cycleId, long unitId, UUID rowId, String sha256, String fileName,
                           String contentType, long size, String uploadedBy, Instant uploadedAt) {

    /** Size for people: 12.3 KB, 4.5 MB. */
    public String displaySize() {
        if (size < 1024 * 1024) {
            return String.format("%.1f KB", size / 1024.0);
        }
        return String.format("%.1f MB", size / 1024.0 / 1024.0);
    }
}
