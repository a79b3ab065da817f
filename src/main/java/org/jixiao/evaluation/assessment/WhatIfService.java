package org.jixiao.evaluation.assessment;

import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.Results;
import org.jixiao.evaluation.Scenario;
import org.jixiao.evaluation.ScoringEngine;
import org.jixiao.evaluation.WhatIf;
import org.jixiao.organization.CurrentUser;
import org.jixiao.web.Refused;
import org.springframework.stereotype.Service;

/**
 * 模拟测算: the office's sandbox of the live results. The live scenario is read as the results page
 * reads it, the changes are applied by {@link WhatIf} and scored by the {@link ScoringEngine}; nothing
 * is written — the changes live only in the request.
 */
@Service
public class WhatIfService {

    private final ScenarioBuilder builder;

    WhatIfService(ScenarioBuilder builder) {
        this.builder = builder;
    }

    /** The sandbox: live and changed results, the lines compared, and the changes applied. */
    public record Sandbox(Results live, Results sandbox, List<WhatIf.Line> lines, List<WhatIf.Change> changes) {

        public long changedCount() {
            return lines.stream().filter(WhatIf.Line::changed).count();
        }
    }

    /** A refused change, for the API's details: which change and which field. */
    public record Problem(int index, String field, String message) {
    }

    /**
     * Scores the live scenario with the changes.
     *
     * @throws Refused INVALID {@code results.whatIf.invalid} naming the first change that does not fit
     */
    public Sandbox sandbox(long cycleId, List<WhatIf.Change> changes, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        Scenario live = builder.build(cycleId).scenario();
        Scenario changed;
        try {
            changed = WhatIf.apply(live, changes);
        } catch (WhatIf.InvalidChange e) {
            throw new Refused(Refused.Kind.INVALID, "results.whatIf.invalid",
                    "第 " + (e.index() + 1) + " 项改动：" + e.getMessage(),
                    List.of(new Problem(e.index(), e.field(), e.getMessage())));
        }
        Results liveResults = ScoringEngine.score(live);
        Results sandbox = ScoringEngine.score(changed);
        return new Sandbox(liveResults, sandbox, WhatIf.compare(liveResults, sandbox), List.copyOf(changes));
    }

    /** The units the sandbox can change, id to name, in the order of the live scenario. */
    public Map<String, String> units(long cycleId, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        Map<String, String> units = new java.util.LinkedHashMap<>();
        builder.build(cycleId).scenario().units().forEach(u -> units.put(u.id(), u.name()));
        return units;
    }
}
