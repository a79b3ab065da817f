package org.jixiao.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.evaluation.WhatIf;
import org.jixiao.evaluation.assessment.WhatIfService;
import org.jixiao.security.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 模拟测算 through the JSON API: the live results with a list of changes, compared unit by unit. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}/results/what-if")
@Tag(name = "模拟测算", description = "在实时结果上模拟改动并对比，不写入任何数据（仅考评办管理员）")
class WhatIfApiController {

    private final WhatIfService whatIf;

    WhatIfApiController(WhatIfService whatIf) {
        this.whatIf = whatIf;
    }

    /** One unit, live and in the sandbox. */
    record LineJson(String unitId, String name, String series, String group, BigDecimal liveComposite,
                    BigDecimal sandboxComposite, BigDecimal delta, @Nullable Integer liveRank,
                    @Nullable Integer sandboxRank, @Nullable String liveBand, @Nullable String sandboxBand,
                    boolean liveComplete, boolean sandboxComplete, boolean changed) {

        static LineJson of(WhatIf.Line l) {
            return new LineJson(l.unitId(), l.name(), l.series(), l.group(), l.liveComposite(), l.sandboxComposite(),
                    l.delta(), l.liveRank(), l.sandboxRank(), l.liveBand(), l.sandboxBand(), l.liveComplete(),
                    l.sandboxComplete(), l.changed());
        }
    }

    /** The comparison: how many units changed, and every unit's line. */
    record Report(long changedUnits, List<LineJson> lines) {
    }

    @PostMapping
    @Operation(summary = "模拟测算", description = "changes 依次应用：kind 为 appraisal（公众评议得分，value 留空为清除）、"
            + "tier（item 的档次）、score（item 的评分，rater 留空则该指标各评分均改为 value）、deduction（扣分 value，"
            + "须有 reason）、incentive（正向激励级别 value）。unitId 为单位编号。改动不合规时返回 400 和 "
            + "results.whatIf.invalid，details 指明第几项（index，从 0 起）和字段。不写入任何数据。")
    Report whatIf(@PathVariable long cycleId, @RequestBody List<WhatIf.Change> changes,
                  @AuthenticationPrincipal SignedInAccount principal) {
        WhatIfService.Sandbox sandbox = whatIf.sandbox(cycleId, changes, principal.user());
        return new Report(sandbox.changedCount(), sandbox.lines().stream().map(LineJson::of).toList());
    }
}
