package org.jixiao.administration.cycles;

import jakarta.validation.Valid;
import java.util.Map;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.CycleLevel;
import org.jixiao.security.SignedInAccount;
import org.jixiao.table.TemplatePreset;
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
 * 考评年度管理 pages for the office: list, create, edit, close and reopen. A form that does not read,
 * or a refusal such as a duplicate year and series, comes back with the message beside its field.
 */
@Controller
@RequestMapping("/admin/cycles")
class CyclePages {

    private final CycleAdministration administration;

    CyclePages(CycleAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        CycleAdministration.requireOffice(principal.user());
        model.addAttribute("rows", administration.all());
        return "admin/cycles/list";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        CycleAdministration.requireOffice(principal.user());
        return createPage(CycleForm.blank(administration.nextYear()), Map.of(), model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute CycleForm form, BindingResult binding, @AuthenticationPrincipal SignedInAccount principal, Model model,
                  RedirectAttributes redirect) {
        CycleAdministration.requireOffice(principal.user());
        if (binding.hasErrors()) {
            return createPage(form, FieldErrors.of(binding), model);
        }
        Parsed<NewCycle> parsed = form.parse();
        if (!parsed.ok()) {
            return createPage(form, parsed.errors(), model);
        }
        try {
            CycleAdministration.Created created = administration.create(parsed.get(), principal.user());
            redirect.addFlashAttribute("created", created.cycle().name());
            redirect.addFlashAttribute("copiedTables", created.copied().tables());
            redirect.addFlashAttribute("skippedUnits", created.copied().skippedUnits());
            return "redirect:/admin/cycles";
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.FORBIDDEN) {
                throw refused;
            }
            return createPage(form, Map.of(fieldOf(refused), refused.getMessage()), model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        CycleAdministration.requireOffice(principal.user());
        AssessmentCycle cycle = administration.cycle(id);
        return editPage(cycle, CycleChangeForm.of(cycle), cycle.version(), Map.of(), model);
    }

    @PostMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute CycleChangeForm form,
                BindingResult binding, @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        CycleAdministration.requireOffice(principal.user());
        if (binding.hasErrors()) {
            return editPage(administration.cycle(id), form, version, FieldErrors.of(binding), model);
        }
        Parsed<CycleChangeForm.Change> parsed = form.parse();
        if (!parsed.ok()) {
            return editPage(administration.cycle(id), form, version, parsed.errors(), model);
        }
        try {
            AssessmentCycle changed = administration.change(id, parsed.get(), version, principal.user());
            redirect.addFlashAttribute("saved", changed.name());
            return "redirect:/admin/cycles";
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.FORBIDDEN || refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            return editPage(administration.cycle(id), form, version, Map.of(fieldOf(refused), refused.getMessage()),
                    model);
        }
    }

    @GetMapping("/{id}/close")
    String confirmClose(@PathVariable long id, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        CycleAdministration.requireOffice(principal.user());
        model.addAttribute("row", administration.row(id));
        return "admin/cycles/close";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @AuthenticationPrincipal SignedInAccount principal,
                 RedirectAttributes redirect) {
        redirect.addFlashAttribute("closed", administration.close(id, principal.user()).name());
        return "redirect:/admin/cycles";
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, @AuthenticationPrincipal SignedInAccount principal,
                  RedirectAttributes redirect) {
        redirect.addFlashAttribute("reopened", administration.reopen(id, principal.user()).name());
        return "redirect:/admin/cycles";
    }

    private String createPage(CycleForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", CycleLevel.values());
        model.addAttribute("presets", TemplatePreset.values());
        model.addAttribute("seriesSuggestions", CycleForm.SERIES_SUGGESTIONS);
        model.addAttribute("sources", administration.all());
        return "admin/cycles/new";
    }

    private String editPage(AssessmentCycle cycle, CycleChangeForm form, long version, Map<String, String> errors,
                            Model model) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", CycleLevel.values());
        model.addAttribute("seriesSuggestions", CycleForm.SERIES_SUGGESTIONS);
        return "admin/cycles/edit";
    }

    /** The field a refusal belongs beside; "" for the form as a whole. */
    private static String fieldOf(Refused refused) {
        return Map.of("CYCLE_EXISTS", "series", "INVALID_TOTAL_POINTS", "totalPoints",
                "COPY_SOURCE_INVALID", "copyFrom").getOrDefault(refused.code(), "");
    }
}
