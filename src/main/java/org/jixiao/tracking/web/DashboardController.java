package org.jixiao.tracking.web;

import java.util.Comparator;
import java.util.List;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.CurrentUser;
import org.jixiao.security.SignedInAccount;
import org.jixiao.tracking.Board;
import org.jixiao.tracking.progress.Boards;
import org.jixiao.tracking.reminders.Reminders;
import org.jixiao.web.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 跟踪看板: the office's and leaders' view of a cycle, a unit's own view, and their xlsx. */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

    private final Boards boards;
    private final AssessmentCycles cycles;
    private final Reminders reminders;
    private final DashboardWorkbook workbook;
    private final Labels labels;

    DashboardController(Boards boards, AssessmentCycles cycles, Reminders reminders, DashboardWorkbook workbook, Labels labels) {
        this.labels = labels;
        this.boards = boards;
        this.cycles = cycles;
        this.reminders = reminders;
        this.workbook = workbook;
    }

    /** The newest cycle's board: the office's, or the user's own unit's. */
    @GetMapping
    String start(@AuthenticationPrincipal SignedInAccount principal) {
        CurrentUser user = principal.user();
        AssessmentCycle newest = cycles.all().stream().max(Comparator.comparingInt(AssessmentCycle::year)
                .thenComparingLong(AssessmentCycle::id)).orElseThrow(() -> new NotFound("尚未建立考评年度"));
        if (user.isAdmin()) {
            return "redirect:/dashboard/cycles/" + newest.id();
        }
        if (user.unitId() == null) {
            throw new NotFound("跟踪看板供考评办和参评单位使用");
        }
        return "redirect:/dashboard/cycles/" + newest.id() + "/units/" + user.unitId();
    }

    @GetMapping("/cycles/{cycleId}")
    String office(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        Boards.View view = boards.board(cycleId, null, principal.user());
        model.addAttribute("view", view);
        model.addAttribute("cycles", cycles.all());
        model.addAttribute("charts", Charts.office(view.board(), labels));
        return "dashboard/office";
    }

    @GetMapping("/cycles/{cycleId}/units/{unitId}")
    String unit(@PathVariable long cycleId, @PathVariable long unitId, @AuthenticationPrincipal SignedInAccount principal,
                Model model) {
        Boards.View view = boards.board(cycleId, unitId, principal.user());
        model.addAttribute("view", view);
        model.addAttribute("unitName", view.board().units().stream().findFirst().map(Board.UnitLine::unitName).orElse(""));
        model.addAttribute("labels", Board.statusLabels());
        model.addAttribute("charts", Charts.unit(view, unitId, labels));
        return "dashboard/unit";
    }

    @PostMapping("/cycles/{cycleId}/units/{unitId}/remind")
    String remind(@PathVariable long cycleId, @PathVariable long unitId, @AuthenticationPrincipal SignedInAccount principal) {
        int sent = reminders.remind(cycleId, unitId, principal.user());
        return "redirect:/dashboard/cycles/" + cycleId + "?reminded=" + unitId + "&sent=" + sent;
    }

    @GetMapping("/cycles/{cycleId}/dashboard.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long cycleId, @RequestParam(required = false) Long unitId,
                                  @AuthenticationPrincipal SignedInAccount principal) {
        Boards.View view = boards.board(cycleId, unitId, principal.user());
        return xlsx(workbook.dashboard(view), labels.get("tr.xlsx.dashboard.file", view.cycle().name()));
    }

    static ResponseEntity<byte[]> xlsx(byte[] content, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(content);
    }

}
