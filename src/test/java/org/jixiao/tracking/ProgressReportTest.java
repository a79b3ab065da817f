package org.jixiao.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A progress report's submission and review, with the reasons a person can act on. */
class ProgressReportTest {

    private static final Instant AT = Instant.parse("2025-04-05T08:00:00Z");
    private static final UUID ROW = UUID.randomUUID();

    private static ProgressReport.Outcome submit(ProgressReport before, ProgressStatus status, Integer percent, String done) {
        return ProgressReport.submit(before, 1, 2, ROW, 1, status, percent, done, "clerk", AT);
    }

    private static ProgressReport submitted() {
        return submit(null, ProgressStatus.IN_PROGRESS, 40, "完成调研").report();
    }

    @Test
    void aSubmittedReportWaitsForReview() {
        ProgressReport report = submitted();
        assertThat(report.review()).isEqualTo(Review.SUBMITTED);
        assertThat(report.percent()).isEqualTo(40);
    }

    @Test
    void refusesWhatCannotBeTrue() {
        assertThat(submit(null, ProgressStatus.IN_PROGRESS, 101, "x").code()).isEqualTo("PROGRESS_PERCENT");
        assertThat(submit(null, ProgressStatus.IN_PROGRESS, null, " ").code()).isEqualTo("PROGRESS_TEXT_MISSING");
        assertThat(submit(null, ProgressStatus.DONE, 80, "完成").code()).isEqualTo("PROGRESS_DONE_PERCENT");
        assertThat(submit(null, ProgressStatus.IN_PROGRESS, null, "字".repeat(4001)).code()).isEqualTo("PROGRESS_TEXT_TOO_LONG");
        assertThat(submit(null, ProgressStatus.NOT_STARTED, null, "").isRefused()).isFalse();
    }

    @Test
    void aReturnNeedsAReasonAndTheUnitMaySubmitAgain() {
        assertThat(submitted().returnWithReason(" ", "office", AT).code()).isEqualTo("PROGRESS_RETURN_REASON");
        ProgressReport returned = submitted().returnWithReason("请补充台账", "office", AT).report();
        assertThat(returned.review()).isEqualTo(Review.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("请补充台账");
        assertThat(returned.reviewedBy()).isEqualTo("office");
        assertThat(returned.accept("", "office", AT).code()).isEqualTo("PROGRESS_RETURNED");
        assertThat(submit(returned, ProgressStatus.IN_PROGRESS, 50, "补充台账").report().review()).isEqualTo(Review.SUBMITTED);
    }

    @Test
    void anAcceptedReportNoLongerChanges() {
        ProgressReport accepted = submitted().accept("", "office", AT).report();
        assertThat(accepted.review()).isEqualTo(Review.ACCEPTED);
        assertThat(submit(accepted, ProgressStatus.DONE, 100, "完成").code()).isEqualTo("PROGRESS_ACCEPTED");
        assertThat(accepted.returnWithReason("迟了", "office", AT).code()).isEqualTo("PROGRESS_ACCEPTED");
        assertThat(submitted().accept("字".repeat(1001), "office", AT).code()).isEqualTo("PROGRESS_COMMENT_TOO_LONG");
    }
}
