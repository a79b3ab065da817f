package org.jixiao.portal;

import org.jixiao.security.SignedInAccount;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 公示意见 for the office (考评办): the objections received, filtered by cycle, unit and status; answer,
 * close, and the cycle's 公示期. Every step goes back to the list as it was filtered; a refusal shows
 * its reason beside the objection it concerns.
 */
@Controller
@RequestMapping("/admin/objections")
class ObjectionsController {

    private final ObjectionOverview overview;
    private final Objections objections;

    ObjectionsController(ObjectionOverview overview, Objections objections) {
        this.overview = overview;
        this.objections = objections;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Long cycle, @RequestParam(required = false) @Nullable Long unit,
                @RequestParam(required = false) @Nullable ObjectionStatus status,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        ObjectionOverview.Filter filter = new ObjectionOverview.Filter(cycle, unit, status);
        model.addAttribute("filter", filter);
        model.addAttribute("overview", overview.overview(filter, principal.user()));
        model.addAttribute("statuses", ObjectionStatus.values());
        return "portal/objections";
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) @Nullable String answer,
                  @AuthenticationPrincipal SignedInAccount principal, FilterParams back, RedirectAttributes redirect) {
        return step(id, back, redirect, "answered", () -> objections.answer(id, answer, principal.user()));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @AuthenticationPrincipal SignedInAccount principal, FilterParams back,
                 RedirectAttributes redirect) {
        return step(id, back, redirect, "closed", () -> objections.close(id, principal.user()));
    }

    @PostMapping("/window")
    String window(@RequestParam long cycle, @RequestParam(required = false) @Nullable Integer days,
                  @AuthenticationPrincipal SignedInAccount principal, FilterParams back, RedirectAttributes redirect) {
        try {
            objections.setWindowDays(cycle, days == null ? 0 : days, principal.user());
            redirect.addAttribute("done", "window");
        } catch (Refused refused) {
            redirect.addFlashAttribute("windowProblem", refused.getMessage());
        }
        return back.redirect(redirect);
    }

    /** The list's filter, sent back with each form so that the office returns to the same list. */
    record FilterParams(@Nullable Long cycle, @Nullable Long unit, @Nullable ObjectionStatus status) {

        String redirect(RedirectAttributes redirect) {
            if (cycle != null) {
                redirect.addAttribute("cycle", cycle);
            }
            if (unit != null) {
                redirect.addAttribute("unit", unit);
            }
            if (status != null) {
                redirect.addAttribute("status", status);
            }
            return "redirect:/admin/objections";
        }
    }

    private static String step(long id, FilterParams back, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addAttribute("done", done);
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            redirect.addFlashAttribute("problemId", id);
        }
        return back.redirect(redirect);
    }
}
