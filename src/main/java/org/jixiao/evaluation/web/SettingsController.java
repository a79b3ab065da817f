package org.jixiao.evaluation.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.jixiao.evaluation.Aggregation;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.SettingsForm;
import org.jixiao.evaluation.assessment.SettingsService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.FieldErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 评分规则: the office shows and changes a cycle's settings; a form that does not read comes back with messages. */
@Controller
@RequestMapping("/evaluation/cycles/{cycleId}/settings")
class SettingsController {

    private final SettingsService settings;
    private final Participants participants;

    SettingsController(SettingsService settings, Participants participants) {
        this.settings = settings;
        this.participants = participants;
    }

    @GetMapping
    String show(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        requireOffice(principal);
        SettingsService.Versioned current = settings.versioned(cycleId);
        return render(cycleId, SettingsForm.of(current.settings()), current.version(), Map.of(), model);
    }

    @PostMapping
    String update(@PathVariable long cycleId, @RequestParam long version, @Valid @ModelAttribute SettingsForm form,
                  BindingResult binding, @AuthenticationPrincipal SignedInAccount principal, Model model,
                  RedirectAttributes redirect) {
        requireOffice(principal);
        if (binding.hasErrors()) {
            model.addAttribute("invalid", true);
            return render(cycleId, form, version, FieldErrors.of(binding), model);
        }
        SettingsForm.Result result = form.parse();
        if (result.settings().isEmpty()) {
            model.addAttribute("invalid", true);
            return render(cycleId, form, version, result.errors(), model);
        }
        settings.update(cycleId, result.settings().get(), version, principal.user());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/evaluation/cycles/" + cycleId + "/settings";
    }

    private String render(long cycleId, SettingsForm form, long version, Map<String, String> errors, Model model) {
        model.addAttribute("cycle", participants.cycle(cycleId));
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("aggregations", Aggregation.values());
        model.addAttribute("roundingPolicies", org.jixiao.evaluation.RoundingPolicy.values());
        model.addAttribute("tieRules", org.jixiao.evaluation.TieRule.values());
        return "evaluation/settings";
    }

    private static void requireOffice(SignedInAccount principal) {
        if (!principal.user().isAdmin()) {
            throw new AccessDeniedException("仅考评办可以查看和修改评分规则");
        }
    }
}
