package org.jixiao.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Audit chains built in memory, with correct hashes, for tests that need no database. */
final class Chains {

    private Chains() {
    }

    /** {@code n} linked entries with ids 1…n, a minute apart, alternating kinds. */
    static List<AuditEntry> of(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = EntryHash.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry entry = sealed(new AuditEntry(i, Instant.parse("2025-12-01T08:00:00Z").plusSeconds(60L * i),
                    "clerk-" + i, "UNIT_CLERK", "10.0.0." + i, i % 2 == 0 ? "SCORE" : "SELF_EVALUATION", 1L, 7L,
                    "自评 行 1-" + i, "{\"完成情况\":\"\"}", "{\"完成情况\":\"已完成第" + i + "项\"}", previous, ""));
            entries.add(entry);
            previous = entry.entryHash();
        }
        return entries;
    }

    static ChainHead headOf(List<AuditEntry> entries) {
        return entries.isEmpty() ? new ChainHead(0, EntryHash.GENESIS, null)
                : new ChainHead(entries.size(), entries.get(entries.size() - 1).entryHash(),
                        entries.get(entries.size() - 1).id());
    }

    /** The entry with the hash its content gives. */
    static AuditEntry sealed(AuditEntry e) {
        return new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.actorRole(), e.address(), e.kind(), e.cycleId(),
                e.unitId(), e.subject(), e.before(), e.after(), e.previousHash(), EntryHash.of(e));
    }

    /** The entry with another after-value, its stored hashes untouched (an edit in the database). */
    static AuditEntry withAfter(AuditEntry e, String after) {
        return new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.actorRole(), e.address(), e.kind(), e.cycleId(),
                e.unitId(), e.subject(), e.before(), after, e.previousHash(), e.entryHash());
    }

    /** {@code content}'s columns under {@code place}'s id: what swapping two rows' contents leaves behind. */
    static AuditEntry contentOf(AuditEntry content, AuditEntry place) {
        return new AuditEntry(place.id(), content.occurredAt(), content.actor(), content.actorRole(),
                content.address(), content.kind(), content.cycleId(), content.unitId(), content.subject(),
                content.before(), content.after(), content.previousHash(), content.entryHash());
    }
}
