package org.jixiao.evaluation.web;

import jakarta.validation.Valid;
import org.jixiao.evaluation.Promotion;
import org.jixiao.evaluation.assessment.AdjustmentService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.FieldErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 加减分与公众评议: the office's adjustments of one unit. A field too long comes back beside the field
 * (nothing stored); the service's refusals (over the cap, no such level) on the error page.
 */
@Controller
@RequestMapping("/evaluation/cycles/{cycleId}/units/{unitId}/adjustments")
class AdjustmentController {

    private final AdjustmentService adjustments;

    AdjustmentController(AdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    @GetMapping
    String page(@PathVariable long cycleId, @PathVariable long unitId,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("view", adjustments.view(cycleId, unitId, principal.user()));
        model.addAttribute("cycleId", cycleId);
        model.addAttribute("kinds", Promotion.Kind.values());
        if (!model.containsAttribute("appraisal")) {
            model.addAttribute("appraisal", new AdjustmentForms.Appraisal(null));
        }
        if (!model.containsAttribute("incentive")) {
            model.addAttribute("incentive", new AdjustmentForms.Incentive(null, ""));
        }
        if (!model.containsAttribute("promotion")) {
            model.addAttribute("promotion", new AdjustmentForms.PromotionForm(null, null, ""));
        }
        if (!model.containsAttribute("deduction")) {
            model.addAttribute("deduction", new AdjustmentForms.Deduction("", "", ""));
        }
        return "evaluation/adjustments";
    }

    @PostMapping("/promotions")
    String promote(@PathVariable long cycleId, @PathVariable long unitId,
                   @Valid @ModelAttribute("promotion") AdjustmentForms.PromotionForm form, BindingResult binding,
                   @AuthenticationPrincipal SignedInAccount principal, Model model) {
        if (binding.hasErrors() || form.rowId() == null || form.kind() == null) {
            FieldErrors.keep(model, form, binding);
            return page(cycleId, unitId, principal, model);
        }
        adjustments.promote(cycleId, unitId, form.rowId(), form.kind(), AdjustmentForms.text(form.reason()),
                principal.user());
        return back(cycleId, unitId);
    }

    @PostMapping("/incentives")
    String incentive(@PathVariable long cycleId, @PathVariable long unitId,
                     @Valid @ModelAttribute("incentive") AdjustmentForms.Incentive form, BindingResult binding,
                     @AuthenticationPrincipal SignedInAccount principal, Model model) {
        if (binding.hasErrors()) {
            return page(cycleId, unitId, principal, model);
        }
        adjustments.addIncentive(cycleId, unitId, AdjustmentForms.text(form.level()), AdjustmentForms.text(form.reason()),
                principal.user());
        return back(cycleId, unitId);
    }

    @PostMapping("/deductions")
    String deduction(@PathVariable long cycleId, @PathVariable long unitId,
                     @Valid @ModelAttribute("deduction") AdjustmentForms.Deduction form, BindingResult binding,
                     @AuthenticationPrincipal SignedInAccount principal, Model model) {
        if (binding.hasErrors()) {
            return page(cycleId, unitId, principal, model);
        }
        adjustments.addDeduction(cycleId, unitId, Numbers.decimal(form.points(), "扣分"),
                AdjustmentForms.text(form.reason()), AdjustmentForms.text(form.evidence()), principal.user());
        return back(cycleId, unitId);
    }

    @PostMapping("/appraisal")
    String appraisal(@PathVariable long cycleId, @PathVariable long unitId,
                     @Valid @ModelAttribute("appraisal") AdjustmentForms.Appraisal form, BindingResult binding,
                     @AuthenticationPrincipal SignedInAccount principal, Model model) {
        if (binding.hasErrors()) {
            return page(cycleId, unitId, principal, model);
        }
        adjustments.setAppraisal(cycleId, unitId, Numbers.decimal(form.score(), "公众评议得分"), principal.user());
        return back(cycleId, unitId);
    }

    @PostMapping("/{kind}/{id}/delete")
    String remove(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable String kind, @PathVariable long id,
                  @AuthenticationPrincipal SignedInAccount principal) {
        adjustments.remove(cycleId, unitId, kind, id, principal.user());
        return back(cycleId, unitId);
    }

    private static String back(long cycleId, long unitId) {
        return "redirect:/evaluation/cycles/" + cycleId + "/units/" + unitId + "/adjustments";
    }
}
