package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jixiao.plan.PlanOutcome.Moved;
import org.jixiao.plan.PlanOutcome.Refusal;
import org.jixiao.table.Finding;
import org.jixiao.table.Location;
import org.junit.jupiter.api.Test;

/** The plan of one unit from draft to publication: what each step does and what it asks for. */
class PlanTest {

    private static final Instant AT = Instant.parse("2025-07-20T08:00:00Z");
    private static final PlanActor CLERK = new PlanActor("bdt", PlanRole.CLERK);
    private static final PlanActor OFFICE = new PlanActor("admin", PlanRole.OFFICE);
    private static final PlanActor LEADER = new PlanActor("bdt-leader", PlanRole.LEADER);
    private static final PlanActor PEER = new PlanActor("kjj", PlanRole.PEER);
    private static final Finding ERROR = Finding.error("TOTAL_POINTS_DIFFER", Location.TABLE, "考评表合计 101 分，应为 100 分");
    private static final Finding WARNING = Finding.warning("MEDIA_LEVEL_MISSING", Location.TABLE, "请注明媒体级别");

    @Test
    void aDraftIsUnlockedAndEverythingFromSubmissionOnIsLocked() {
        assertThat(Plan.draft(1, 2).isLocked()).isFalse();
        for (PlanStatus status : PlanStatus.values()) {
            assertThat(status.isLocked()).as(status.name()).isEqualTo(status != PlanStatus.DRAFT);
        }
        assertThat(PlanStatus.values()).filteredOn(PlanStatus::isApproved)
                .containsExactly(PlanStatus.APPROVED, PlanStatus.PUBLISHED);
    }

    @Test
    void submissionIsRefusedWhileTheTableHasErrorsAndListsOnlyTheErrors() {
        Refusal refusal = (Refusal) Plan.draft(1, 2).submit(CLERK, List.of(ERROR, WARNING), AT);

        assertThat(refusal.code()).isEqualTo("PLAN_HAS_ERRORS");
        assertThat(refusal.message()).contains("1 项错误");
        assertThat(refusal.findings()).containsExactly(ERROR);
    }

    @Test
    void warningsDoNotStopASubmission() {
        Moved moved = (Moved) Plan.draft(1, 2).submit(CLERK, List.of(WARNING), AT);

        assertThat(moved.plan().status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(moved.plan().changedBy()).isEqualTo("bdt");
        assertThat(moved.plan().changedAt()).isEqualTo(AT);
        assertThat(moved.transition()).isEqualTo(new PlanTransition(PlanAction.SUBMIT, PlanStatus.DRAFT,
                PlanStatus.SUBMITTED, "bdt", PlanRole.CLERK, "", List.of(), AT));
    }

    @Test
    void theOfficeOpensThePeerReviewWhereTheCycleHasOne() {
        Plan submitted = moved(Plan.draft(1, 2).submit(CLERK, List.of(), AT));

        assertThat(moved(submitted.startPeerReview(OFFICE, true, AT)).status()).isEqualTo(PlanStatus.PEER_REVIEW);
    }

    @Test
    void withoutPeerReviewTheOfficeReviewStartsAtOnce() {
        Plan submitted = moved(Plan.draft(1, 2).submit(CLERK, List.of(), AT));

        Moved moved = (Moved) submitted.startPeerReview(OFFICE, false, AT);
        assertThat(moved.plan().status()).isEqualTo(PlanStatus.OFFICE_REVIEW);
        assertThat(moved.transition().to()).isEqualTo(PlanStatus.OFFICE_REVIEW);
    }

    @Test
    void theWholePathEndsPublishedWithTheApprovalText() {
        Plan plan = moved(Plan.draft(1, 2).submit(CLERK, List.of(), AT));
        plan = moved(plan.startPeerReview(OFFICE, true, AT));
        plan = moved(plan.finishPeerReview(OFFICE, AT));
        plan = moved(plan.passOfficeReview(OFFICE, AT));
        assertThat(plan.status()).isEqualTo(PlanStatus.LEADER_APPROVAL);
        assertThat(plan.leaderConfirmed()).isFalse();

        plan = moved(plan.leaderApprove(LEADER, AT));
        assertThat(plan.status()).isEqualTo(PlanStatus.LEADER_APPROVAL);
        assertThat(plan.leaderConfirmed()).isTrue();

        plan = moved(plan.approve(OFFICE, "  同意该单位2025年度绩效目标。 ", AT));
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.approvalText()).isEqualTo("同意该单位2025年度绩效目标。");

        plan = moved(plan.publish(OFFICE, AT));
        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.approvalText()).isEqualTo("同意该单位2025年度绩效目标。");
    }

    @Test
    void theLeadersConfirmationIsLoggedAsAStepWithinTheSameState() {
        Plan waiting = PlanTransitionMatrixTest.plan("LEADER_APPROVAL");

        PlanTransition step = ((Moved) waiting.leaderApprove(LEADER, AT)).transition();
        assertThat(step.from()).isEqualTo(PlanStatus.LEADER_APPROVAL);
        assertThat(step.to()).isEqualTo(PlanStatus.LEADER_APPROVAL);
        assertThat(step.action()).isEqualTo(PlanAction.LEADER_APPROVE);
    }

    @Test
    void approvalNeedsTheApprovalText() {
        Plan confirmed = PlanTransitionMatrixTest.plan("LEADER_APPROVAL+");

        assertThat(((Refusal) confirmed.approve(OFFICE, " ", AT)).code()).isEqualTo("PLAN_APPROVAL_TEXT_REQUIRED");
        assertThat(((Refusal) confirmed.approve(OFFICE, null, AT)).code()).isEqualTo("PLAN_APPROVAL_TEXT_REQUIRED");
    }

    @Test
    void theOfficeApprovesOnlyAfterTheLeaderConfirmed() {
        Refusal refusal = (Refusal) PlanTransitionMatrixTest.plan("LEADER_APPROVAL").approve(OFFICE, "同意。", AT);

        assertThat(refusal.code()).isEqualTo("PLAN_LEADER_NOT_CONFIRMED");
        assertThat(refusal.message()).isEqualTo("单位领导尚未审定，考评办暂不能批复");
    }

    @Test
    void aReturnNeedsAReasonAndKeepsTheRowsItNamesOnce() {
        Plan submitted = PlanTransitionMatrixTest.plan("OFFICE_REVIEW");
        UUID row = UUID.randomUUID();

        assertThat(((Refusal) submitted.returnForRevision(OFFICE, "  ", List.of(row), AT)).code())
                .isEqualTo("PLAN_REASON_REQUIRED");
        assertThat(((Refusal) submitted.returnForRevision(OFFICE, null, List.of(), AT)).code())
                .isEqualTo("PLAN_REASON_REQUIRED");

        Moved moved = (Moved) submitted.returnForRevision(OFFICE, " 1-1-1 时限不明确 ", List.of(row, row), AT);
        assertThat(moved.plan().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(moved.transition().reason()).isEqualTo("1-1-1 时限不明确");
        assertThat(moved.transition().rows()).containsExactly(row);
        assertThat(moved.transition().from()).isEqualTo(PlanStatus.OFFICE_REVIEW);
    }

    @Test
    void aReturnedTableStartsOverAndNeedsTheLeaderAgain() {
        Plan confirmed = PlanTransitionMatrixTest.plan("LEADER_APPROVAL+");

        Plan returned = moved(confirmed.returnForRevision(OFFICE, "请补充依据", List.of(), AT));
        assertThat(returned.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(returned.leaderConfirmed()).isFalse();

        Plan again = moved(moved(moved(moved(returned.submit(CLERK, List.of(), AT))
                .startPeerReview(OFFICE, false, AT)).passOfficeReview(OFFICE, AT)).returnForRevision(LEADER, "再议", List.of(), AT));
        assertThat(again.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aConfirmingLeaderIsToldToAskTheOfficeForAReturn() {
        Refusal refusal = (Refusal) PlanTransitionMatrixTest.plan("LEADER_APPROVAL+")
                .returnForRevision(LEADER, "再议", List.of(), AT);

        assertThat(refusal.code()).isEqualTo("PLAN_NOT_ALLOWED");
        assertThat(refusal.message()).isEqualTo("单位领导已审定，如需退回请联系考评办");
    }

    @Test
    void anApprovedTableCannotBeReturnedOnlyAdjusted() {
        Refusal refusal = (Refusal) PlanTransitionMatrixTest.plan("APPROVED")
                .returnForRevision(OFFICE, "改", List.of(), AT);

        assertThat(refusal.code()).isEqualTo("PLAN_NOT_IN_STATE");
        assertThat(refusal.message()).contains("已批复").contains("年中调整");
    }

    @Test
    void refusalsNameTheStateAndWhoMayAct() {
        assertThat(((Refusal) PlanTransitionMatrixTest.plan("SUBMITTED").submit(CLERK, List.of(), AT)).message())
                .isEqualTo("考评表当前状态为“已提交”，不能提交审核");
        assertThat(((Refusal) Plan.draft(1, 2).submit(OFFICE, List.of(), AT)).message())
                .isEqualTo("只有本单位经办人可以提交考评表");
        assertThat(((Refusal) PlanTransitionMatrixTest.plan("APPROVED").publish(LEADER, AT)).message())
                .isEqualTo("只有考评办可以公示");
    }

    @Test
    void onlyPeersCommentAndOnlyDuringThePeerReview() {
        Plan review = PlanTransitionMatrixTest.plan("PEER_REVIEW");

        assertThat(review.mayComment(PEER)).isEmpty();
        assertThat(review.mayComment(CLERK)).get().extracting(Refusal::code).isEqualTo("PLAN_NOT_ALLOWED");
        assertThat(review.mayComment(OFFICE)).get().extracting(Refusal::code).isEqualTo("PLAN_NOT_ALLOWED");
        for (PlanStatus status : PlanStatus.values()) {
            if (status != PlanStatus.PEER_REVIEW) {
                assertThat(PlanTransitionMatrixTest.plan(status.name()).mayComment(PEER)).as(status.name())
                        .get().extracting(Refusal::code).isEqualTo("PLAN_NOT_IN_STATE");
            }
        }
    }

    @Test
    void anActorHasANameAndARole() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PlanActor(" ", PlanRole.CLERK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Plan moved(PlanOutcome outcome) {
        assertThat(outcome).isInstanceOf(Moved.class);
        return ((Moved) outcome).plan();
    }
}
