package org.jixiao.portal;

import java.time.Instant;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;

/**
 * 公示意见 — a comment or objection somebody sent about a unit's published plan during the 公示期, and
 * the office's answer. The sender's name, phone and address are for the office only; the public
 * sees the text and the answer.
 *
 * @param address the client address it was sent from
 */
record Objection(long id, long cycleId, long unitId, String text, String name, String phone,
                 @Nullable String address, Instant receivedAt, ObjectionStatus status, String answer,
                 @Nullable String answeredBy, @Nullable Instant answeredAt) {

    static final int MAX_ANSWER = 2000;

    /** 答复: the office answers (or corrects its answer) while the objection is not closed. */
    Objection answer(String text, String by, Instant at) {
        requireNotClosed("答复");
        String answerText = text == null ? "" : text.strip();
        if (answerText.isEmpty()) {
            throw Refused.invalid("OBJECTION_ANSWER_REQUIRED", "请填写答复内容");
        }
        if (answerText.length() > MAX_ANSWER) {
            throw Refused.invalid("OBJECTION_ANSWER_TOO_LONG", "答复不能超过 " + MAX_ANSWER + " 字（现为 "
                    + answerText.length() + " 字）");
        }
        return new Objection(id, cycleId, unitId, this.text, name, phone, address, receivedAt,
                ObjectionStatus.ANSWERED, answerText, by, at);
    }

    /** 办结: the office closes it, answered or not (e.g. a message that is no objection at all). */
    Objection close() {
        requireNotClosed("办结");
        return new Objection(id, cycleId, unitId, text, name, phone, address, receivedAt, ObjectionStatus.CLOSED,
                answer, answeredBy, answeredAt);
    }

    /** Whether the public page shows it: only with the office's answer. */
    boolean isAnswered() {
        return !answer.isEmpty();
    }

    private void requireNotClosed(String action) {
        if (status == ObjectionStatus.CLOSED) {
            throw Refused.conflict("OBJECTION_CLOSED", "该意见已办结，不能再" + action);
        }
    }
}
