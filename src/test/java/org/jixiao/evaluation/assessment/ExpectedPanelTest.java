package org.jixiao.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 应评人数: the group's panel size where set, else every assigned rater; never above 集中考评组人数. */
class ExpectedPanelTest {

    @Test
    void theGroupsPanelSizeWinsOverTheAssignedRaters() {
        assertThat(ScenarioBuilder.expectedPanel(5, 7, 7)).isEqualTo(5);
    }

    @Test
    void withoutAGroupSizeEveryAssignedRaterIsExpected() {
        assertThat(ScenarioBuilder.expectedPanel(null, 7, 7)).isEqualTo(7);
    }

    @Test
    void neitherExceedsTheCyclesPanel() {
        assertThat(ScenarioBuilder.expectedPanel(5, 7, 3)).isEqualTo(3);
        assertThat(ScenarioBuilder.expectedPanel(null, 7, 3)).isEqualTo(3);
    }

    @Test
    void nobodyAssignedAndNoGroupSizeLeavesThePanelOpen() {
        assertThat(ScenarioBuilder.expectedPanel(null, null, 7)).isNull();
    }
}
