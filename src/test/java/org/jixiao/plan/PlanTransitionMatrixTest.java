package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every transition by every role in every state, with the inputs a transition asks for given: the
 * tables below are the specification. {@code ok} moves the plan; {@code S} is refused with
 * PLAN_NOT_IN_STATE, {@code R} with PLAN_NOT_ALLOWED and {@code L} with PLAN_LEADER_NOT_CONFIRMED.
 * "LEADER_APPROVAL+" is the state after the unit's leader confirmed; "ADJUSTING" has an open
 * mid-year adjustment of an approved table. The last three columns are REQUEST_ADJUSTMENT,
 * APPROVE_ADJUSTMENT and REJECT_ADJUSTMENT.
 */
class PlanTransitionMatrixTest {

    private static final Instant AT = Instant.parse("2025-07-20T08:00:00Z");

    private static final String COLUMNS =
            "SUBMIT START_PEER_REVIEW FINISH_PEER_REVIEW PASS_OFFICE_REVIEW LEADER_APPROVE APPROVE PUBLISH RETURN "
                    + "REQUEST_ADJUSTMENT APPROVE_ADJUSTMENT REJECT_ADJUSTMENT";

    private static final String OFFICE = """
            DRAFT             R  S  S  S  S  S  S  S  S  S  S
            SUBMITTED         S  ok S  S  S  S  S  ok S  S  S
            PEER_REVIEW       S  S  ok S  S  S  S  ok S  S  S
            OFFICE_REVIEW     S  S  S  ok S  S  S  ok S  S  S
            LEADER_APPROVAL   S  S  S  S  R  L  S  ok S  S  S
            LEADER_APPROVAL+  S  S  S  S  S  ok S  ok S  S  S
            APPROVED          S  S  S  S  S  S  ok S  R  S  S
            PUBLISHED         S  S  S  S  S  S  S  S  R  S  S
            ADJUSTING         S  S  S  S  S  S  S  S  S  ok ok
            """;

    private static final String CLERK = """
            DRAFT             ok S  S  S  S  S  S  S  S  S  S
            SUBMITTED         S  R  S  S  S  S  S  R  S  S  S
            PEER_REVIEW       S  S  R  S  S  S  S  R  S  S  S
            OFFICE_REVIEW     S  S  S  R  S  S  S  R  S  S  S
            LEADER_APPROVAL   S  S  S  S  R  R  S  R  S  S  S
            LEADER_APPROVAL+  S  S  S  S  S  R  S  R  S  S  S
            APPROVED          S  S  S  S  S  S  R  S  ok S  S
            PUBLISHED         S  S  S  S  S  S  S  S  ok S  S
            ADJUSTING         S  S  S  S  S  S  S  S  S  R  R
            """;

    private static final String LEADER = """
            DRAFT             R  S  S  S  S  S  S  S  S  S  S
            SUBMITTED         S  R  S  S  S  S  S  R  S  S  S
            PEER_REVIEW       S  S  R  S  S  S  S  R  S  S  S
            OFFICE_REVIEW     S  S  S  R  S  S  S  R  S  S  S
            LEADER_APPROVAL   S  S  S  S  ok R  S  ok S  S  S
            LEADER_APPROVAL+  S  S  S  S  S  R  S  R  S  S  S
            APPROVED          S  S  S  S  S  S  R  S  R  S  S
            PUBLISHED         S  S  S  S  S  S  S  S  R  S  S
            ADJUSTING         S  S  S  S  S  S  S  S  S  R  R
            """;

    /** Peers and people with no part in the plan take no transition at all. */
    private static final String OUTSIDER = """
            DRAFT             R  S  S  S  S  S  S  S  S  S  S
            SUBMITTED         S  R  S  S  S  S  S  R  S  S  S
            PEER_REVIEW       S  S  R  S  S  S  S  R  S  S  S
            OFFICE_REVIEW     S  S  S  R  S  S  S  R  S  S  S
            LEADER_APPROVAL   S  S  S  S  R  R  S  R  S  S  S
            LEADER_APPROVAL+  S  S  S  S  S  R  S  R  S  S  S
            APPROVED          S  S  S  S  S  S  R  S  R  S  S
            PUBLISHED         S  S  S  S  S  S  S  S  R  S  S
            ADJUSTING         S  S  S  S  S  S  S  S  S  R  R
            """;

    @TestFactory
    Stream<DynamicTest> everyRoleInEveryStateGetsExactlyTheSpecifiedAnswer() {
        List<DynamicTest> tests = new ArrayList<>();
        add(tests, PlanRole.OFFICE, OFFICE);
        add(tests, PlanRole.CLERK, CLERK);
        add(tests, PlanRole.LEADER, LEADER);
        add(tests, PlanRole.PEER, OUTSIDER);
        add(tests, PlanRole.NONE, OUTSIDER);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> allowedActionsAreThoseTheMatrixAllows() {
        List<DynamicTest> tests = new ArrayList<>();
        for (PlanRole role : PlanRole.values()) {
            String table = switch (role) {
                case OFFICE -> OFFICE;
                case CLERK -> CLERK;
                case LEADER -> LEADER;
                case PEER, NONE -> OUTSIDER;
            };
            for (String line : table.strip().split("\n")) {
                String[] cells = line.strip().split("\\s+");
                Plan plan = plan(cells[0]);
                List<PlanAction> expected = new ArrayList<>();
                String[] actions = COLUMNS.split(" ");
                for (int i = 0; i < actions.length; i++) {
                    if (cells[i + 1].equals("ok")) {
                        expected.add(PlanAction.valueOf(actions[i]));
                    }
                }
                tests.add(DynamicTest.dynamicTest(role + " in " + cells[0] + " may " + expected, () ->
                        assertThat(plan.allowedActions(new PlanActor("someone", role)))
                                .containsExactlyInAnyOrderElementsOf(expected)));
            }
        }
        return tests.stream();
    }

    private static void add(List<DynamicTest> tests, PlanRole role, String table) {
        String[] actions = COLUMNS.split(" ");
        for (String line : table.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            assertThat(cells).hasSize(actions.length + 1);
            for (int i = 0; i < actions.length; i++) {
                PlanAction action = PlanAction.valueOf(actions[i]);
                String expected = cells[i + 1];
                String state = cells[0];
                tests.add(DynamicTest.dynamicTest(role + " " + action + " in " + state + " → " + expected,
                        () -> check(plan(state), role, action, expected)));
            }
        }
    }

    private static void check(Plan plan, PlanRole role, PlanAction action, String expected) {
        PlanOutcome outcome = take(plan, new PlanActor("someone", role), action);
        switch (expected) {
            case "ok" -> {
                assertThat(outcome).isInstanceOf(PlanOutcome.Moved.class);
                PlanTransition step = ((PlanOutcome.Moved) outcome).transition();
                assertThat(step.action()).isEqualTo(action);
                assertThat(step.from()).isEqualTo(plan.status());
                assertThat(step.role()).isEqualTo(role);
                assertThat(step.actor()).isEqualTo("someone");
            }
            case "S" -> assertRefused(outcome, "PLAN_NOT_IN_STATE");
            case "R" -> assertRefused(outcome, "PLAN_NOT_ALLOWED");
            case "L" -> assertRefused(outcome, "PLAN_LEADER_NOT_CONFIRMED");
            default -> throw new IllegalArgumentException(expected);
        }
    }

    private static void assertRefused(PlanOutcome outcome, String code) {
        assertThat(outcome).isInstanceOf(PlanOutcome.Refusal.class);
        PlanOutcome.Refusal refusal = (PlanOutcome.Refusal) outcome;
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.message()).isNotBlank();
    }

    static PlanOutcome take(Plan plan, PlanActor by, PlanAction action) {
        return switch (action) {
            case SUBMIT -> plan.submit(by, List.of(), AT);
            case START_PEER_REVIEW -> plan.startPeerReview(by, true, AT);
            case FINISH_PEER_REVIEW -> plan.finishPeerReview(by, AT);
            case PASS_OFFICE_REVIEW -> plan.passOfficeReview(by, AT);
            case LEADER_APPROVE -> plan.leaderApprove(by, AT);
            case APPROVE -> plan.approve(by, "同意。", AT);
            case PUBLISH -> plan.publish(by, AT);
            case RETURN -> plan.returnForRevision(by, "请修改", List.of(UUID.randomUUID()), AT);
            case REQUEST_ADJUSTMENT -> plan.requestAdjustment(by, "政策调整", List.of(UUID.randomUUID()), AT);
            case APPROVE_ADJUSTMENT -> plan.approveAdjustment(by, List.of(), "同意调整。", AT);
            case REJECT_ADJUSTMENT -> plan.rejectAdjustment(by, "理由不充分", AT);
        };
    }

    static Plan plan(String state) {
        if (state.equals("ADJUSTING")) {
            return new Plan(7, 11, PlanStatus.ADJUSTING, true, "同意。", Instant.EPOCH, "earlier",
                    new PlanAdjustment("政策调整", List.of(UUID.randomUUID()), PlanStatus.APPROVED, "clerk", Instant.EPOCH));
        }
        boolean confirmed = state.endsWith("+");
        PlanStatus status = PlanStatus.valueOf(confirmed ? state.substring(0, state.length() - 1) : state);
        return new Plan(7, 11, status, confirmed || status.isApproved(), status.isApproved() ? "同意。" : "",
                Instant.EPOCH, "earlier");
    }
}
