package org.jixiao.plan;

import java.util.List;
import org.jixiao.table.Finding;

/** What a transition gives: the plan moved on with the step to record, or a refusal that says why. */
public sealed interface PlanOutcome {

    /** The transition happened: the plan as it is now and the step for the log. */
    record Moved(Plan plan, PlanTransition transition) implements PlanOutcome {
    }

    /** The transition was refused; nothing changed. The findings explain a {@link PlanProblem#HAS_ERRORS}. */
    record Refusal(PlanProblem problem, String message, List<Finding> findings) implements PlanOutcome {

        public Refusal {
            findings = List.copyOf(findings);
        }

        Refusal(PlanProblem problem, String message) {
            this(problem, message, List.of());
        }

        public String code() {
            return problem.code();
        }
    }

    default boolean isMoved() {
        return this instanceof Moved;
    }
}
