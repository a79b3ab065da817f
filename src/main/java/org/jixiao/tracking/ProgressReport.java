package org.jixiao.tracking;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 进展报告 — what a unit reports for one second-level indicator in one period, and the office's review.
 *
 * @param percent completion percentage (0–100) where the item is quantitative, else {@code null}
 * @param done    what was done (完成情况)
 */
public record ProgressReport(long cycleId, long unitId, UUID rowId, int period, ProgressStatus status,
                             @Nullable Integer percent, String done, Review review, String reviewComment,
                             Instant submittedAt, String submittedBy, @Nullable Instant reviewedAt,
                             @Nullable String reviewedBy) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_COMMENT = 1000;

    public ProgressReport {
        Objects.requireNonNull(status);
        done = done == null ? "" : done.strip();
        reviewComment = reviewComment == null ? "" : reviewComment.strip();
    }

    /**
     * A report as the unit submits it (again): checks the figures and starts the review afresh.
     * Refuses a change of a report the office has accepted.
     */
    public static Outcome submit(@Nullable ProgressReport before, long cycleId, long unitId, UUID rowId, int period,
                                 ProgressStatus status, @Nullable Integer percent, String done, String by,
                                 Instant at) {
        if (before != null && before.review == Review.ACCEPTED) {
            return Outcome.refused("PROGRESS_ACCEPTED", "该指标本期进展已由考评办审核通过，不能再修改");
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            return Outcome.refused("PROGRESS_PERCENT", "完成比例应在 0 到 100 之间");
        }
        String text = done == null ? "" : done.strip();
        if (text.length() > MAX_TEXT) {
            return Outcome.refused("PROGRESS_TEXT_TOO_LONG", "完成情况不能超过 " + MAX_TEXT + " 个字");
        }
        if (status != ProgressStatus.NOT_STARTED && text.isEmpty()) {
            return Outcome.refused("PROGRESS_TEXT_MISSING", "请填写本期完成情况（状态为“" + status.label() + "”时必填）");
        }
        if (status == ProgressStatus.DONE && percent != null && percent < 100) {
            return Outcome.refused("PROGRESS_DONE_PERCENT", "状态为“已完成”时完成比例应为 100%");
        }
        return Outcome.ok(new ProgressReport(cycleId, unitId, rowId, period, status, percent, text,
                Review.SUBMITTED, "", at, by, null, null));
    }

    /** The office accepts the report, with an optional comment. */
    public Outcome accept(String comment, String by, Instant at) {
        if (review == Review.RETURNED) {
            return Outcome.refused("PROGRESS_RETURNED", "该报告已退回，等待单位重新报送后再审核");
        }
        return commented(comment).map(r -> r.reviewed(Review.ACCEPTED, r.reviewComment(), by, at));
    }

    /** The office returns the report; the reason is required and shown to the unit. */
    public Outcome returnWithReason(String reason, String by, Instant at) {
        if (review == Review.ACCEPTED) {
            return Outcome.refused("PROGRESS_ACCEPTED", "该报告已审核通过，不能退回");
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused("PROGRESS_RETURN_REASON", "退回时请填写原因，告诉单位需要补充或修改什么");
        }
        return commented(reason).map(r -> r.reviewed(Review.RETURNED, r.reviewComment(), by, at));
    }

    private Outcome commented(@Nullable String comment) {
        String c = comment == null ? "" : comment.strip();
        if (c.length() > MAX_COMMENT) {
            return Outcome.refused("PROGRESS_COMMENT_TOO_LONG", "审核意见不能超过 " + MAX_COMMENT + " 个字");
        }
        return Outcome.ok(new ProgressReport(cycleId, unitId, rowId, period, status, percent, done, review, c,
                submittedAt, submittedBy, reviewedAt, reviewedBy));
    }

    private ProgressReport reviewed(Review next, String comment, String by, Instant at) {
        return new ProgressReport(cycleId, unitId, rowId, period, status, percent, done, next, comment,
                submittedAt, submittedBy, at, by);
    }

    /** A report or the reason it was refused (code and Chinese message). */
    public record Outcome(@Nullable ProgressReport report, String code, String message) {

        static Outcome ok(ProgressReport report) {
            return new Outcome(report, "", "");
        }

        static Outcome refused(String code, String message) {
            return new Outcome(null, code, message);
        }

        public boolean isRefused() {
            return report == null;
        }

        Outcome map(java.util.function.Function<ProgressReport, ProgressReport> f) {
            return report == null ? this : ok(f.apply(report));
        }
    }
}
