package org.jixiao.evaluation.web;

import java.util.List;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ResultsService;
import org.jixiao.evaluation.assessment.SelfEvaluationService;
import org.jixiao.evaluation.assessment.SettingsService;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The cycle's assessment overview: what the signed-in user can do, unit by unit. */
@Controller
class HubController {

    private final Participants participants;
    private final AssessmentService assessment;
    private final SelfEvaluationService selfEvaluation;
    private final ResultsService results;
    private final SettingsService settings;

    HubController(Participants participants, AssessmentService assessment, SelfEvaluationService selfEvaluation,
                  ResultsService results, SettingsService settings) {
        this.participants = participants;
        this.assessment = assessment;
        this.selfEvaluation = selfEvaluation;
        this.results = results;
        this.settings = settings;
    }

    /** A unit as the overview lists it, with what the user may open. */
    record Entry(Unit unit, boolean self, boolean assess, boolean peer, boolean explanation, String status) {
    }

    @GetMapping("/evaluation/cycles/{cycleId}")
    String hub(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        CurrentUser user = principal.user();
        if (user.role().isSystemAdministration()) {
            // 三员分立: the system, security and audit administrators see no assessment data, not even results.
            throw Refused.forbidden("BUSINESS_DATA_FORBIDDEN", "系统管理员、安全管理员和审计管理员不能查看考评业务数据");
        }
        List<Unit> all = participants.units(cycleId);
        java.util.Set<Long> assigned = assessment.assignedUnitIds(cycleId, user);
        Unit own = all.stream().filter(u -> user.actsFor(u.id())).findFirst().orElse(null);
        var statuses = selfEvaluation.statuses(cycleId);
        List<Entry> entries = all.stream().map(unit -> {
            long id = unit.id();
            boolean mine = user.actsFor(id);
            boolean peer = user.role() == Role.UNIT_CLERK && own != null && !mine
                    && unit.series().equals(own.series()) && unit.groupName().equals(own.groupName());
            boolean rater = assigned.contains(id);
            String status = statuses.getOrDefault(id, org.jixiao.evaluation.assessment.SubmissionStatus.DRAFT).name();
            return new Entry(unit, user.isAdmin() || mine, user.isAdmin() || rater, peer,
                    user.isAdmin() || rater || mine, status);
        }).filter(e -> e.self() || e.assess() || e.peer() || e.explanation()).toList();
        model.addAttribute("cycle", participants.cycle(cycleId));
        model.addAttribute("entries", entries);
        model.addAttribute("lead", settings.leadDepartmentOf(user).orElse(null));
        model.addAttribute("versions", results.versions(cycleId));
        return "evaluation/hub";
    }
}
