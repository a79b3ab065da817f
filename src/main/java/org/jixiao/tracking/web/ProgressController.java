package org.jixiao.tracking.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jixiao.evidence.EvidenceFiles;
import org.jixiao.security.SignedInAccount;
import org.jixiao.tracking.PeriodScheme;
import org.jixiao.tracking.ProgressStatus;
import org.jixiao.tracking.RollUp;
import org.jixiao.tracking.internal.InternalPlans;
import org.jixiao.tracking.progress.ProgressService;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.multipart.MultipartFile;

/** 进展报送: a unit's items in a period, reported by the unit and reviewed by the office. */
@Controller
@RequestMapping("/tracking/cycles/{cycleId}")
class ProgressController {

    private final ProgressService service;
    private final InternalPlans internal;
    private final DashboardWorkbook workbook;

    ProgressController(ProgressService service, InternalPlans internal, DashboardWorkbook workbook) {
        this.service = service;
        this.internal = internal;
        this.workbook = workbook;
    }

    @GetMapping("/progress.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long cycleId, @RequestParam int period,
                                  @AuthenticationPrincipal SignedInAccount principal) {
        ProgressService.Export export = service.export(cycleId, period, principal.user());
        return DashboardController.xlsx(workbook.progress(export), workbook.labels().get("tr.xlsx.progress.file", export.cycleName(), export.period().label()));
    }

    @GetMapping("/units/{unitId}")
    String page(@PathVariable long cycleId, @PathVariable long unitId, @RequestParam(required = false) @Nullable Integer period,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        ProgressService.UnitView view = service.unit(cycleId, unitId, period, principal.user());
        model.addAttribute("view", view);
        model.addAttribute("statuses", ProgressStatus.values());
        Map<UUID, RollUp> rollUps = new HashMap<>();
        internal.overview(cycleId, unitId, view.period(), principal.user()).assigned()
                .forEach(r -> rollUps.put(r.item().rowId(), r.rollUp()));
        model.addAttribute("rollUps", rollUps);
        if (principal.user().isAdmin()) {
            model.addAttribute("links", service.linkChoices(unitId, principal.user()));
        }
        return "tracking/unit";
    }

    @PostMapping("/units/{unitId}/rows/{rowId}")
    String submit(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable UUID rowId,
                  @RequestParam int period, @RequestParam(defaultValue = "") String status,
                  @RequestParam(defaultValue = "") String percent, @RequestParam(defaultValue = "") String done,
                  @AuthenticationPrincipal SignedInAccount principal) {
        service.submit(cycleId, unitId, rowId, period, status(status), percent(percent), done, principal.user());
        return redirect(cycleId, unitId, period, rowId);
    }

    @PostMapping("/units/{unitId}/rows/{rowId}/evidence")
    String upload(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable UUID rowId,
                  @RequestParam int period, @RequestParam("file") MultipartFile file,
                  @AuthenticationPrincipal SignedInAccount principal) throws IOException {
        try (InputStream content = file.getInputStream()) {
            service.upload(cycleId, unitId, rowId, period, new EvidenceFiles.Upload(file.getOriginalFilename(),
                    file.getContentType(), file.getSize(), content), principal.user());
        }
        return redirect(cycleId, unitId, period, rowId);
    }

    @PostMapping("/units/{unitId}/rows/{rowId}/review")
    String review(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable UUID rowId,
                  @RequestParam int period, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal SignedInAccount principal) {
        service.review(cycleId, unitId, rowId, period, decision.equals("accept"), comment, principal.user());
        return redirect(cycleId, unitId, period, rowId);
    }

    @PostMapping("/units/{unitId}/links")
    String link(@PathVariable long cycleId, @PathVariable long unitId, @RequestParam(defaultValue = "") String username,
                @RequestParam long personId, @AuthenticationPrincipal SignedInAccount principal) {
        service.link(unitId, username, personId, principal.user());
        return "redirect:/tracking/cycles/" + cycleId + "/units/" + unitId + "?linked=" + personId + "#links";
    }

    @PostMapping("/units/{unitId}/links/remove")
    String unlink(@PathVariable long cycleId, @PathVariable long unitId, @RequestParam long accountId,
                  @RequestParam long personId, @AuthenticationPrincipal SignedInAccount principal) {
        service.unlink(unitId, accountId, personId, principal.user());
        return "redirect:/tracking/cycles/" + cycleId + "/units/" + unitId + "#links";
    }

    @PostMapping("/periods")
    String open(@PathVariable long cycleId, @RequestParam int period, @AuthenticationPrincipal SignedInAccount principal) {
        service.openPeriod(cycleId, period, principal.user());
        return "redirect:/dashboard/cycles/" + cycleId;
    }

    @PostMapping("/schedule")
    String schedule(@PathVariable long cycleId, @RequestParam(defaultValue = "") String scheme,
                    @RequestParam(defaultValue = "10") int graceDays, @AuthenticationPrincipal SignedInAccount principal) {
        PeriodScheme chosen;
        try {
            chosen = PeriodScheme.valueOf(scheme);
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("SCHEDULE_SCHEME", "请选择报告周期：按季度或按月");
        }
        service.changeSchedule(cycleId, chosen, graceDays, principal.user());
        return "redirect:/dashboard/cycles/" + cycleId;
    }

    @GetMapping("/evidence/{fileId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long cycleId, @PathVariable UUID fileId,
                                                 @AuthenticationPrincipal SignedInAccount principal) {
        ProgressService.Download download = service.download(cycleId, fileId, principal.user());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.file().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(download.file().size())
                .body(new InputStreamResource(download.content()));
    }

    static ProgressStatus status(String value) {
        try {
            return ProgressStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("PROGRESS_STATUS", "请选择进展状态：未开始、推进中、已完成或滞后");
        }
    }

    static @Nullable Integer percent(String value) {
        String v = value.strip().replace("%", "");
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw Refused.invalid("PROGRESS_PERCENT", "完成比例应为 0 到 100 之间的整数");
        }
    }

    private static String redirect(long cycleId, long unitId, int period, UUID rowId) {
        return "redirect:/tracking/cycles/" + cycleId + "/units/" + unitId + "?period=" + period + "#row-" + rowId;
    }
}
