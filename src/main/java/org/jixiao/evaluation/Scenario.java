package org.jixiao.evaluation;

import java.util.List;

/**
 * Everything the engine needs to score one cycle: the settings, the units with their inputs, and
 * the units taking part that cannot be scored (they count in the series for quotas and are listed
 * with their reason).
 */
public record Scenario(ScoringSettings settings, List<UnitInput> units, List<Unscorable> unscorable) {

    public Scenario {
        if (settings == null) {
            throw new IllegalArgumentException("情景缺少评分规则");
        }
        units = List.copyOf(units);
        unscorable = List.copyOf(unscorable);
    }

    public Scenario(ScoringSettings settings, List<UnitInput> units) {
        this(settings, units, List.of());
    }

    /** What in the scenario does not fit together; empty when it can be scored. */
    public List<ScenarioProblem> problems() {
        return ScenarioCheck.problems(this);
    }
}
