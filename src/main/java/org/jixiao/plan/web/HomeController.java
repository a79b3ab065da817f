package org.jixiao.plan.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.plan.LastYearTables;
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
    private final LastYearTables lastYear;

    HomeController(AssessmentCycles cycles, TargetTableService tables, LastYearTables lastYear) {
        this.cycles = cycles;
        this.tables = tables;
        this.lastYear = lastYear;
    }

    /** A cycle on the home page; {@code withLastYear}: the units with an earlier table to copy. */
    public record CycleOverview(AssessmentCycle cycle, List<TargetTableService.UnitTable> units, Set<Long> withLastYear) {
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("cycles", cycles.all().stream()
                .map(cycle -> overview(cycle, principal))
                .toList());
        return "home";
    }

    private CycleOverview overview(AssessmentCycle cycle, SignedInAccount principal) {
        List<TargetTableService.UnitTable> units = tables.overview(cycle, principal.user());
        // Read only where a unit without a table may be started by this user (the copy button).
        boolean offersCopy = units.stream().anyMatch(u -> u.table() == null && principal.user().canEdit(u.unit().id()));
        return new CycleOverview(cycle, units, offersCopy ? lastYear.unitsWithEarlierTable(cycle) : Set.of());
    }

    @PostMapping("/cycles/{cycleId}/units/{unitId}/table")
    String start(@PathVariable long cycleId, @PathVariable long unitId,
                 @AuthenticationPrincipal SignedInAccount principal) {
        UUID id = tables.start(cycleId, unitId, principal.user());
        return "redirect:/tables/" + id;
    }
}
