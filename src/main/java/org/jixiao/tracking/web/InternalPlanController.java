package org.jixiao.tracking.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.jixiao.security.SignedInAccount;
import org.jixiao.tracking.ProgressStatus;
import org.jixiao.tracking.internal.InternalPlan;
import org.jixiao.tracking.internal.InternalPlans;
import org.jixiao.web.FieldErrors;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
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

/** 二级绩效: a unit's internal department plans, each plan's page, and the roll-up per row. */
@Controller
@RequestMapping("/tracking/cycles/{cycleId}/units/{unitId}/internal")
class InternalPlanController {

    private final InternalPlans plans;

    InternalPlanController(InternalPlans plans) {
        this.plans = plans;
    }

    /** 新建科室方案 as typed: a department of the unit, or a name, and its head. */
    record CreateForm(@Nullable String departmentId,
                      @Size(max = InternalPlans.MAX_NAME, message = "{tr.internal.department}{field.tooLong}")
                      @Nullable String departmentName,
                      @Size(max = InternalPlans.MAX_PERSON, message = "{tr.internal.responsible}{field.tooLong}")
                      @Nullable String responsible) {

        static final CreateForm EMPTY = new CreateForm("", "", "");
    }

    /** The field of the create form a refusal of the input is about. */
    private static final Map<String, String> CREATE_FIELDS = Map.of("INTERNAL_DEPARTMENT", "departmentName",
            "INTERNAL_RESPONSIBLE", "responsible");

    @GetMapping
    String overview(@PathVariable long cycleId, @PathVariable long unitId, @RequestParam(required = false) @Nullable Integer period,
                    @AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("view", plans.overview(cycleId, unitId, period, principal.user()));
        if (!model.containsAttribute("createForm")) {
            model.addAttribute("createForm", CreateForm.EMPTY);
        }
        return "tracking/internal";
    }

    @PostMapping
    String create(@PathVariable long cycleId, @PathVariable long unitId,
                  @Valid @ModelAttribute("createForm") CreateForm form, BindingResult binding,
                  @AuthenticationPrincipal SignedInAccount principal, Model model) {
        Map<String, String> errors = FieldErrors.of(binding);
        if (errors.isEmpty()) {
            String departmentId = text(form.departmentId());
            try {
                Long department = departmentId.isBlank() ? null : parseId(departmentId);
                InternalPlan plan = plans.create(cycleId, unitId, department, text(form.departmentName()),
                        text(form.responsible()), principal.user());
                return "redirect:/tracking/cycles/" + cycleId + "/units/" + unitId + "/internal/" + plan.id();
            } catch (Refused refused) {
                if (refused.kind() != Refused.Kind.INVALID || !CREATE_FIELDS.containsKey(refused.code())) {
                    throw refused;
                }
                errors.put(CREATE_FIELDS.get(refused.code()), refused.getMessage());
            }
        }
        // the page again, the form as typed and each message beside its field, nothing stored
        model.addAttribute("createForm", form);
        model.addAttribute("createErrors", errors);
        return overview(cycleId, unitId, null, principal, model);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The forms' maxima, the service's own. */
    @ModelAttribute
    void maxima(Model model) {
        model.addAttribute("maxName", InternalPlans.MAX_NAME);
        model.addAttribute("maxPerson", InternalPlans.MAX_PERSON);
        model.addAttribute("maxTarget", InternalPlans.MAX_TARGET);
    }

    /**
     * One plan's page; {@code edit=plan} opens the form that renames the plan, {@code part} the form that
     * changes one of its parts (for the unit's clerk and the office).
     */
    @GetMapping("/{planId}")
    String plan(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long planId,
                @RequestParam(required = false) @Nullable Integer period, @RequestParam(required = false) @Nullable String edit,
                @RequestParam(required = false) @Nullable Long part, @AuthenticationPrincipal SignedInAccount principal,
                Model model) {
        InternalPlans.PlanView view = plans.plan(cycleId, unitId, planId, period, principal.user());
        model.addAttribute("view", view);
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute("editPlan", view.overview().edits() && "plan".equals(edit));
        model.addAttribute("editPart", view.overview().edits() ? view.parts().stream()
                .filter(l -> part != null && l.part().id() == part).findFirst().orElse(null) : null);
        return "tracking/internal-plan";
    }

    @PostMapping("/{planId}/edit")
    String update(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long planId,
                  @RequestParam(defaultValue = "") String departmentName, @RequestParam(defaultValue = "") String responsible,
                  @AuthenticationPrincipal SignedInAccount principal) {
        plans.update(cycleId, unitId, planId, departmentName, responsible, principal.user());
        return "redirect:/tracking/cycles/" + cycleId + "/units/" + unitId + "/internal/" + planId;
    }

    @PostMapping("/{planId}/delete")
    String remove(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long planId,
                  @AuthenticationPrincipal SignedInAccount principal) {
        plans.remove(cycleId, unitId, planId, principal.user());
        return "redirect:/tracking/cycles/" + cycleId + "/units/" + unitId + "/internal";
    }

    @PostMapping("/{planId}/parts/{partId}/edit")
    String updatePart(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long planId, @PathVariable long partId,
                      @RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "") String share,
                      @AuthenticationPrincipal SignedInAccount principal) {
        plans.updatePart(cycleId, unitId, planId, partId, target, share(share), principal.user());
        return "redirect:/tracking/cycles/" + cycleId + "/units/" + unitId + "/internal/" + planId + "#part-" + partId;
    }

    @PostMapping("/{planId}/parts/{partId}/delete")
    String removePart(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long planId, @PathVariable long partId,
                      @AuthenticationPrincipal SignedInAccount principal) {
        plans.removePart(cycleId, unitId, planId, partId, principal.user());
        return "redirect:/tracking/cycles/" + cycleId + "/units/" + unitId + "/internal/" + planId;
    }

    @PostMapping("/{planId}/parts")
    String assign(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long planId,
                  @RequestParam(defaultValue = "") String rowId, @RequestParam(defaultValue = "") String target,
                  @RequestParam(defaultValue = "") String share, @AuthenticationPrincipal SignedInAccount principal) {
        UUID row;
        try {
            row = UUID.fromString(rowId);
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("INTERNAL_ROW", "请选择本单位考评表中的二级指标");
        }
        plans.assign(cycleId, unitId, planId, row, target, share(share), principal.user());
        return "redirect:/tracking/cycles/" + cycleId + "/units/" + unitId + "/internal/" + planId;
    }

    @PostMapping("/{planId}/parts/{partId}")
    String report(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long planId, @PathVariable long partId,
                  @RequestParam int period, @RequestParam(defaultValue = "") String status,
                  @RequestParam(defaultValue = "") String percent, @RequestParam(defaultValue = "") String done,
                  @AuthenticationPrincipal SignedInAccount principal) {
        plans.report(cycleId, unitId, planId, partId, period, ProgressController.status(status),
                ProgressController.percent(percent), done, principal.user());
        return "redirect:/tracking/cycles/" + cycleId + "/units/" + unitId + "/internal/" + planId + "?period=" + period
                + "#part-" + partId;
    }

    private static @Nullable BigDecimal share(String value) {
        String v = value.strip().replace("%", "");
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw Refused.invalid("INTERNAL_SHARE", "分解比重应为大于 0、不超过 100 的百分数（最多两位小数），不填则平均分配");
        }
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw Refused.invalid("INTERNAL_DEPARTMENT", "请选择本单位的科室");
        }
    }
}
