package org.jixiao.security.policy;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 安全管理员's 安全策略 page: GET shows the policy in force, POST validates the form (each
 * problem beside its field) and saves it; a change made on an older version is refused with 409
 * and the conflict said above the form, the values typed kept for comparison.
 */
@Controller
class SecurityPolicyController {

    private final SecurityPolicies policies;

    SecurityPolicyController(SecurityPolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/admin/security-policy")
    String show(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        SecurityPolicy policy = policies.forEditing(principal.user());
        model.addAttribute("form", SecurityPolicyForm.of(policy));
        return page(model);
    }

    @PostMapping("/admin/security-policy")
    String save(@Valid @ModelAttribute("form") SecurityPolicyForm form, BindingResult binding,
                @AuthenticationPrincipal SignedInAccount principal, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        SecurityPolicy current = policies.forEditing(principal.user());
        if (!binding.hasErrors()) {
            form.notIntegers().forEach((field, message) -> binding.rejectValue(field, "crossField", message));
        }
        if (!binding.hasErrors()) {
            policies.problems(form.policy()).forEach((field, message) -> binding.rejectValue(field, "crossField", message));
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model);
        }
        try {
            boolean changed = !form.policy().equals(current);
            policies.change(form.policy(), principal.user());
            redirect.addFlashAttribute("done", changed ? "policy.saved" : "policy.unchanged");
            return "redirect:/admin/security-policy";
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.FORBIDDEN) {
                throw refused;
            }
            response.setStatus(refused.kind().status());
            model.addAttribute("problem", refused.getMessage());
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("mfaLocked", policies.mfaRequiredByDeployment());
        return "security/policy";
    }
}
