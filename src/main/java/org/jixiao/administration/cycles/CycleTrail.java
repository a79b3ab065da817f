package org.jixiao.administration.cycles;

import java.util.List;
import java.util.Map;
import org.jixiao.administration.trail.AdministrationTrail;
import org.jixiao.audit.AuditKind;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.CycleStatus;
import org.jixiao.organization.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A cycle's changes as the audit trail keeps them: opening and copying, renaming, closing and
 * reopening (考评年度), and template changes (设置), with the whole template before and after.
 */
@Component
class CycleTrail {

    private final AdministrationTrail trail;

    CycleTrail(AdministrationTrail trail) {
        this.trail = trail;
    }

    void created(AssessmentCycle cycle, @Nullable AssessmentCycle source, CycleCopier.Report copied,
                 CurrentUser by) {
        Map<String, @Nullable Object> after = describe(cycle);
        if (source != null) {
            after.put("复制自", source.name());
            after.put("复制参评单位", copied.units());
            after.put("复制考评表", copied.tables());
            after.put("未复制考评表的单位", copied.skippedUnits());
        }
        trail.record(AuditKind.CYCLE, by, cycle.id(), null,
                (source == null ? "新建考评年度 " : "复制考评年度 ") + cycle.name(), null, after);
    }

    void changed(AssessmentCycle before, AssessmentCycle after, CurrentUser by) {
        trail.record(AuditKind.CYCLE, by, after.id(), null, "修改考评年度 " + before.name(), describe(before),
                describe(after));
    }

    void statusChanged(AssessmentCycle before, AssessmentCycle after, CurrentUser by) {
        String action = after.status() == CycleStatus.CLOSED ? "关闭考评年度 " : "重新开启考评年度 ";
        trail.record(AuditKind.CYCLE, by, after.id(), null, action + after.name(),
                AdministrationTrail.fields("状态", before.status()), AdministrationTrail.fields("状态", after.status()));
    }

    void templateChanged(AssessmentCycle before, AssessmentCycle after, List<TemplateChange> changes,
                         CurrentUser by) {
        trail.record(AuditKind.SETTINGS, by, after.id(), null, "修改考评表模板 " + after.name(),
                AdministrationTrail.fields("版本", before.version(), "模板", before.template()),
                AdministrationTrail.fields("版本", after.version(),
                        "修改", changes.stream().map(TemplateChange::message).toList(), "模板", after.template()));
    }

    private static Map<String, @Nullable Object> describe(AssessmentCycle cycle) {
        return AdministrationTrail.fields("年度", cycle.year(), "系列", cycle.series(), "层级", cycle.level(),
                "状态", cycle.status(), "总分", cycle.totalPoints().value());
    }
}
