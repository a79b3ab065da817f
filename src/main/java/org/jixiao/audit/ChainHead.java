package org.jixiao.audit;

import org.jspecify.annotations.Nullable;

/**
 * The head of the chain as the database records it ({@code audit_head}): how many entries were
 * appended, the hash of the last one (64 zeros while there is none) and its id. Printed by
 * {@code audit head} so that it can be anchored outside the database.
 */
public record ChainHead(long entryCount, String hash, @Nullable Long lastEntryId) {
}
