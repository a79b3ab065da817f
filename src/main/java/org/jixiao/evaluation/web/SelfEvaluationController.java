package org.jixiao.evaluation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.jixiao.evaluation.assessment.SelfEvaluationLimits;
import org.jixiao.evaluation.assessment.SelfEvaluationService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.FieldErrors;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 自评: the unit fills in each row, attaches evidence and submits; the office reopens with a reason. A
 * text too long comes back beside its field in its row; a submission below the minimum share or not
 * confirmed, beside the submit form (the API answers the same refusals with their codes).
 */
@Controller
@RequestMapping("/evaluation/cycles/{cycleId}")
class SelfEvaluationController {

    /** The submission refusals shown on the page beside the submit form rather than on the error page. */
    private static final Set<String> SUBMIT_REFUSALS = Set.of("SELF_SUBMIT_BELOW_MINIMUM", "SELF_SUBMIT_CONFIRM");

    private final SelfEvaluationService service;

    SelfEvaluationController(SelfEvaluationService service) {
        this.service = service;
    }

    /** The texts of one row as typed; a text too long comes back beside its field, in that row. */
    record RowForm(@Size(max = SelfEvaluationLimits.COMPLETION, message = "{ev.col.completion}{field.tooLong}")
                   @Nullable String completion,
                   @Size(max = SelfEvaluationLimits.EVIDENCE_TEXT, message = "{ev.col.evidence}{field.tooLong}")
                   @Nullable String evidenceText,
                   @Nullable String proposedTier, @Nullable String readAt) {

        static final RowForm EMPTY = new RowForm("", "", null, null);
    }

    @GetMapping("/units/{unitId}/self")
    String page(@PathVariable long cycleId, @PathVariable long unitId,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("view", service.view(cycleId, unitId, principal.user()));
        model.addAttribute("cycleId", cycleId);
        model.addAttribute("rowLimits", RowForm.EMPTY);
        return "evaluation/self";
    }

    @PostMapping("/units/{unitId}/self/rows/{rowId}")
    String save(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable UUID rowId,
                @Valid @ModelAttribute("rowForm") RowForm form, BindingResult binding,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        if (binding.hasErrors()) {
            // the page again, the row showing what was typed and each message beside its field
            model.addAttribute("failedRow", rowId);
            model.addAttribute("rowErrors", FieldErrors.of(binding));
            return page(cycleId, unitId, principal, model);
        }
        service.save(cycleId, unitId, rowId, text(form.completion()), text(form.evidenceText()),
                Numbers.tier(form.proposedTier()), form.readAt(), principal.user());
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
                  @AuthenticationPrincipal SignedInAccount principal, Model model) {
        // the checkbox carries the number of unfilled rows the clerk saw; unchecked (absent) is -1: refused
        try {
            service.submit(cycleId, unitId, confirmUnfilled == null || !confirmUnfilled.strip().matches("\\d{1,6}")
                    ? -1 : Integer.parseInt(confirmUnfilled.strip()), principal.user());
        } catch (Refused refused) {
            if (!SUBMIT_REFUSALS.contains(refused.code())) {
                throw refused;
            }
            // below the cycle's minimum share, or not confirmed: said beside the submit form, nothing submitted
            model.addAttribute("submitRefusal", refused.getMessage());
            return page(cycleId, unitId, principal, model);
        }
        return "redirect:/evaluation/cycles/" + cycleId + "/units/" + unitId + "/self";
    }

    @PostMapping("/units/{unitId}/self/reopen")
    String reopen(@PathVariable long cycleId, @PathVariable long unitId, @RequestParam(defaultValue = "") String reason,
                  @AuthenticationPrincipal SignedInAccount principal) {
        service.reopen(cycleId, unitId, reason, principal.user());
        return "redirect:/evaluation/cycles/" + cycleId + "/units/" + unitId + "/self";
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String redirect(long cycleId, long unitId, UUID rowId) {
        return "redirect:/evaluation/cycles/" + cycleId + "/units/" + unitId + "/self#row-" + rowId;
    }
}
