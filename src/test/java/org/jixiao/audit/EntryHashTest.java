package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The hash of an entry is exactly the one docs/audit.md defines, and every field counts. */
class EntryHashTest {

    static final AuditEntry SCORE = new AuditEntry(1, Instant.parse("2025-03-01T08:15:30.123456Z"), "admin", "ADMIN",
            "10.0.0.7", "SCORE", 3L, 12L, "考评组打分 行 1-3-2", "1.5", null, EntryHash.GENESIS, "");

    @Test
    void canonicalFormIsTheVersionThenEachFieldLengthPrefixedInUtf8Bytes() {
        byte[] canonical = EntryHash.canonical(SCORE.previousHash(), SCORE.occurredAt(), SCORE.actor(),
                SCORE.actorRole(), SCORE.address(), SCORE.kind(), SCORE.cycleId(), SCORE.unitId(), SCORE.subject(),
                SCORE.before(), SCORE.after());

        assertThat(new String(canonical, StandardCharsets.UTF_8)).isEqualTo("jixiao-audit-v1"
                + "|64:" + "0".repeat(64) + "|27:2025-03-01T08:15:30.123456Z|5:admin|5:ADMIN|8:10.0.0.7|5:SCORE"
                + "|1:3|2:12|25:考评组打分 行 1-3-2|3:1.5|-");
    }

    @Test
    void hashIsLowercaseHexSha256OfTheCanonicalForm() {
        // Computed outside Java: printf '%s' "<canonical form above>" | sha256sum
        assertThat(EntryHash.of(SCORE)).isEqualTo("8418b6b40eb183807b0f4abc94f480f72489d5babda3e765188eb3fd6c9d843c");
    }

    @Test
    void timeIsWrittenInUtcWithSixFractionDigitsWhateverItsPrecision() {
        assertThat(EntryHash.time(Instant.parse("2025-01-01T00:00:00Z"))).isEqualTo("2025-01-01T00:00:00.000000Z");
        assertThat(EntryHash.stored(Instant.parse("2025-01-01T00:00:00.123456789Z")))
                .isEqualTo(Instant.parse("2025-01-01T00:00:00.123456Z"));
    }

    @Test
    void changingAnyHashedFieldChangesTheHash() {
        List<UnaryOperator<AuditEntry>> changes = List.of(
                e -> with(e, "previous", "1".repeat(64)),
                e -> new AuditEntry(e.id(), e.occurredAt().plusNanos(1000), e.actor(), e.actorRole(), e.address(),
                        e.kind(), e.cycleId(), e.unitId(), e.subject(), e.before(), e.after(), e.previousHash(), ""),
                e -> with(e, "actor", "admin2"),
                e -> with(e, "role", "AUDITOR"),
                e -> with(e, "address", "10.0.0.8"),
                e -> with(e, "kind", "TIER"),
                e -> new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.actorRole(), e.address(), e.kind(), 4L,
                        e.unitId(), e.subject(), e.before(), e.after(), e.previousHash(), ""),
                e -> new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.actorRole(), e.address(), e.kind(),
                        e.cycleId(), 13L, e.subject(), e.before(), e.after(), e.previousHash(), ""),
                e -> with(e, "subject", "考评组打分 行 1-3-3"),
                e -> with(e, "before", "1.6"),
                e -> with(e, "after", "2"));
        String original = EntryHash.of(SCORE);

        assertThat(changes).allSatisfy(change -> assertThat(EntryHash.of(change.apply(SCORE))).isNotEqualTo(original));
    }

    @Test
    void theDatabaseIdIsNotHashedSoThatSequenceGapsDoNotMatter() {
        AuditEntry renumbered = new AuditEntry(99, SCORE.occurredAt(), SCORE.actor(), SCORE.actorRole(),
                SCORE.address(), SCORE.kind(), SCORE.cycleId(), SCORE.unitId(), SCORE.subject(), SCORE.before(),
                SCORE.after(), SCORE.previousHash(), "");

        assertThat(EntryHash.of(renumbered)).isEqualTo(EntryHash.of(SCORE));
    }

    @Test
    void noneDiffersFromEmpty() {
        assertThat(EntryHash.of(with(SCORE, "address", ""))).isNotEqualTo(EntryHash.of(with(SCORE, "address", null)));
    }

    @Test
    void textMovedFromOneFieldToTheNextGivesAnotherHash() {
        AuditEntry one = with(with(SCORE, "before", "ab"), "after", "c");
        AuditEntry other = with(with(SCORE, "before", "a"), "after", "bc");

        assertThat(EntryHash.of(one)).isNotEqualTo(EntryHash.of(other));
    }

    private static AuditEntry with(AuditEntry e, String field, String value) {
        return new AuditEntry(e.id(), e.occurredAt(),
                field.equals("actor") ? value : e.actor(),
                field.equals("role") ? value : e.actorRole(),
                field.equals("address") ? value : e.address(),
                field.equals("kind") ? value : e.kind(), e.cycleId(), e.unitId(),
                field.equals("subject") ? value : e.subject(),
                field.equals("before") ? value : e.before(),
                field.equals("after") ? value : e.after(),
                field.equals("previous") ? value : e.previousHash(), "");
    }
}
