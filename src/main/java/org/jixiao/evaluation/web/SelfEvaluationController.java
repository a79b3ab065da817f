package org.jixiao.evaluation.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jixiao.evaluation.assessment.SelfEvaluationService;
import org.jixiao.security.SignedInAccount;
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

/** 自评: the unit fills in each row, attaches evidence and submits; the office reopens with a reason. */
@Controller
@RequestMapping("/evaluation/cycles/{cycleId}")
class SelfEvaluationController {

    private final SelfEvaluationService service;

    SelfEvaluationController(SelfEvaluationService service) {
        this.service = service;
    }

    @GetMapping("/units/{unitId}/self")
    String page(@PathVariable long cycleId, @PathVariable long unitId,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("view", service.view(cycleId, unitId, principal.user()));
        model.addAttribute("cycleId", cycleId);
        return "evaluation/self";
    }

    @PostMapping("/units/{unitId}/self/rows/{rowId}")
    String save(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable UUID rowId,
                @RequestParam(defaultValue = "") String completion, @RequestParam(defaultValue = "") String evidenceText,
                @RequestParam(required = false) @Nullable String proposedTier,
                @RequestParam(required = false) @Nullable String readAt,
                @AuthenticationPrincipal SignedInAccount principal) {
        service.save(cycleId, unitId, rowId, completion, evidenceText, Numbers.tier(proposedTier), readAt,
                principal.user());
        return redirect(cycleId, unitId, rowId);
    }

    @PostMapping("/units/{unitId}/self/rows/{rowId}/evidence")
    String upload(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable UUID rowId,
                  @RequestParam("file") MultipartFile file, @AuthenticationPrincipal SignedInAccount principal)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            service.upload(cycleId, unitId, rowId, file.getOriginalFilename(), file.getContentType(), file.getSize(),
                    content, principal.user());
        }
        return redirect(cycleId, unitId, rowId);
    }

    @PostMapping("/evidence/{fileId}/delete")
    String deleteEvidence(@PathVariable long cycleId, @PathVariable UUID fileId, @RequestParam long unitId,
                          @AuthenticationPrincipal SignedInAccount principal) {
        service.deleteEvidence(cycleId, fileId, principal.user());
        return "redirect:/evaluation/cycles/" + cycleId + "/units/" + unitId + "/self";
    }

    @GetMapping("/evidence/{fileId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long cycleId, @PathVariable UUID fileId,
                                                 @AuthenticationPrincipal SignedInAccount principal) {
        SelfEvaluationService.Download download = service.download(cycleId, fileId, principal.user());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.file().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(download.file().size())
                .body(new InputStreamResource(download.content()));
    }

    @PostMapping("/units/{unitId}/self/submit")
    String submit(@PathVariable long cycleId, @PathVariable long unitId,
                  @RequestParam(required = false) @Nullable String confirmUnfilled,
                  @AuthenticationPrincipal SignedInAccount principal) {
        // the checkbox carries the number of unfilled rows the clerk saw; unchecked (absent) is -1: refused
        service.submit(cycleId, unitId, confirmUnfilled == null || !confirmUnfilled.strip().matches("\\d{1,6}") ? -1
                : Integer.parseInt(confirmUnfilled.strip()), principal.user());
        return "redirect:/evaluation/cycles/" + cycleId + "/units/" + unitId + "/self";
    }

    @PostMapping("/units/{unitId}/self/reopen")
    String reopen(@PathVariable long cycleId, @PathVariable long unitId, @RequestParam(defaultValue = "") String reason,
                  @AuthenticationPrincipal SignedInAccount principal) {
        service.reopen(cycleId, unitId, reason, principal.user());
        return "redirect:/evaluation/cycles/" + cycleId + "/units/" + unitId + "/self";
    }

    private static String redirect(long cycleId, long unitId, UUID rowId) {
        return "redirect:/evaluation/cycles/" + cycleId + "/units/" + unitId + "/self#row-" + rowId;
    }
}
