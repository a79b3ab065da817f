package org.jixiao.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jixiao.plan.PlanProblem;
import org.jixiao.plan.PlanService;
import org.jixiao.plan.PlanVersion;
import org.jixiao.plan.PlanVersions;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The approved versions of a unit's table through the JSON API, and what changed between two of them. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}/units/{unitId}/table")
@Tag(name = "考评表版本", description = "批复和年中调整形成的考评表版本及版本比较")
class VersionsApiController {

    private final PlanService plans;
    private final PlanVersions versions;

    VersionsApiController(PlanService plans, PlanVersions versions) {
        this.plans = plans;
        this.versions = versions;
    }

    @GetMapping("/versions")
    @Operation(summary = "考评表版本列表", description = "批复时形成第 1 版，每次考评办同意年中调整形成下一版。"
            + "每版含类型（INITIAL 批复 / ADJUSTMENT 年中调整）、批复人、时间、批复或同意意见和调整原因。"
            + "可读考评表的人可读；其他单位 404。")
    List<VersionJson.Version> list(@PathVariable long cycleId, @PathVariable long unitId,
                                   @AuthenticationPrincipal SignedInAccount principal) {
        PlanService.TableRef table = plans.table(cycleId, unitId, principal.user());
        return versions.list(table, principal.user()).stream().map(VersionJson.Version::of).toList();
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "读取某一版本的考评表", description = "该版本冻结时的完整考评表（行标识与当前考评表一致）。"
            + "没有该版本时 404 PLAN_VERSION_NOT_FOUND。")
    VersionJson.Frozen version(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable int number,
                               @AuthenticationPrincipal SignedInAccount principal) {
        PlanService.TableRef table = plans.table(cycleId, unitId, principal.user());
        PlanVersion version = versions.list(table, principal.user()).stream().filter(v -> v.number() == number)
                .findFirst().orElseThrow(() -> Refused.notFound(PlanProblem.VERSION_NOT_FOUND.code(),
                        "该考评表没有第 " + number + " 版"));
        return VersionJson.Frozen.of(version, versions.table(table, Integer.toString(number), principal.user()));
    }

    @GetMapping("/diff")
    @Operation(summary = "比较两个版本", description = "from、to 为版本号，或 current（当前考评表）。返回新增、删除的指标，"
            + "有变化的指标及其变化的字段（序号、内容、分值/权重、文件依据、完成时限、责任科室、科室负责人、分管领导、责任人、备注、所属），"
            + "顺序有调整的项目或一级指标，各考评项目及合计的分值变化。")
    VersionJson.Diff diff(@PathVariable long cycleId, @PathVariable long unitId, @RequestParam String from,
                          @RequestParam String to, @AuthenticationPrincipal SignedInAccount principal) {
        PlanService.TableRef table = plans.table(cycleId, unitId, principal.user());
        return VersionJson.Diff.of(from, to, versions.diff(table, from, to, principal.user()));
    }
}
