package org.jixiao.evaluation.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.ResultsService;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.security.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 考评打分: one unit's rows with the inputs the user may give — a rater's score, the office's tier, a
 * peer clerk's grade, a lead department's tier. Each change is an htmx POST answered with the
 * re-rendered sheet, whose header shows the unit's live total and rank; a rater's score save with its
 * row and (out of band) the unit's totals only.
 */
@Controller
@RequestMapping("/evaluation/cycles/{cycleId}/units/{unitId}/assess")
class AssessmentController {

    private static final String SHEET = "evaluation/assess :: sheet";
    private static final String SAVED_ROW = "evaluation/assess-row";

    private final AssessmentService assessment;
    private final ResultsService results;

    AssessmentController(AssessmentService assessment, ResultsService results) {
        this.assessment = assessment;
        this.results = results;
    }

    @GetMapping
    String page(@PathVariable long cycleId, @PathVariable long unitId,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        render(cycleId, unitId, principal, model, false);
        return "evaluation/assess";
    }

    @PostMapping("/rows/{rowId}/score")
    String score(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable UUID rowId,
                 @RequestParam(required = false) @Nullable String score,
                 @RequestParam(required = false) @Nullable String readAt,
                 @AuthenticationPrincipal SignedInAccount principal, Model model) {
        assessment.score(cycleId, unitId, rowId, Numbers.decimal(score, "评分"), readAt, principal.user());
        AssessmentService.Sheet sheet = render(cycleId, unitId, principal, model, true);
        // only what the save changed: its row, and out of band the unit's totals
        List<ScoredRow> rows = sheet.participant().rows().rows();
        int index = IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).rowId().equals(rowId)).findFirst().orElseThrow();
        model.addAttribute("row", rows.get(index));
        model.addAttribute("index", index);
        model.addAttribute("unit", sheet.participant().unit());
        model.addAttribute("p", sheet.permissions());
        model.addAttribute("oob", true);
        return SAVED_ROW;
    }

    @PostMapping("/rows/{rowId}/tier")
    String tier(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable UUID rowId,
                @RequestParam(required = false) @Nullable String tier,
                @RequestParam(required = false) @Nullable String readAt,
                @RequestParam(required = false) @Nullable String reason,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        assessment.grade(cycleId, unitId, rowId, Numbers.tier(tier), readAt, reason, principal.user());
        render(cycleId, unitId, principal, model, true);
        return SHEET;
    }

    @PostMapping("/rows/{rowId}/peer")
    String peer(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable UUID rowId,
                @RequestParam(required = false) @Nullable String tier,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        assessment.peerGrade(cycleId, unitId, rowId, Numbers.tier(tier), principal.user());
        render(cycleId, unitId, principal, model, true);
        return SHEET;
    }

    /**
     * The sheet with the unit's live totals. After a save ({@code saved}) only the unit's own figures are
     * recomputed (its items and totals); its ranks follow on the next view of the results, which
     * recomputes the cycle's ranking once for the new data.
     */
    private AssessmentService.Sheet render(long cycleId, long unitId, SignedInAccount principal, Model model,
                                           boolean saved) {
        AssessmentService.Sheet sheet = assessment.sheet(cycleId, unitId, principal.user());
        model.addAttribute("sheet", sheet);
        model.addAttribute("cycleId", cycleId);
        boolean showsTotals = principal.user().isAdmin() || sheet.permissions().score();
        model.addAttribute("result", !showsTotals ? null : saved ? results.savedUnitResult(cycleId, sheet.participant()).orElse(null)
                : results.liveResult(cycleId, unitId).orElse(null));
        model.addAttribute("rankAfterSave", saved);
        return sheet;
    }
}
