package org.jixiao.tracking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jixiao.security.SignedInAccount;
import org.jixiao.tracking.Flag;
import org.jixiao.tracking.ProgressReport;
import org.jixiao.tracking.progress.ProgressService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A unit's progress reports through the JSON API: read a period, report an item. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}/units/{unitId}/progress")
@Tag(name = "进展跟踪", description = "季度（或月度）进展报送：各二级指标的状态、完成比例、完成情况、审核结果与逾期预警")
class ProgressApiController {

    private final ProgressService service;

    ProgressApiController(ProgressService service) {
        this.service = service;
    }

    /** One period's progress of the unit's items. */
    record Period(long cycleId, long unitId, String unitName, int period, String label, LocalDate reportDue,
                  boolean open, List<Item> items) {
    }

    record Item(UUID rowId, String code, String text, String deadline, @Nullable LocalDate due,
                List<String> departments, @Nullable Report report, List<String> flags) {
    }

    record Report(String status, String statusLabel, @Nullable Integer percent, String done, String review,
                  String reviewComment, Instant submittedAt, String submittedBy) {

        static @Nullable Report of(@Nullable ProgressReport r) {
            return r == null ? null : new Report(r.status().name(), r.status().label(), r.percent(), r.done(),
                    r.review().name(), r.reviewComment(), r.submittedAt(), r.submittedBy());
        }
    }

    /** A report as posted. */
    record Submission(UUID rowId, int period, String status, @Nullable Integer percent, @Nullable String done) {
    }

    @GetMapping
    @Operation(summary = "读取进展", description = "period 为报告期序号（季度 1–4，按月 1–12；缺省为最近开放的报告期）。"
            + "返回该单位各二级指标本期的报告（status：NOT_STARTED 未开始、IN_PROGRESS 推进中、DONE 已完成、BEHIND 滞后；"
            + "review：SUBMITTED 待审核、ACCEPTED 已审核、RETURNED 已退回）和逾期预警。考评办可读所有单位；本单位经办人、领导可读本单位；"
            + "关联到科室负责人或责任人的账号只看到本人或本科室负责的指标；其他单位 404。")
    Period get(@PathVariable long cycleId, @PathVariable long unitId, @RequestParam(required = false) @Nullable Integer period,
               @AuthenticationPrincipal SignedInAccount principal) {
        ProgressService.UnitView view = service.unit(cycleId, unitId, period, principal.user());
        var selected = view.selected();
        return new Period(cycleId, unitId, view.unitName(), selected.number(), selected.label(), selected.reportDue(),
                view.isOpen(selected.number()), view.lines().stream().map(l -> new Item(l.item().rowId(), l.item().code(),
                        l.item().text(), l.item().deadline().text(), l.item().deadline().due(), l.item().departments(),
                        Report.of(l.in(selected.number())), l.flags().stream().map(Flag::message).toList())).toList());
    }

    @PostMapping
    @Operation(summary = "报送一项进展", description = "本单位经办人或责任科室（关联账号）报送开放报告期内一项指标的进展，"
            + "已退回的可修改后重报，已审核的不能再改。400：PROGRESS_STATUS（状态无效）、PROGRESS_PERCENT（比例不在 0–100）、"
            + "PROGRESS_TEXT_MISSING（未填完成情况）、PROGRESS_DONE_PERCENT；409：PERIOD_NOT_OPEN、PROGRESS_ACCEPTED；"
            + "403 PROGRESS_NOT_REPORTER；其他单位或看不到的指标 404。")
    Report post(@PathVariable long cycleId, @PathVariable long unitId, @RequestBody Submission submission,
                @AuthenticationPrincipal SignedInAccount principal) {
        ProgressReport report = service.submit(cycleId, unitId, submission.rowId(), submission.period(),
                ProgressController.status(submission.status() == null ? "" : submission.status()), submission.percent(),
                submission.done() == null ? "" : submission.done(), principal.user());
        return Report.of(report);
    }
}
