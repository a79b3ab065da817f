package org.jixiao.administration.setup;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jixiao.administration.setup.PendingUploads.Pending;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's bulk set-up page: download the template, upload a filled-in workbook, see what it
 * creates and every finding, confirm. Administrators only.
 */
@Controller
@RequestMapping("/admin/cycles/{cycleId}/setup")
class SetupPageController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BulkSetup setup;
    private final AssessmentCycles cycles;

    SetupPageController(BulkSetup setup, AssessmentCycles cycles) {
        this.setup = setup;
        this.cycles = cycles;
    }

    @GetMapping
    String form(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        requireAdmin(principal);
        return form(model, cycle(cycleId), null);
    }

    @PostMapping
    String upload(@PathVariable long cycleId, @RequestParam(required = false) @Nullable MultipartFile file,
                  @AuthenticationPrincipal SignedInAccount principal, HttpSession session, Model model)
            throws IOException {
        requireAdmin(principal);
        AssessmentCycle cycle = cycle(cycleId);
        if (file == null || file.isEmpty()) {
            return form(model, cycle, "请选择要上传的 Excel 文件。");
        }
        Pending pending = new Pending(cycleId, file.getBytes(),
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
        SetupPlan plan;
        try {
            plan = setup.preview(cycleId, pending.content());
        } catch (Refused refused) {
            return form(model, cycle, refused.getMessage());
        }
        model.addAttribute("cycle", cycle);
        model.addAttribute("plan", plan);
        model.addAttribute("counts", plan.counts());
        model.addAttribute("fileName", pending.fileName());
        model.addAttribute("token", plan.applicable() ? PendingUploads.keep(session, pending) : null);
        return "administration/setup-preview";
    }

    @PostMapping("/{token}")
    String confirm(@PathVariable long cycleId, @PathVariable String token,
                   @AuthenticationPrincipal SignedInAccount principal, HttpSession session, Model model,
                   RedirectAttributes redirect) {
        requireAdmin(principal);
        AssessmentCycle cycle = cycle(cycleId);
        Pending pending = PendingUploads.take(session, token).filter(p -> p.cycleId() == cycleId)
                .orElseThrow(() -> Refused.invalid("SETUP_EXPIRED",
                        "导入内容已失效（已确认、已过期或不属于该考评年度），请重新上传。"));
        SetupPlan plan;
        try {
            plan = setup.apply(cycleId, pending.content(), principal.user());
        } catch (Refused refused) {
            return form(model, cycle, refused.getMessage());
        }
        redirect.addFlashAttribute("done", plan.counts());
        return "redirect:/admin/cycles/" + cycleId + "/setup";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal)
            throws IOException {
        requireAdmin(principal);
        AssessmentCycle cycle = cycle(cycleId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SetupTemplate.write(out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(cycle.name() + " 批量导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    private String form(Model model, AssessmentCycle cycle, @Nullable String error) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("error", error);
        return "administration/setup";
    }

    private AssessmentCycle cycle(long cycleId) {
        return cycles.find(cycleId).orElseThrow(() -> new NotFound("考评年度不存在：" + cycleId));
    }

    private static void requireAdmin(SignedInAccount principal) {
        if (!principal.user().isAdmin()) {
            throw new AccessDeniedException("只有考评办管理员可以批量导入");
        }
    }
}
