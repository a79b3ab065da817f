package org.jixiao.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by the engine when a scenario's parts do not fit together; carries every problem found. */
public final class InvalidScenarioException extends IllegalArgumentException {

    private final transient List<ScenarioProblem> problems;

    public InvalidScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("；")));
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}
