package org.jixiao.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Checks the trail entry by entry in id order, as they stream from the database: each entry must
 * link to the hash of the one before it (the first one to the anchor: 64 zeros, or the hash of the
 * last entry removed after the retention period) and its content must still give its own hash; at
 * the end the last hash and the number of entries must match the recorded {@link ChainHead}. Stops
 * at the first broken entry and says why.
 */
public final class ChainVerifier {

    /** Why the chain is broken. */
    public enum Problem {
        /** The entry's content no longer gives its hash: a field was changed in the database. */
        CONTENT_ALTERED("内容被改动：该条记录的内容与其哈希不符"),
        /** The entry does not follow the one before it: an entry was deleted, inserted or moved. */
        LINK_BROKEN("链接断开：其前面的记录缺失、被插入或顺序被打乱"),
        /** The chain is whole but not the chain the head recorded: entries were cut off the end or rewritten. */
        HEAD_MISMATCH("链头不符：末尾的记录被删除，或整条链被改写");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The first bad entry (or, for a head mismatch, the last entry found; none on an empty trail). */
    public record Break(@Nullable Long entryId, @Nullable Instant occurredAt, @Nullable String kind, Problem problem) {

        static Break at(@Nullable AuditEntry entry, Problem problem) {
            return entry == null ? new Break(null, null, null, problem)
                    : new Break(entry.id(), entry.occurredAt(), entry.kind(), problem);
        }
    }

    /** The outcome of a verification. */
    public sealed interface Verdict permits Intact, Broken {
    }

    /** Every entry is in place and unaltered; {@code head} is the hash of the last one. */
    public record Intact(long entries, String head) implements Verdict {
    }

    /** The chain is broken at {@code at}; {@code intactBefore} entries before it verified. */
    public record Broken(Break at, long intactBefore) implements Verdict {
    }

    private String previousHash;
    private long count;
    private @Nullable AuditEntry last;
    private @Nullable Break broken;

    /** A verifier of a chain that starts at its very first entry. */
    public ChainVerifier() {
        this(EntryHash.GENESIS);
    }

    /** A verifier of a chain whose first entry follows {@code anchor} (older entries were removed). */
    public ChainVerifier(String anchor) {
        this.previousHash = anchor;
    }

    /** Checks the next entry; {@code false} once the chain is broken (later entries are not looked at). */
    public boolean accept(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        if (!entry.previousHash().equals(previousHash)) {
            broken = Break.at(entry, Problem.LINK_BROKEN);
            return false;
        }
        if (!entry.contentIntact()) {
            broken = Break.at(entry, Problem.CONTENT_ALTERED);
            return false;
        }
        previousHash = entry.entryHash();
        count++;
        last = entry;
        return true;
    }

    /** The hash of the last entry accepted (the anchor while none was). */
    public String lastHash() {
        return previousHash;
    }

    /** The verdict once every entry was offered, compared with the head the database recorded. */
    public Verdict finish(ChainHead recorded) {
        if (broken != null) {
            return new Broken(broken, count);
        }
        if (recorded.keptCount() != count || !recorded.hash().equals(previousHash)) {
            return new Broken(Break.at(last, Problem.HEAD_MISMATCH), count);
        }
        return new Intact(count, previousHash);
    }

    /** Verifies a whole trail held in memory. */
    public static Verdict verify(Iterable<AuditEntry> entries, ChainHead recorded) {
        ChainVerifier verifier = new ChainVerifier(recorded.anchorHash());
        for (AuditEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.finish(recorded);
    }
}
