package org.jixiao.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jixiao.evaluation.Results;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ResultsService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 发布结果 through the JSON API: the same preview and the same gate as the page ({@link ResultsService#preview}
 * and {@link ResultsService#publish}); a script must send back the counts it was shown, as the office ticks them.
 */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}/results")
@Tag(name = "发布结果", description = "发布预览与发布考评结果（仅考评办管理员；令牌须为读写 WRITE）")
class PublicationApiController {

    private final ResultsService results;
    private final Participants participants;
    private final MessageSource messages;

    PublicationApiController(ResultsService results, Participants participants, MessageSource messages) {
        this.results = results;
        this.participants = participants;
        this.messages = messages;
    }

    /** Units by state, as a confirmation must name them. */
    record Counts(int complete, int pending, int unscorable) {

        static Counts of(Results.Counts c) {
            return new Counts(c.complete(), c.pending(), c.unscorable());
        }
    }

    record PendingUnit(String unitId, String name, List<String> missing) {
    }

    record UnscorableUnit(String unitId, String name, String reason) {
    }

    record Change(String unit, String before, String after) {
    }

    /** What publishing now would publish, and what the confirmation must say. */
    record Preview(int version, @Nullable Integer previousVersion, Counts counts, List<PendingUnit> pending,
                   List<UnscorableUnit> unscorable, List<Change> changes, boolean reasonRequired,
                   Counts confirmation, String confirmationText) {
    }

    /** The office's confirmation: the counts it was shown, and why it publishes units that cannot be scored. */
    record PublicationRequest(
            @Schema(description = "预览中的单位数（complete、pending、unscorable），须与当前结果一致") @Nullable Counts confirmation,
            @Schema(description = "有无法计分的单位时必填，记入审计日志和发布记录") @Nullable String reason) {
    }

    /** A published version: its number, the SHA-256 of its results.json, and where to download it. */
    record Publication(int version, String sha256, Instant publishedAt, String publishedBy, @Nullable String reason,
                       String packageUrl, String resultsUrl) {
    }

    @GetMapping("/publication-preview")
    @Operation(summary = "发布预览", description = "将要发布的第几版、完成/待完成/无法计分的单位数（待完成的缺项、无法计分的原因）、"
            + "与上一版相比有变化的单位；confirmation 是发布时须原样提交的单位数，confirmationText 是页面上勾选确认的文字；"
            + "reasonRequired 为 true 时发布须填写理由。",
            responses = {@ApiResponse(responseCode = "200", description = "预览"),
                    @ApiResponse(responseCode = "403", description = "不是考评办管理员"),
                    @ApiResponse(responseCode = "404", description = "考评年度不存在")})
    Preview preview(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal) {
        ResultsService.Preview p = results.preview(cycleId, principal.user());
        Counts counts = Counts.of(p.counts());
        return new Preview(p.previousVersion() == null ? 1 : p.previousVersion() + 1, p.previousVersion(), counts,
                p.pending().stream().map(u -> new PendingUnit(u.unitId(), u.name(), u.missing())).toList(),
                p.unscorable().stream().map(u -> new UnscorableUnit(u.id(), u.name(), u.reason())).toList(),
                p.changes().stream().map(c -> new Change(c.unitName(), c.before(), c.after())).toList(),
                counts.unscorable() > 0, counts, confirmationText(counts));
    }

    @PostMapping("/publications")
    @Operation(summary = "发布考评结果", description = "请求体 {\"confirmation\": {\"complete\", \"pending\", \"unscorable\"}, "
            + "\"reason\"}：confirmation 须与发布预览的单位数一致（表示已查看将要发布的内容）。与页面“确认发布”走同一流程："
            + "冻结情景与结果，记入审计日志。返回版本号、results.json 的 SHA-256 和发布包下载地址（score --verify 可核验）。",
            responses = {@ApiResponse(responseCode = "201", description = "已发布"),
                    @ApiResponse(responseCode = "400", description = "results.publish.confirmationRequired（缺少 confirmation）、"
                            + "results.publish.reasonRequired（有无法计分的单位而未填理由）、results.publish.reasonTooLong"),
                    @ApiResponse(responseCode = "403", description = "不是考评办管理员；TOKEN_SCOPE（只读令牌）"),
                    @ApiResponse(responseCode = "409", description = "results.publish.changed（单位数与当前结果不符，请重新预览）、"
                            + "results.publish.nothing（没有可计分的单位）、results.publish.concurrent（同一版刚由他人发布）")})
    ResponseEntity<Publication> publish(@PathVariable long cycleId, @RequestBody PublicationRequest request,
                                        @AuthenticationPrincipal SignedInAccount principal) {
        Counts confirmed = request.confirmation();
        if (confirmed == null) {
            throw Refused.invalid("results.publish.confirmationRequired", "请先查看发布预览（GET …/results/publication-preview），"
                    + "并在 confirmation 中提交预览中的完成、待完成和无法计分单位数，表示已确认将要发布的内容");
        }
        ResultsService.Version v = results.publish(cycleId, principal.user(), new ResultsService.Confirmation(
                confirmed.complete(), confirmed.pending(), confirmed.unscorable(), request.reason()));
        String base = "/api/v1/cycles/" + cycleId + "/results/publications/" + v.number();
        return ResponseEntity.status(HttpStatus.CREATED).body(new Publication(v.number(), v.sha256(), v.publishedAt(),
                v.publishedBy(), v.note(), base + "/package", base + "/results"));
    }

    @GetMapping(value = "/publications/{number}/package", produces = "application/zip")
    @Operation(summary = "下载发布包", description = "scenario.json、results.json、results.xlsx、README.md 和 SHA256SUMS；"
            + "java -jar jixiao.jar score --verify 发布包.zip 可重新计算核验")
    ResponseEntity<byte[]> publishedPackage(@PathVariable long cycleId,
                                            @Parameter(description = "版本号") @PathVariable int number,
                                            @AuthenticationPrincipal SignedInAccount principal) {
        String name = participants.cycle(cycleId).name();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .body(results.publishedPackage(cycleId, number, name, principal.user()));
    }

    @GetMapping(value = "/publications/{number}/results", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "发布版本的 results.json", description = "冻结的结果，其 SHA-256 即发布时返回的 sha256")
    ResponseEntity<String> publishedResults(@PathVariable long cycleId, @PathVariable int number,
                                            @AuthenticationPrincipal SignedInAccount principal) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(results.publishedJson(cycleId, number, principal.user()));
    }

    /** The words of the page's confirmation box, so that a script shows its user the same. */
    private String confirmationText(Counts c) {
        return messages.getMessage("results.publish.confirm", new Object[] {c.complete(), c.pending(), c.unscorable()},
                Locale.SIMPLIFIED_CHINESE);
    }
}
