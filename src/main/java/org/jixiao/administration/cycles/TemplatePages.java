package org.jixiao.administration.cycles;

import jakarta.validation.Valid;
import java.util.Map;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.security.SignedInAccount;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.TableTemplate;
import org.jixiao.web.FieldErrors;
import org.jixiao.web.Refused;
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

/**
 * 考评表模板 editor of a cycle. One form posts everything; its buttons add a category or an item
 * (the form comes back with the new row), or save. A save that affects units' tables comes back
 * with the impact and a confirm button; only the confirmation stores the template.
 */
@Controller
@RequestMapping("/admin/cycles/{id}/template")
class TemplatePages {

    private final TemplateEditing editing;

    TemplatePages(TemplateEditing editing) {
        this.editing = editing;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        AssessmentCycle cycle = editing.cycle(id, principal.user());
        return render(cycle, TemplateForm.of(cycle.template()), cycle.version(), Map.of(), model);
    }

    @PostMapping
    String save(@PathVariable long id, @RequestParam long version,
                @Valid @ModelAttribute("form") TemplateForm form, BindingResult binding,
                @RequestParam(defaultValue = "save") String action, @RequestParam(defaultValue = "-1") int item,
                @RequestParam(defaultValue = "") String confirmation,
                @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        AssessmentCycle cycle = editing.cycle(id, principal.user());
        if (binding.hasErrors()) {
            // Shown as posted (not re-ordered), so that each message stands beside the field it is about.
            model.addAttribute("invalid", true);
            return render(cycle, form, version, FieldErrors.of(binding), model);
        }
        switch (action) {
            case "addCategory" -> {
                return render(cycle, form.withNewCategory(), version, Map.of(), model);
            }
            case "addItem" -> {
                return render(cycle, form.withNewItem(item), version, Map.of(), model);
            }
            default -> {
                // saved below
            }
        }
        TemplateForm shown = form.normalized();
        Parsed<TableTemplate> parsed = TemplateFormReader.read(shown, cycle.year());
        if (!parsed.ok()) {
            model.addAttribute("invalid", true);
            return render(cycle, shown, version, parsed.errors(), model);
        }
        TemplateEditing.Outcome outcome;
        try {
            outcome = editing.save(id, parsed.get(), version, confirmation, principal.user());
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.FORBIDDEN || refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            model.addAttribute("refusal", refused.getMessage());
            return render(cycle, shown, version, Map.of(), model);
        }
        if (outcome instanceof TemplateEditing.NeedsConfirmation preview) {
            model.addAttribute("impact", preview.impact());
            model.addAttribute("fingerprint", preview.fingerprint());
            return render(cycle, shown, version, Map.of(), model);
        }
        redirect.addFlashAttribute(outcome instanceof TemplateEditing.Saved ? "saved" : "unchanged", true);
        return "redirect:/admin/cycles/" + id + "/template";
    }

    private String render(AssessmentCycle cycle, TemplateForm form, long version, Map<String, String> errors,
                          Model model) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", CategoryRole.values());
        return "admin/cycles/template";
    }
}
