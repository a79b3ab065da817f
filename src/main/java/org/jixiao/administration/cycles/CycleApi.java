package org.jixiao.administration.cycles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.security.SignedInAccount;
import org.jixiao.table.TableTemplate;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cycles through the JSON API: anyone signed in reads them; only the office (ADMIN) opens, changes,
 * closes and reopens them and reads or replaces their template. Refusals answer
 * {@code {"code", "message"}}: CYCLE_NOT_FOUND, CYCLE_EXISTS, INVALID_TOTAL_POINTS, TEMPLATE_INVALID …
 */
@RestController
@RequestMapping("/api/v1/cycles")
@Tag(name = "考评年度", description = "考评年度及其考评表模板")
class CycleApi {

    private final CycleAdministration administration;
    private final TemplateEditing editing;
    private final JsonMapper json;

    CycleApi(CycleAdministration administration, TemplateEditing editing, JsonMapper json) {
        this.administration = administration;
        this.editing = editing;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "列出考评年度", description = "新年度在前；任何已登录账号均可读取")
    List<CycleJson.Cycle> list() {
        return administration.all().stream().map(CycleJson.Cycle::of).toList();
    }

    @PostMapping
    @Operation(summary = "新建考评年度", description = "按预设模板（或复制往年考评年度）新建；仅考评办。"
            + "同一年度同一系列已存在时 409 CYCLE_EXISTS")
    ResponseEntity<CycleJson.Created> create(@RequestBody CycleJson.NewCycleRequest request,
                                             @AuthenticationPrincipal SignedInAccount principal) {
        CycleAdministration.requireOffice(principal.user());
        CycleForm form = request.toForm();
        Parsed<NewCycle> parsed = form.parse();
        NewCycle cycle = parsed.orRefuse(CycleForm.codeFor(parsed.errors()));
        CycleAdministration.Created created = administration.create(cycle, principal.user());
        return ResponseEntity.created(URI.create("/api/v1/cycles/" + created.cycle().id()))
                .body(new CycleJson.Created(created.cycle().id(), created.copied().tables(),
                        created.copied().skippedUnits()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "读取考评年度")
    CycleJson.Cycle get(@PathVariable long id) {
        return CycleJson.Cycle.of(administration.row(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改考评年度的系列名称和层级", description = "仅考评办；version 给出时须为当前版本")
    CycleJson.Cycle change(@PathVariable long id, @RequestBody CycleJson.ChangeRequest request,
                           @AuthenticationPrincipal SignedInAccount principal) {
        CycleAdministration.requireOffice(principal.user());
        CycleChangeForm.Change change = new CycleChangeForm(request.series(), request.level()).parse()
                .orRefuse("CYCLE_INVALID");
        administration.change(id, change, request.version(), principal.user());
        return CycleJson.Cycle.of(administration.row(id));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "关闭考评年度", description = "仅考评办；已关闭的再关闭不变")
    CycleJson.Cycle close(@PathVariable long id, @AuthenticationPrincipal SignedInAccount principal) {
        administration.close(id, principal.user());
        return CycleJson.Cycle.of(administration.row(id));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "重新开启考评年度", description = "仅考评办")
    CycleJson.Cycle reopen(@PathVariable long id, @AuthenticationPrincipal SignedInAccount principal) {
        administration.reopen(id, principal.user());
        return CycleJson.Cycle.of(administration.row(id));
    }

    @GetMapping("/{id}/template")
    @Operation(summary = "读取考评表模板", description = "仅考评办；ETag 为考评年度的版本，修改时可作 If-Match")
    ResponseEntity<TableTemplate> template(@PathVariable long id, @AuthenticationPrincipal SignedInAccount principal) {
        AssessmentCycle cycle = editing.cycle(id, principal.user());
        return ResponseEntity.ok().eTag(Long.toString(cycle.version())).body(cycle.template());
    }

    @PutMapping("/{id}/template")
    @Operation(summary = "修改考评表模板", description = "仅考评办。已有单位填报考评表时，不带 confirm=true 的请求不保存，"
            + "以 409 TEMPLATE_AFFECTS_TABLES 返回受影响的考评表（details）；确认后带 confirm=true 重新提交")
    CycleJson.TemplateSaved saveTemplate(@PathVariable long id, @RequestBody String body,
                                         @Parameter(description = "确认保存（已看过影响）")
                                         @RequestParam(defaultValue = "false") boolean confirm,
                                         @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
                                         @AuthenticationPrincipal SignedInAccount principal) {
        AssessmentCycle cycle = editing.cycle(id, principal.user());
        TableTemplate template = read(body).forYear(cycle.year());
        long version = ifMatch == null ? cycle.version() : version(ifMatch);
        TemplateEditing.Outcome outcome = editing.save(id, template, version,
                confirm ? TemplateEditing.fingerprint(template) : "", principal.user());
        if (outcome instanceof TemplateEditing.NeedsConfirmation preview) {
            TemplateImpact impact = preview.impact();
            throw new Refused(Refused.Kind.CONFLICT, "TEMPLATE_AFFECTS_TABLES", "修改将改变 "
                    + impact.affectedTables().size() + " 个单位考评表的审核结果（已填报 " + impact.tables().size()
                    + " 个单位）。本次修改：" + String.join("；", impact.changes().stream()
                    .map(TemplateChange::message).toList()) + "。确认后请带 confirm=true 重新提交",
                    impact.affectedTables());
        }
        if (outcome instanceof TemplateEditing.Saved saved) {
            return new CycleJson.TemplateSaved(id, true, saved.cycle().version());
        }
        return new CycleJson.TemplateSaved(id, false, ((TemplateEditing.Unchanged) outcome).cycle().version());
    }

    private TableTemplate read(String body) {
        try {
            return json.readValue(body, TableTemplate.class);
        } catch (JacksonException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            String reason = cause instanceof IllegalArgumentException ? cause.getMessage() : "JSON 格式或字段类型不正确";
            throw Refused.invalid("TEMPLATE_INVALID", "考评表模板不正确：" + reason);
        }
    }

    private static long version(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw Refused.invalid("INVALID_PARAMETER", "If-Match 应为读取模板时返回的 ETag，如 \"3\"");
        }
    }
}
