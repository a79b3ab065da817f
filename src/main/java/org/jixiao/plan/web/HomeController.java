package org.jixiao.plan.web;

import java.util.List;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.plan.TargetTableService;
import org.jixiao.security.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The home page: the cycles and, for each, the units the user may see with their tables. */
@Controller
class HomeController {

    private final AssessmentCycles cycles;
    private final TargetTableService tables;

    HomeController(AssessmentCycles cycles, TargetTableService tables) {
        this.cycles = cycles;
        this.tables = tables;
    }

    public record CycleOverview(AssessmentCycle cycle, List<TargetTableService.UnitTable> units) {
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("cycles", cycles.all().stream()
                .map(cycle -> new CycleOverview(cycle, tables.overview(cycle, principal.user())))
                .toList());
        return "home";
    }

    @PostMapping("/cycles/{cycleId}/units/{unitId}/table")
    String start(@PathVariable long cycleId, @PathVariable long unitId,
                 @AuthenticationPrincipal SignedInAccount principal) {
        UUID id = tables.start(cycleId, unitId, principal.user());
        return "redirect:/tables/" + id;
    }
}
