package org.jixiao.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored entry of the trail, exactly as in the database. {@code kind} is kept as stored text
 * (normally an {@link AuditKind} name) so that an altered value is still hashed and reported
 * rather than failing to load.
 *
 * @param previousHash the {@code entryHash} of the entry before it, 64 zeros for the first
 * @param entryHash    {@link EntryHash#of(AuditEntry)} when the entry was written
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorRole, @Nullable String address,
                         String kind, @Nullable Long cycleId, @Nullable Long unitId, String subject,
                         @Nullable String before, @Nullable String after, String previousHash, String entryHash) {

    /** Whether the stored hash still matches the stored content. */
    public boolean contentIntact() {
        return EntryHash.of(this).equals(entryHash);
    }
}
