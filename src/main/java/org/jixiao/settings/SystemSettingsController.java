package org.jixiao.settings;

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
 * The 系统管理员's 系统设置 page: GET shows the settings in force, POST validates (each problem
 * beside its field) and saves; a change made on an older version is refused with 409 above the form.
 */
@Controller
class SystemSettingsController {

    private final SystemSettingsService settings;

    SystemSettingsController(SystemSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/system-settings")
    String show(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("form", SystemSettingsForm.of(settings.forEditing(principal.user())));
        return page(model);
    }

    @PostMapping("/admin/system-settings")
    String save(@Valid @ModelAttribute("form") SystemSettingsForm form, BindingResult binding,
                @AuthenticationPrincipal SignedInAccount principal, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        SystemSettings current = settings.forEditing(principal.user());
        if (!binding.hasErrors()) {
            form.notIntegers().forEach((field, message) -> binding.rejectValue(field, "crossField", message));
        }
        if (!binding.hasErrors()) {
            settings.problems(form.settings()).forEach((field, message) -> binding.rejectValue(field, "crossField", message));
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model);
        }
        try {
            boolean changed = !form.settings().sameValuesAs(current);
            settings.change(form.settings(), principal.user());
            redirect.addFlashAttribute("done", changed ? "settings.saved" : "settings.unchanged");
            return "redirect:/admin/system-settings";
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
        model.addAttribute("permittedExtensions", settings.permittedExtensions());
        model.addAttribute("permittedMaxSizeMb", settings.permittedMaxSizeMb());
        return "settings/system";
    }
}
