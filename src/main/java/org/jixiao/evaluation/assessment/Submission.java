package org.jixiao.evaluation.assessment;

import java.time.Instant;

/**
 * 自评提交 — a unit's self-evaluation as a whole, with its named transitions. Each transition checks
 * its precondition and returns the new state with the event to record.
 */
public record Submission(long cycleId, long unitId, SubmissionStatus status, Instant changedAt, String changedBy) {

    /** What happened, for the append-only transition log. */
    public record Transition(String name, String reason, String by, Instant at) {
    }

    public record Outcome(Submission submission, Transition transition) {
    }

    public static Submission draft(long cycleId, long unitId, Instant at) {
        return new Submission(cycleId, unitId, SubmissionStatus.DRAFT, at, "");
    }

    public boolean isLocked() {
        return status == SubmissionStatus.SUBMITTED;
    }

    /** 提交自评: locks the self-evaluation. */
    public Outcome submit(String by, Instant at) {
        if (status != SubmissionStatus.DRAFT) {
            throw new IllegalStateException("自评已提交，如需修改请联系考评办退回");
        }
        return new Outcome(new Submission(cycleId, unitId, SubmissionStatus.SUBMITTED, at, by),
                new Transition("SUBMIT", "", by, at));
    }

    /** 退回修改: the office reopens a submitted self-evaluation, saying why. */
    public Outcome reopen(String by, Instant at, String reason) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new IllegalStateException("自评尚未提交，无需退回");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("请填写退回原因，告知单位需要修改什么");
        }
        return new Outcome(new Submission(cycleId, unitId, SubmissionStatus.DRAFT, at, by),
                new Transition("REOPEN", reason.strip(), by, at));
    }

    /** Refuses changes while submitted. */
    public void requireEditable() {
        if (isLocked()) {
            throw new IllegalStateException("自评已提交并锁定，如需修改请联系考评办退回");
        }
    }
}
