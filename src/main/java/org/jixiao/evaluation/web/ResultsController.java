package org.jixiao.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ResultsService;
import org.jixiao.evaluation.assessment.ResultsWorkbook;
import org.jixiao.security.SignedInAccount;
import org.jspecify.annotations.Nullable;
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
import org.jixiao.web.Refused;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 考评结果: the office's live results, export and publication; each unit's explanation. */
@Controller
@RequestMapping("/evaluation/cycles/{cycleId}")
class ResultsController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ResultsService results;
    private final Participants participants;

    ResultsController(ResultsService results, Participants participants) {
        this.results = results;
        this.participants = participants;
    }

    /** Rows per page of the results table, unless asked for fewer or more (at most {@link #MAX_PAGE_SIZE}). */
    static final int PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 500;

    @GetMapping("/results")
    String page(@PathVariable long cycleId, @RequestParam(required = false) @Nullable String group,
                @RequestParam(required = false) @Nullable String sort,
                @RequestParam(required = false) @Nullable String state,
                @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "" + PAGE_SIZE) int size,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        ResultsService.Board board = results.live(cycleId, principal.user());
        ResultsService.Page shown = board.page(group, sort, state, page, Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        model.addAttribute("board", board);
        model.addAttribute("shown", shown);
        model.addAttribute("rows", shown.rows());
        model.addAttribute("group", group == null ? "" : group);
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("size", Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        model.addAttribute("cycle", participants.cycle(cycleId));
        return "evaluation/results";
    }

    /** The results as .xlsx, streamed to the response (SXSSF) rather than built whole in memory first. */
    @GetMapping("/results.xlsx")
    void export(@PathVariable long cycleId, @RequestParam(required = false) @Nullable String group,
                @AuthenticationPrincipal SignedInAccount principal, HttpServletResponse response) throws IOException {
        ResultsService.Board board = results.live(cycleId, principal.user());
        String title = participants.cycle(cycleId).name() + " 绩效考评结果";
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        ResultsWorkbook.write(title, board.rows(group, null), board.results().unscorable(), response.getOutputStream());
    }

    /** 发布预览: what would be published, by state, with the changes since the previous version. */
    @GetMapping("/results/publish")
    String preview(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        return renderPreview(cycleId, principal, null, "", model);
    }

    @PostMapping("/results/publish")
    String publish(@PathVariable long cycleId, @RequestParam(defaultValue = "-1") int complete,
                   @RequestParam(defaultValue = "-1") int pending, @RequestParam(defaultValue = "-1") int unscorable,
                   @RequestParam(required = false) @Nullable String confirmed,
                   @RequestParam(required = false) @Nullable String reason,
                   @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        if (!"true".equals(confirmed)) {
            return renderPreview(cycleId, principal, "请先勾选确认：已查看将要发布的完成、待完成和无法计分的单位", reason, model);
        }
        try {
            redirect.addFlashAttribute("published", results.publish(cycleId, principal.user(),
                    new ResultsService.Confirmation(complete, pending, unscorable, reason)));
        } catch (Refused refused) {
            return renderPreview(cycleId, principal, refused.getMessage(), reason, model);
        }
        return "redirect:/evaluation/cycles/" + cycleId + "/results";
    }

    private String renderPreview(long cycleId, SignedInAccount principal, @Nullable String error,
                                 @Nullable String reason, Model model) {
        model.addAttribute("preview", results.preview(cycleId, principal.user()));
        model.addAttribute("cycle", participants.cycle(cycleId));
        model.addAttribute("error", error);
        model.addAttribute("reason", reason == null ? "" : reason);
        return "evaluation/publish";
    }

    @GetMapping(value = "/results/versions/{number}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> publishedJson(@PathVariable long cycleId, @PathVariable int number,
                                         @AuthenticationPrincipal SignedInAccount principal) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(results.publishedJson(cycleId, number, principal.user()));
    }

    @GetMapping("/results/versions/{number}.zip")
    ResponseEntity<byte[]> publishedPackage(@PathVariable long cycleId, @PathVariable int number,
                                            @AuthenticationPrincipal SignedInAccount principal) {
        String name = participants.cycle(cycleId).name();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + " 考评结果 第" + number + "版.zip", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(results.publishedPackage(cycleId, number, name, principal.user()));
    }

    @GetMapping("/units/{unitId}/explanation")
    String explanation(@PathVariable long cycleId, @PathVariable long unitId,
                       @AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("explanation", results.explanation(cycleId, unitId, principal.user()).orElse(null));
        model.addAttribute("unit", participants.one(cycleId, unitId).unit());
        model.addAttribute("cycle", participants.cycle(cycleId));
        model.addAttribute("showRaterNames", principal.user().isAdmin());
        return "evaluation/explanation";
    }
}
