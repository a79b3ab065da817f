package org.jixiao.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The status bar of the table page: each allowed transition is a plain form posting here; the page
 * comes back with what happened, or with the reason the step was refused, above the table; a text too
 * long comes back beside the text field of its form.
 */
@Controller
@RequestMapping("/tables/{tableId}/plan")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    /** The longest 批复意见, 退回原因 or 调整原因 (the varchar(4000) columns of V28 and V30). */
    static final int MAX_TEXT = 4000;

    /** A transition as posted: the step, its text (approval, reason) and the rows it concerns. */
    record Transition(@Nullable PlanAction action,
                      @Size(max = MAX_TEXT, message = "{field.label.planText}{field.tooLong}") @Nullable String text,
                      @Nullable List<UUID> rows) {

        static final Transition EMPTY = new Transition(null, "", List.of());
    }

    @PostMapping("/transitions")
    String take(@PathVariable UUID tableId, @Valid Transition form, BindingResult binding,
                @AuthenticationPrincipal SignedInAccount principal, RedirectAttributes redirect) {
        PlanService.TableRef table = plans.table(tableId, principal.user());
        PlanAction action = form.action();
        FieldError textError = binding.getFieldError("text");
        if (textError != null && action != null) {
            // The text's problem stands beside the text field of the form it was typed in.
            redirect.addFlashAttribute("planTextAction", action.name());
            redirect.addFlashAttribute("planTextError", textError.getDefaultMessage());
            return "redirect:/tables/" + tableId;
        }
        if (binding.hasErrors() || action == null) {
            redirect.addFlashAttribute("planRefusal", "请从页面上的按钮进行操作（步骤或所选指标不正确）");
            return "redirect:/tables/" + tableId;
        }
        List<UUID> rows = form.rows() == null ? List.of() : form.rows();
        try {
            PlanStatus status = plans.take(table, action, form.text(), rows, principal.user());
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
