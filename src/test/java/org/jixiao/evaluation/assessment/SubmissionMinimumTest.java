package org.jixiao.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubmissionMinimumTest {

    @Test
    void noMinimumLetsEveryShareThrough() {
        assertThat(SubmissionMinimum.NONE.isMetBy(0, 63)).isTrue();
    }

    @Test
    void aShareJustBelowTheMinimumIsRefusedAndTheNextRowReachesIt() {
        SubmissionMinimum half = new SubmissionMinimum(50);
        // 63 rows × 50 % = 31.5: 31 rows are not enough, 32 are
        assertThat(half.isMetBy(31, 63)).isFalse();
        assertThat(half.isMetBy(32, 63)).isTrue();
        assertThat(half.rowsNeeded(63)).isEqualTo(32);
    }

    @Test
    void theShareShownIsRoundedDownSoThatItNeverShowsAMinimumReachedThatIsNot() {
        assertThat(SubmissionMinimum.share(31, 63)).isEqualTo(49);
        assertThat(SubmissionMinimum.share(32, 63)).isEqualTo(50);
    }

    @Test
    void theRefusalNamesFilledOverTotalAndTheMinimum() {
        assertThat(new SubmissionMinimum(50).refusal(1, 63))
                .isEqualTo("已填写完成情况 1/63 项（1%），低于评分规则要求的最低填写比例 50%（至少 32 项），请继续填写后再提交自评");
    }

    @Test
    void aMinimumOutsideZeroToAHundredIsRefused() {
        assertThatThrownBy(() -> new SubmissionMinimum(101)).hasMessageContaining("0 到 100");
        assertThatThrownBy(() -> new SubmissionMinimum(-1)).hasMessageContaining("0 到 100");
    }

    @Test
    void aHundredPercentNeedsEveryRow() {
        SubmissionMinimum all = new SubmissionMinimum(100);
        assertThat(all.isMetBy(62, 63)).isFalse();
        assertThat(all.isMetBy(63, 63)).isTrue();
    }
}
