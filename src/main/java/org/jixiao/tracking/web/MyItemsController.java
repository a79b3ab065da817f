package org.jixiao.tracking.web;

import java.util.Comparator;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.security.SignedInAccount;
import org.jixiao.tracking.progress.ProgressService;
import org.jixiao.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 我的事项: the rows the signed-in account answers for, across every unit it belongs to, grouped by unit. */
@Controller
class MyItemsController {

    private final ProgressService progress;
    private final AssessmentCycles cycles;

    MyItemsController(ProgressService progress, AssessmentCycles cycles) {
        this.progress = progress;
        this.cycles = cycles;
    }

    @GetMapping("/tracking")
    String mine(@RequestParam(required = false) @Nullable Long cycle, @AuthenticationPrincipal SignedInAccount principal,
                Model model) {
        AssessmentCycle chosen = cycle != null ? cycles.find(cycle).orElseThrow(() -> new NotFound("考评年度不存在"))
                : cycles.all().stream().max(Comparator.comparingInt(AssessmentCycle::year).thenComparingLong(AssessmentCycle::id))
                        .orElseThrow(() -> new NotFound("尚未建立考评年度"));
        model.addAttribute("cycle", chosen);
        model.addAttribute("cycles", cycles.all());
        model.addAttribute("units", progress.myItems(chosen.id(), principal.user()));
        return "tracking/mine";
    }
}
