package org.jixiao.plan.web;

import java.util.List;
import java.util.UUID;
import org.jixiao.plan.PlanAction;
import org.jixiao.plan.PlanService;
import org.jixiao.plan.PlanStatus;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The status bar of the table page: each allowed transition is a plain form posting here; the page
 * comes back with what happened, or with the reason the step was refused, above the table.
 */
@Controller
@RequestMapping("/tables/{tableId}/plan")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    @PostMapping("/transitions")
    String take(@PathVariable UUID tableId, @RequestParam PlanAction action,
                @RequestParam(required = false) @Nullable String text,
                @RequestParam(required = false) @Nullable List<UUID> rows,
                @AuthenticationPrincipal SignedInAccount principal, RedirectAttributes redirect) {
        PlanService.TableRef table = plans.table(tableId, principal.user());
        try {
            PlanStatus status = plans.take(table, action, text, rows == null ? List.of() : rows, principal.user());
            redirect.addFlashAttribute("planDone", action);
            redirect.addFlashAttribute("planDoneStatus", status);
        } catch (Refused refused) {
            redirect.addFlashAttribute("planRefusal", refused.getMessage());
        }
        return "redirect:/tables/" + tableId;
    }

    @PostMapping("/comments")
    String comment(@PathVariable UUID tableId, @RequestParam UUID rowId,
                   @RequestParam(required = false) @Nullable String text,
                   @AuthenticationPrincipal SignedInAccount principal, RedirectAttributes redirect) {
        PlanService.TableRef table = plans.table(tableId, principal.user());
        try {
            plans.comment(table, rowId, text, principal.user());
            redirect.addFlashAttribute("planCommented", true);
        } catch (Refused refused) {
            redirect.addFlashAttribute("planRefusal", refused.getMessage());
        }
        return "redirect:/tables/" + tableId;
    }
}
