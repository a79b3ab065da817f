package org.jixiao.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.jixiao.plan.PlanAction;
import org.jixiao.plan.PlanService;
import org.jixiao.plan.PlanStatus;
import org.jixiao.plan.TableImports;
import org.jixiao.plan.TableView;
import org.jixiao.plan.TargetTableService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A unit's target table of a cycle through the JSON API: read it, import over it, move its plan on. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}/units/{unitId}/table")
@Tag(name = "考评表", description = "单位绩效目标考评表：读取、导入替换、提交与审核流程")
class TableApiController {

    private final TargetTableService tables;
    private final PlanService plans;
    private final TableImports imports;

    TableApiController(TargetTableService tables, PlanService plans, TableImports imports) {
        this.tables = tables;
        this.plans = plans;
        this.imports = imports;
    }

    @GetMapping
    @Operation(summary = "读取考评表", description = "项目、一级和二级指标（序号、内容、分值/权重、完成时限、责任科室及负责人、"
            + "分管领导、责任人、文件依据、备注）、审核意见、考评表状态与版本号、退回原因。考评办可读所有单位；"
            + "单位经办人和领导只能读本单位（其他单位 404）。")
    TableJson.Table get(@PathVariable long cycleId, @PathVariable long unitId,
                        @AuthenticationPrincipal SignedInAccount principal) {
        PlanService.TableRef table = plans.table(cycleId, unitId, principal.user());
        TableView view = tables.view(table.tableId(), principal.user());
        return TableJson.Table.of(view, plans.sheet(table, principal.user()));
    }

    @PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入并替换考评表", description = "multipart 字段 file：.xlsx、.docx、.csv 或 .txt。与网页导入规则相同；"
            + "序号（无序号时为内容）相同的指标沿用原来的标识，考评表 id 不变，自评、佐证、打分等年终数据随之保留。"
            + "返回考评表的 id、审核意见（含文件行号）和未导入的行。文件无法导入时 400（code 为导入问题代码，如 NO_HEADER）；"
            + "考评表已提交时 409 PLAN_LOCKED（年中调整中只能修改申请调整的指标，超出范围同样 409 PLAN_LOCKED，details 列出超出的内容）；"
            + "将删除已有年终数据的指标时 409 ROWS_WOULD_BE_ORPHANED（details 列出每项指标的 rowId、code、text 和 data），"
            + "确认删除时加参数 confirmOrphans=true；文件中的参评单位不是该单位时 409 IMPORT_UNIT_MISMATCH，"
            + "核对无误后加参数 confirm=true 导入；无编辑权限时 403。")
    TableJson.Imported put(@PathVariable long cycleId, @PathVariable long unitId, @RequestParam("file") MultipartFile file,
                           @RequestParam(defaultValue = "false") boolean confirmOrphans,
                           @RequestParam(defaultValue = "false") boolean confirm,
                           @AuthenticationPrincipal SignedInAccount principal) throws IOException {
        imports.requireReplaceable(cycleId, unitId, principal.user());
        return TableJson.Imported.of(imports.replace(cycleId, unitId, TableImports.Upload.file(file.getBytes()),
                confirmOrphans, confirm, principal.user()));
    }

    @PostMapping("/transitions")
    @Operation(summary = "考评表流程操作", description = "action：SUBMIT（经办人提交）、START_PEER_REVIEW（考评办开始同组互审，"
            + "本年度不开展互审时直接进入集中审核）、FINISH_PEER_REVIEW、PASS_OFFICE_REVIEW、LEADER_APPROVE（单位领导审定）、"
            + "APPROVE（考评办批复，reason 为批复意见，冻结第 1 版）、PUBLISH（公示）、RETURN（退回修改，reason 必填，rows 为涉及的指标 id）、"
            + "REQUEST_ADJUSTMENT（经办人对已批复或已公示的考评表申请年中调整，reason 与 rows 必填，之后只能修改所列指标及其下的二级指标）、"
            + "APPROVE_ADJUSTMENT（考评办同意调整，reason 可填意见，生成下一版本，状态回到调整前）、"
            + "REJECT_ADJUSTMENT（考评办驳回调整，reason 必填，考评表恢复为最新版本）。"
            + "成功 200 返回新状态；状态不允许时 409（code 如 PLAN_NOT_IN_STATE、PLAN_HAS_ERRORS、PLAN_ADJUSTMENT_ROWS_REQUIRED，details 为审核意见）；"
            + "无权操作时 403 PLAN_NOT_ALLOWED。")
    TableJson.Status transition(@PathVariable long cycleId, @PathVariable long unitId,
                                @RequestBody TableJson.Transition request,
                                @AuthenticationPrincipal SignedInAccount principal) {
        PlanService.TableRef table = plans.table(cycleId, unitId, principal.user());
        PlanStatus status = plans.take(table, action(request.action()), request.reason(),
                request.rows() == null ? List.of() : request.rows(), principal.user());
        return new TableJson.Status(status.name(), status.label());
    }

    private static PlanAction action(@Nullable String name) {
        return Arrays.stream(PlanAction.values()).filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> Refused.invalid("PLAN_UNKNOWN_ACTION", "未知的操作“" + name + "”，应为 "
                        + String.join("、", Arrays.stream(PlanAction.values()).map(Enum::name).toList())));
    }
}
