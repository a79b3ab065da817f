package org.jixiao.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.plan.PlanService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Per cycle: whether submitted tables go through 同组互审 before 集中审核. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}/plan-settings")
@Tag(name = "考评表", description = "单位绩效目标考评表：读取、导入替换、提交与审核流程")
class PlanSettingsApiController {

    private final PlanService plans;
    private final AssessmentCycles cycles;

    PlanSettingsApiController(PlanService plans, AssessmentCycles cycles) {
        this.plans = plans;
        this.cycles = cycles;
    }

    record Settings(@Nullable Boolean peerReviewEnabled) {
    }

    @GetMapping
    @Operation(summary = "考评表审核设置", description = "peerReviewEnabled：提交后是否先进行同组互审（默认 true）。")
    Settings get(@PathVariable long cycleId) {
        requireCycle(cycleId);
        return new Settings(plans.peerReviewEnabled(cycleId));
    }

    @PutMapping
    @Operation(summary = "设置是否开展同组互审", description = "仅考评办。false 时“开始审核”直接进入集中审核。")
    Settings put(@PathVariable long cycleId, @RequestBody Settings settings,
                 @AuthenticationPrincipal SignedInAccount principal) {
        requireCycle(cycleId);
        if (settings.peerReviewEnabled() == null) {
            throw Refused.invalid("INVALID_REQUEST", "请求内容不正确：peerReviewEnabled 应为 true 或 false");
        }
        plans.setPeerReviewEnabled(cycleId, settings.peerReviewEnabled(), principal.user());
        return new Settings(plans.peerReviewEnabled(cycleId));
    }

    private void requireCycle(long cycleId) {
        if (cycles.find(cycleId).isEmpty()) {
            throw Refused.notFound("CYCLE_NOT_FOUND", "考评年度不存在：" + cycleId);
        }
    }
}
