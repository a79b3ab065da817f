package org.jixiao.evaluation.assessment;

import java.util.List;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.support.TestWorlds;
import org.jixiao.organization.Role;
import org.springframework.stereotype.Component;

/**
 * A test world for the assessment: the two units of {@link TestWorlds}, their tables approved, plus two raters (one drawn
 * from unit A), a 市委文明办 lead department account, and rater 1 assigned to unit B.
 */
@Component
public class EvaluationWorlds {

    private final TestWorlds worlds;
    private final Accounts accounts;
    private final SettingsService settings;
    private final AssessmentService assessment;

    EvaluationWorlds(TestWorlds worlds, Accounts accounts, SettingsService settings, AssessmentService assessment) {
        this.worlds = worlds;
        this.accounts = accounts;
        this.settings = settings;
        this.assessment = assessment;
    }

    public record World(TestWorlds.World base, Account rater, Account raterFromA, Account civility) {

        public long cycleId() {
            return base.cycle().id();
        }

        public CurrentUser admin() {
            return CurrentUser.of(base.admin());
        }
    }

    /** The world with both tables approved (year-end work runs only on approved tables). */
    public World create() {
        TestWorlds.World base = worlds.approve(worlds.create());
        String suffix = base.admin().username().substring("admin-".length());
        Account rater = accounts.create("rater-" + suffix, TestWorlds.PASSWORD, "考评员甲", Role.RATER, null);
        Account raterFromA = accounts.create("rater-a-" + suffix, TestWorlds.PASSWORD, "考评员乙", Role.RATER,
                base.unitA().id());
        Account civility = accounts.create("wmb-" + suffix, TestWorlds.PASSWORD, "市委文明办", Role.LEAD_DEPARTMENT, null);
        settings.linkLeadDepartment(civility.id(), "市委文明办");
        assessment.assign(base.cycle().id(), rater.id(), base.unitB().id(), CurrentUser.of(base.admin()));
        return new World(base, rater, raterFromA, civility);
    }

    public static List<String> codes(ScoredRows rows) {
        return rows.rows().stream().map(r -> r.code().value()).toList();
    }
}
