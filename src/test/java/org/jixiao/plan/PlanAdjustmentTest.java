package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jixiao.plan.PlanOutcome.Moved;
import org.jixiao.plan.PlanOutcome.Refusal;
import org.jixiao.table.Finding;
import org.jixiao.table.Location;
import org.junit.jupiter.api.Test;

/** 年中调整: the clerk asks for named rows of an approved table, the office approves or rejects. */
class PlanAdjustmentTest {

    private static final Instant AT = Instant.parse("2025-08-20T08:00:00Z");
    private static final PlanActor CLERK = new PlanActor("bdt", PlanRole.CLERK);
    private static final PlanActor OFFICE = new PlanActor("admin", PlanRole.OFFICE);
    private static final PlanActor LEADER = new PlanActor("bdt-leader", PlanRole.LEADER);
    private static final UUID ROW = UUID.randomUUID();
    private static final Finding ERROR = Finding.error("TOTAL_POINTS_DIFFER", Location.TABLE, "考评表合计 101 分，应为 100 分");

    @Test
    void theClerkOpensAnAdjustmentOfAnApprovedTableNamingRowsAndAReason() {
        Plan approved = PlanTransitionMatrixTest.plan("APPROVED");

        Moved moved = (Moved) approved.requestAdjustment(CLERK, "  上级政策调整  ", List.of(ROW, ROW), AT);

        assertThat(moved.plan().status()).isEqualTo(PlanStatus.ADJUSTING);
        assertThat(moved.plan().adjustment()).isEqualTo(
                new PlanAdjustment("上级政策调整", List.of(ROW), PlanStatus.APPROVED, "bdt", AT));
        assertThat(moved.plan().approvalText()).isEqualTo("同意。");
        assertThat(moved.transition()).isEqualTo(new PlanTransition(PlanAction.REQUEST_ADJUSTMENT, PlanStatus.APPROVED,
                PlanStatus.ADJUSTING, "bdt", PlanRole.CLERK, "上级政策调整", List.of(ROW), AT));
        assertThat(moved.plan().isLocked()).isTrue();
        assertThat(moved.plan().status().isApproved()).as("year-end work waits").isFalse();
    }

    @Test
    void aPublishedTableReturnsToPublishedWhenTheAdjustmentIsDecided() {
        Plan adjusting = moved(PlanTransitionMatrixTest.plan("PUBLISHED").requestAdjustment(CLERK, "调整", List.of(ROW), AT));

        assertThat(moved(adjusting.approveAdjustment(OFFICE, List.of(), null, AT)).status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(moved(adjusting.rejectAdjustment(OFFICE, "依据不足", AT)).status()).isEqualTo(PlanStatus.PUBLISHED);
    }

    @Test
    void anAdjustmentNeedsAReasonAndAtLeastOneRow() {
        Plan approved = PlanTransitionMatrixTest.plan("APPROVED");

        Refusal noReason = (Refusal) approved.requestAdjustment(CLERK, " ", List.of(ROW), AT);
        Refusal noRows = (Refusal) approved.requestAdjustment(CLERK, "调整", List.of(), AT);

        assertThat(noReason.code()).isEqualTo("PLAN_REASON_REQUIRED");
        assertThat(noRows.code()).isEqualTo("PLAN_ADJUSTMENT_ROWS_REQUIRED");
        assertThat(noRows.message()).contains("请选择要调整的指标");
    }

    @Test
    void theOfficeApprovesTheAdjustmentOnlyWithoutErrorsAndTheTransitionKeepsTheRows() {
        Plan adjusting = moved(PlanTransitionMatrixTest.plan("APPROVED").requestAdjustment(CLERK, "调整", List.of(ROW), AT));

        Refusal refusal = (Refusal) adjusting.approveAdjustment(OFFICE, List.of(ERROR), "同意", AT);
        assertThat(refusal.code()).isEqualTo("PLAN_HAS_ERRORS");
        assertThat(refusal.findings()).containsExactly(ERROR);

        Moved moved = (Moved) adjusting.approveAdjustment(OFFICE, List.of(), " 同意调整。 ", AT);
        assertThat(moved.plan().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(moved.plan().adjustment()).isNull();
        assertThat(moved.plan().approvalText()).as("the 批复 text stays").isEqualTo("同意。");
        assertThat(moved.transition()).isEqualTo(new PlanTransition(PlanAction.APPROVE_ADJUSTMENT, PlanStatus.ADJUSTING,
                PlanStatus.APPROVED, "admin", PlanRole.OFFICE, "同意调整。", List.of(ROW), AT));
    }

    @Test
    void aRejectionNeedsAReason() {
        Plan adjusting = moved(PlanTransitionMatrixTest.plan("APPROVED").requestAdjustment(CLERK, "调整", List.of(ROW), AT));

        assertThat(((Refusal) adjusting.rejectAdjustment(OFFICE, "", AT)).code()).isEqualTo("PLAN_REASON_REQUIRED");
        Moved moved = (Moved) adjusting.rejectAdjustment(OFFICE, "依据不足", AT);
        assertThat(moved.transition().action()).isEqualTo(PlanAction.REJECT_ADJUSTMENT);
        assertThat(moved.transition().reason()).isEqualTo("依据不足");
        assertThat(moved.plan().status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void refusalsSayWhatToDo() {
        Plan adjusting = moved(PlanTransitionMatrixTest.plan("APPROVED").requestAdjustment(CLERK, "调整", List.of(ROW), AT));

        Refusal twice = (Refusal) adjusting.requestAdjustment(CLERK, "再调整", List.of(ROW), AT);
        assertThat(twice.code()).isEqualTo("PLAN_NOT_IN_STATE");
        assertThat(twice.message()).isEqualTo("考评表正在年中调整，请等待考评办审批本次调整后再申请");

        Refusal draft = (Refusal) Plan.draft(1, 2).requestAdjustment(CLERK, "调整", List.of(ROW), AT);
        assertThat(draft.message()).isEqualTo("考评表当前状态为“草稿”，批复后才能申请年中调整");

        Refusal leader = (Refusal) PlanTransitionMatrixTest.plan("APPROVED").requestAdjustment(LEADER, "调整", List.of(ROW), AT);
        assertThat(leader.code()).isEqualTo("PLAN_NOT_ALLOWED");
        assertThat(leader.message()).isEqualTo("只有本单位经办人可以申请年中调整");

        Refusal clerk = (Refusal) adjusting.approveAdjustment(CLERK, List.of(), null, AT);
        assertThat(clerk.message()).isEqualTo("只有考评办可以同意年中调整");
    }

    @Test
    void anAdjustingPlanCarriesItsRequestAndNoOtherPlanDoes() {
        PlanAdjustment request = new PlanAdjustment("调整", List.of(ROW), PlanStatus.APPROVED, "bdt", AT);

        assertThatThrownBy(() -> new Plan(1, 2, PlanStatus.ADJUSTING, true, "", AT, "bdt", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Plan(1, 2, PlanStatus.APPROVED, true, "", AT, "bdt", request))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanAdjustment("调整", List.of(ROW), PlanStatus.DRAFT, "bdt", AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(request.names(ROW)).isTrue();
    }

    private static Plan moved(PlanOutcome outcome) {
        assertThat(outcome).isInstanceOf(Moved.class);
        return ((Moved) outcome).plan();
    }
}
