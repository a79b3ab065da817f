package org.jixiao.evaluation.web;

import java.util.UUID;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.SettingsService;
import org.jixiao.security.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 牵头部门评定: a lead department's items across every unit of the cycle, graded in one list. */
@Controller
@RequestMapping("/evaluation/cycles/{cycleId}/lead")
class LeadController {

    private final AssessmentService assessment;
    private final SettingsService settings;
    private final Participants participants;

    LeadController(AssessmentService assessment, SettingsService settings, Participants participants) {
        this.assessment = assessment;
        this.settings = settings;
        this.participants = participants;
    }

    @GetMapping
    String page(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("items", assessment.leadItems(cycleId, principal.user()));
        model.addAttribute("department", settings.leadDepartmentOf(principal.user()).orElse(""));
        model.addAttribute("cycle", participants.cycle(cycleId));
        return "evaluation/lead";
    }

    @PostMapping("/units/{unitId}/rows/{rowId}")
    String grade(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable UUID rowId,
                 @RequestParam(required = false) @Nullable String tier,
                 @RequestParam(required = false) @Nullable String readAt,
                 @AuthenticationPrincipal SignedInAccount principal) {
        assessment.grade(cycleId, unitId, rowId, Numbers.tier(tier), readAt, null, principal.user());
        return "redirect:/evaluation/cycles/" + cycleId + "/lead#row-" + rowId;
    }
}
