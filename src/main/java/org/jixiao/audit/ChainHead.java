package org.jixiao.audit;

import org.jspecify.annotations.Nullable;

/**
 * The head of the chain as the database records it ({@code audit_head}): how many entries were
 * appended, the hash of the last one (64 zeros while there is none) and its id; and, once entries
 * older than the retention period were removed, how many ({@code prunedCount}) and the anchor the
 * remaining chain starts from (the hash of the last removed entry; 64 zeros while none was removed).
 * Printed by {@code audit head} so that it can be anchored outside the database.
 */
public record ChainHead(long entryCount, String hash, @Nullable Long lastEntryId, String anchorHash,
                        long prunedCount) {

    /** A head of a chain nothing was ever removed from. */
    public ChainHead(long entryCount, String hash, @Nullable Long lastEntryId) {
        this(entryCount, hash, lastEntryId, EntryHash.GENESIS, 0);
    }

    /** How many entries the database should hold. */
    public long keptCount() {
        return entryCount - prunedCount;
    }
}
