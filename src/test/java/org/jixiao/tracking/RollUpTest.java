package org.jixiao.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.tracking.RollUp.Part;
import org.junit.jupiter.api.Test;

/** How internal department parts of a row add up (二级绩效汇总). */
class RollUpTest {

    @Test
    void aRowWhoseEveryPartIsDoneCanBeReportedDone() {
        RollUp rollUp = RollUp.of(List.of(new Part(null, ProgressStatus.DONE, null), new Part(null, ProgressStatus.DONE, 80)));
        assertThat(rollUp.complete()).isTrue();
        assertThat(rollUp.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(rollUp.percent()).isEqualTo(100);
    }

    @Test
    void thePercentageIsWeightedByEachPartsShare() {
        RollUp rollUp = RollUp.of(List.of(new Part(new BigDecimal("70"), ProgressStatus.DONE, 100),
                new Part(new BigDecimal("30"), ProgressStatus.IN_PROGRESS, 50)));
        assertThat(rollUp.percent()).isEqualTo(85);
        assertThat(rollUp.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(rollUp.complete()).isFalse();
        assertThat(rollUp.done()).isEqualTo(1);
    }

    @Test
    void partsWithoutAShareSplitWhatTheOthersLeaveEqually() {
        // 60 % given; the two others weigh 20 % each: 60×0 + 20×100 + 20×50 = 30 %
        RollUp rollUp = RollUp.of(List.of(new Part(new BigDecimal("60"), null, null),
                new Part(null, ProgressStatus.DONE, null), new Part(null, ProgressStatus.IN_PROGRESS, 50)));
        assertThat(rollUp.percent()).isEqualTo(30);
    }

    @Test
    void anyPartBehindMarksTheRowBehindAndNothingReportedIsNotStarted() {
        assertThat(RollUp.of(List.of(new Part(null, ProgressStatus.DONE, null), new Part(null, ProgressStatus.BEHIND, 10)))
                .status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(RollUp.of(List.of(new Part(null, null, null))).status()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(RollUp.of(List.of())).isEqualTo(new RollUp(0, 0, 0, ProgressStatus.NOT_STARTED));
        assertThat(RollUp.of(List.of()).complete()).isFalse();
    }

    @Test
    void sharesOfZeroFallBackToAnEqualAverage() {
        RollUp rollUp = RollUp.of(List.of(new Part(BigDecimal.ZERO, ProgressStatus.DONE, null), new Part(BigDecimal.ZERO, null, 0)));
        assertThat(rollUp.percent()).isEqualTo(50);
    }
}
