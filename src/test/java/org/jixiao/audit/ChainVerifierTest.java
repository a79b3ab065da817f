package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.ChainVerifier.Broken;
import org.jixiao.audit.ChainVerifier.Intact;
import org.jixiao.audit.ChainVerifier.Problem;
import org.jixiao.audit.ChainVerifier.Verdict;
import org.junit.jupiter.api.Test;

/** The verifier names the first entry that was altered, removed, inserted or moved, and why. */
class ChainVerifierTest {

    final List<AuditEntry> chain = Chains.of(6);
    final ChainHead head = Chains.headOf(chain);

    @Test
    void untouchedChainIsIntactWithItsHead() {
        Verdict verdict = ChainVerifier.verify(chain, head);

        assertThat(verdict).isEqualTo(new Intact(6, chain.get(5).entryHash()));
    }

    @Test
    void emptyTrailWithAnEmptyHeadIsIntact() {
        assertThat(ChainVerifier.verify(List.of(), Chains.headOf(List.of())))
                .isEqualTo(new Intact(0, EntryHash.GENESIS));
    }

    @Test
    void alteredContentIsNamedAtThatEntry() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.set(2, Chains.withAfter(chain.get(2), "{\"完成情况\":\"改过的\"}"));

        assertBrokenAt(ChainVerifier.verify(tampered, head), 3, Problem.CONTENT_ALTERED, 2);
    }

    @Test
    void alteredStoredHashIsNamedAtThatEntry() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        AuditEntry e = chain.get(3);
        tampered.set(3, new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.actorRole(), e.address(), e.kind(),
                e.cycleId(), e.unitId(), e.subject(), e.before(), e.after(), e.previousHash(), "f".repeat(64)));

        assertBrokenAt(ChainVerifier.verify(tampered, head), 4, Problem.CONTENT_ALTERED, 3);
    }

    @Test
    void deletedEntryIsNoticedAtTheEntryAfterIt() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.remove(2);

        assertBrokenAt(ChainVerifier.verify(tampered, head), 4, Problem.LINK_BROKEN, 2);
    }

    @Test
    void deletedFirstEntryIsNoticedAtTheSecond() {
        assertBrokenAt(ChainVerifier.verify(chain.subList(1, 6), head), 2, Problem.LINK_BROKEN, 0);
    }

    @Test
    void deletedLastEntryIsNoticedByTheHead() {
        assertBrokenAt(ChainVerifier.verify(chain.subList(0, 5), head), 5, Problem.HEAD_MISMATCH, 5);
    }

    @Test
    void swappedRowsAreNamedAtTheFirstOfThem() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.set(1, Chains.contentOf(chain.get(4), chain.get(1)));
        tampered.set(4, Chains.contentOf(chain.get(1), chain.get(4)));

        assertBrokenAt(ChainVerifier.verify(tampered, head), 2, Problem.LINK_BROKEN, 1);
    }

    @Test
    void contentsSwappedUnderTheirOldHashesAreNamedAtTheFirstOfThem() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        AuditEntry a = chain.get(1);
        AuditEntry b = chain.get(4);
        tampered.set(1, new AuditEntry(a.id(), b.occurredAt(), b.actor(), b.actorRole(), b.address(), b.kind(),
                b.cycleId(), b.unitId(), b.subject(), b.before(), b.after(), a.previousHash(), a.entryHash()));

        assertBrokenAt(ChainVerifier.verify(tampered, head), 2, Problem.CONTENT_ALTERED, 1);
    }

    @Test
    void entryInsertedWithACorrectLinkIsNoticedAtTheEntryAfterIt() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        AuditEntry forged = Chains.sealed(Chains.withAfter(chain.get(3), "{\"伪造\":true}"));
        tampered.add(3, forged);

        assertBrokenAt(ChainVerifier.verify(tampered, head), chain.get(3).id(), Problem.LINK_BROKEN, 4);
    }

    @Test
    void entryAppendedBehindTheHeadsBackIsNoticedByTheHead() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        AuditEntry last = chain.get(5);
        tampered.add(Chains.sealed(new AuditEntry(7, last.occurredAt().plusSeconds(1), "forger", "ADMIN", null,
                "SCORE", 1L, 7L, "考评组打分 行 1-1", null, "10", last.entryHash(), "")));

        assertBrokenAt(ChainVerifier.verify(tampered, head), 7, Problem.HEAD_MISMATCH, 7);
    }

    @Test
    void chainRewrittenWithFreshHashesIsNoticedByTheHead() {
        List<AuditEntry> rewritten = new ArrayList<>();
        String previous = EntryHash.GENESIS;
        for (AuditEntry e : chain) {
            AuditEntry altered = e.id() == 3 ? Chains.withAfter(e, "{\"完成情况\":\"改过的\"}") : e;
            AuditEntry resealed = Chains.sealed(new AuditEntry(altered.id(), altered.occurredAt(), altered.actor(),
                    altered.actorRole(), altered.address(), altered.kind(), altered.cycleId(), altered.unitId(),
                    altered.subject(), altered.before(), altered.after(), previous, ""));
            rewritten.add(resealed);
            previous = resealed.entryHash();
        }

        assertBrokenAt(ChainVerifier.verify(rewritten, head), 6, Problem.HEAD_MISMATCH, 6);
    }

    @Test
    void laterEntriesAreNotLookedAtOnceBroken() {
        ChainVerifier verifier = new ChainVerifier();
        verifier.accept(chain.get(0));

        assertThat(verifier.accept(chain.get(2))).isFalse();
        assertThat(verifier.accept(chain.get(1))).isFalse();
        assertBrokenAt(verifier.finish(head), 3, Problem.LINK_BROKEN, 1);
    }

    private static void assertBrokenAt(Verdict verdict, long id, Problem problem, long intactBefore) {
        assertThat(verdict).isInstanceOfSatisfying(Broken.class, broken -> {
            assertThat(broken.at().entryId()).isEqualTo(id);
            assertThat(broken.at().problem()).isEqualTo(problem);
            assertThat(broken.intactBefore()).isEqualTo(intactBefore);
        });
    }
}
