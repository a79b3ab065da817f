package org.jixiao.evaluation.web;

import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.RaterPanelService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 考评组分配: the office assigns raters to single units or to whole groups (考评组) of the cycle. */
@Controller
@RequestMapping("/evaluation/cycles/{cycleId}/raters")
class RatersController {

    private final AssessmentService assessment;
    private final Participants participants;
    private final RaterPanelService panels;

    RatersController(AssessmentService assessment, Participants participants, RaterPanelService panels) {
        this.assessment = assessment;
        this.participants = participants;
        this.panels = panels;
    }

    @GetMapping
    String page(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("assignments", assessment.assignments(cycleId, principal.user()));
        model.addAttribute("cycle", participants.cycle(cycleId));
        model.addAttribute("groups", panels.groupPanels(cycleId, principal.user()));
        return "evaluation/raters";
    }

    @PostMapping("/assign")
    String assign(@PathVariable long cycleId, @RequestParam long raterId, @RequestParam long unitId,
                  @AuthenticationPrincipal SignedInAccount principal) {
        assessment.assign(cycleId, raterId, unitId, principal.user());
        return "redirect:/evaluation/cycles/" + cycleId + "/raters";
    }

    @PostMapping("/unassign")
    String unassign(@PathVariable long cycleId, @RequestParam long raterId, @RequestParam long unitId,
                    @AuthenticationPrincipal SignedInAccount principal) {
        assessment.unassign(cycleId, raterId, unitId, principal.user());
        return "redirect:/evaluation/cycles/" + cycleId + "/raters";
    }

    @PostMapping("/assign-group")
    String assignGroup(@PathVariable long cycleId, @RequestParam long raterId, @RequestParam long groupId,
                       @AuthenticationPrincipal SignedInAccount principal) {
        panels.assignGroup(cycleId, raterId, groupId, principal.user());
        return "redirect:/evaluation/cycles/" + cycleId + "/raters";
    }

    @PostMapping("/unassign-group")
    String unassignGroup(@PathVariable long cycleId, @RequestParam long raterId, @RequestParam long groupId,
                         @AuthenticationPrincipal SignedInAccount principal) {
        panels.unassignGroup(cycleId, raterId, groupId, principal.user());
        return "redirect:/evaluation/cycles/" + cycleId + "/raters";
    }

    /**
     * 应评人数 of a group; blank returns it to every assigned rater. A value that is no such number comes
     * back on the page beside the group's field, as typed, nothing stored.
     */
    @PostMapping("/panel-size")
    String panelSize(@PathVariable long cycleId, @RequestParam long groupId,
                     @RequestParam(required = false) @org.jspecify.annotations.Nullable String size,
                     @AuthenticationPrincipal SignedInAccount principal, Model model) {
        try {
            Integer parsed;
            if (size == null || size.isBlank()) {
                parsed = null;
            } else if (size.strip().matches("\\d{1,2}")) {
                parsed = Integer.parseInt(size.strip());
            } else {
                throw Refused.invalid("PANEL_SIZE_INVALID", "应评人数应填 1 到 7 的整数，留空则为分配给单位的全部考评员");
            }
            panels.setPanelSize(cycleId, groupId, parsed, principal.user());
        } catch (Refused refused) {
            if (refused.kind() != Refused.Kind.INVALID) {
                throw refused;
            }
            model.addAttribute("panelSizeGroup", groupId);
            model.addAttribute("panelSizeTyped", size == null ? "" : size);
            model.addAttribute("panelSizeError", refused.getMessage());
            return page(cycleId, principal, model);
        }
        return "redirect:/evaluation/cycles/" + cycleId + "/raters";
    }
}
