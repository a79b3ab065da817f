package org.jixiao.evaluation;

import java.util.List;

/** Everything the engine needs to score one cycle: the settings and the units with their inputs. */
public record Scenario(ScoringSettings settings, List<UnitInput> units) {

    public Scenario {
        if (settings == null) {
            throw new IllegalArgumentException("情景缺少评分规则");
        }
        units = List.copyOf(units);
    }

    /** What in the scenario does not fit together; empty when it can be scored. */
    public List<ScenarioProblem> problems() {
        return ScenarioCheck.problems(this);
    }
}
