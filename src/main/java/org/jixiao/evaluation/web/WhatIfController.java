package org.jixiao.evaluation.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.WhatIf;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.WhatIfService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 模拟测算: the office changes appraisal, tiers, scores or adjustments of chosen units and sees the
 * results move against the live figures. The list of changes travels in hidden fields of the form
 * ({@code c.kind}, {@code c.unitId}, … in order); the new change comes in {@code n.*}. Nothing is stored.
 */
@Controller
@RequestMapping("/evaluation/cycles/{cycleId}/results/what-if")
class WhatIfController {

    private static final List<String> FIELDS = List.of("kind", "unitId", "item", "rater", "value", "reason");

    /** The typed fields of the new change, with their documented maxima (the page's {@code maxlength}). */
    record NextFields(@Size(max = 20, message = "{whatif.field.item}{field.tooLong}") String item,
                      @Size(max = 64, message = "{whatif.field.rater}{field.tooLong}") String rater,
                      @Size(max = 20, message = "{whatif.field.value}{field.tooLong}") String value,
                      @Size(max = 500, message = "{whatif.field.reason}{field.tooLong}") String reason) {

        static NextFields of(WhatIf.Change change) {
            return new NextFields(change.item(), change.rater(), change.value(), change.reason());
        }
    }

    private final WhatIfService whatIf;
    private final Participants participants;
    private final Validator validator;

    WhatIfController(WhatIfService whatIf, Participants participants, Validator validator) {
        this.whatIf = whatIf;
        this.participants = participants;
        this.validator = validator;
    }

    @GetMapping
    String page(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        return render(cycleId, List.of(), emptyNext(), principal, model);
    }

    @PostMapping
    String change(@PathVariable long cycleId, @RequestParam MultiValueMap<String, String> form,
                  @RequestParam(required = false) @Nullable String action,
                  @AuthenticationPrincipal SignedInAccount principal, Model model) {
        List<WhatIf.Change> changes = changes(form);
        WhatIf.Change next = change(form, "n.", 0);
        String act = action == null ? "" : action;
        if (act.equals("reset")) {
            return render(cycleId, List.of(), emptyNext(), principal, model);
        }
        if (act.startsWith("remove:")) {
            int index = parseIndex(act.substring("remove:".length()));
            if (index >= 0 && index < changes.size()) {
                changes.remove(index);
            }
            return render(cycleId, changes, next, principal, model);
        }
        Map<String, String> tooLong = new LinkedHashMap<>();
        for (ConstraintViolation<NextFields> violation : validator.validate(NextFields.of(next))) {
            tooLong.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!tooLong.isEmpty()) {
            model.addAttribute("errors", tooLong);
            return render(cycleId, changes, next, principal, model);
        }
        List<WhatIf.Change> withNext = new ArrayList<>(changes);
        withNext.add(next);
        try {
            model.addAttribute("sandbox", whatIf.sandbox(cycleId, withNext, principal.user()));
        } catch (Refused refused) {
            if (!refused.details().isEmpty() && refused.details().get(0) instanceof WhatIfService.Problem p && p.index() == changes.size()) {
                model.addAttribute("errors", Map.of(p.field(), p.message()));
                return render(cycleId, changes, next, principal, model);
            }
            // a change kept from before no longer fits (the live data moved): start again from the live figures
            model.addAttribute("error", refused.getMessage());
            return render(cycleId, List.of(), next, principal, model);
        }
        return fill(cycleId, emptyNext(), principal, model);
    }

    private String render(long cycleId, List<WhatIf.Change> changes, WhatIf.Change next,
                          SignedInAccount principal, Model model) {
        model.addAttribute("sandbox", whatIf.sandbox(cycleId, changes, principal.user()));
        return fill(cycleId, next, principal, model);
    }

    private String fill(long cycleId, WhatIf.Change next, SignedInAccount principal, Model model) {
        model.addAttribute("cycle", participants.cycle(cycleId));
        model.addAttribute("units", whatIf.units(cycleId, principal.user()));
        model.addAttribute("kinds", WhatIf.Kind.values());
        model.addAttribute("next", next);
        model.addAttribute("nextFields", NextFields.of(next));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "evaluation/what-if";
    }

    private static WhatIf.Change emptyNext() {
        return new WhatIf.Change("appraisal", "", "", "", "", "");
    }

    /** The kept changes: the {@code c.*} fields, aligned by position. */
    static List<WhatIf.Change> changes(MultiValueMap<String, String> form) {
        List<String> kinds = form.getOrDefault("c.kind", List.of());
        List<WhatIf.Change> changes = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            changes.add(change(form, "c.", i));
        }
        return changes;
    }

    private static WhatIf.Change change(MultiValueMap<String, String> form, String prefix, int i) {
        String[] values = new String[FIELDS.size()];
        for (int f = 0; f < FIELDS.size(); f++) {
            List<String> list = form.getOrDefault(prefix + FIELDS.get(f), List.of());
            values[f] = i < list.size() ? list.get(i) : "";
        }
        return new WhatIf.Change(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
