package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The sandbox over generated scenarios: no change is the live results, a deduction never helps. */
class WhatIfPropertiesTest {

    @Property
    void anEmptyChangeSetGivesTheLiveResults(@ForAll("scenarios") Scenario scenario) {
        Scenario sandbox = WhatIf.apply(scenario, List.of());
        Results live = ScoringEngine.score(scenario);
        Results what = ScoringEngine.score(sandbox);

        assertThat(sandbox).isEqualTo(scenario);
        assertThat(what).isEqualTo(live);
        assertThat(WhatIf.compare(live, what)).hasSize(live.units().size()).noneMatch(WhatIf.Line::changed);
    }

    @Property
    void settingAnAppraisalToItsOwnValueChangesNothing(@ForAll("scenarios") Scenario scenario) {
        List<WhatIf.Change> same = scenario.units().stream().filter(u -> u.publicAppraisal() != null)
                .map(u -> new WhatIf.Change("appraisal", u.id(), "", "", u.publicAppraisal().toPlainString(), ""))
                .toList();
        Results live = ScoringEngine.score(scenario);

        assertThat(WhatIf.compare(live, ScoringEngine.score(WhatIf.apply(scenario, same))))
                .noneMatch(WhatIf.Line::changed);
    }

    @Property
    void aFurtherDeductionNeverRaisesTheComposite(@ForAll("scenarios") Scenario scenario,
                                                  @ForAll @IntRange(min = 0, max = 500) int cents) {
        Results live = ScoringEngine.score(scenario);
        for (UnitInput unit : scenario.units()) {
            Results sandbox = ScoringEngine.score(WhatIf.apply(scenario, List.of(new WhatIf.Change(
                    "deduction", unit.id(), "", "", BigDecimal.valueOf(cents, 2).toPlainString(), "模拟扣分"))));
            assertThat(sandbox.unit(unit.id()).orElseThrow().composite())
                    .isLessThanOrEqualTo(live.unit(unit.id()).orElseThrow().composite());
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return new ScoringPropertiesTest().scenarios();
    }
}
