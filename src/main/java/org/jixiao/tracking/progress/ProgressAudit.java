package org.jixiao.tracking.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.tracking.ProgressReport;
import org.jixiao.tracking.TrackedItem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes tracking's changes to the hash-chained audit trail in the caller's transaction: a report
 * submitted or corrected (before and after), accepted or returned with the comment, evidence added,
 * internal plans (二级绩效) created, given rows and reported.
 */
@Component
public class ProgressAudit {

    private final AuditTrail trail;

    ProgressAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void reported(TrackedItem item, @Nullable ProgressReport before, ProgressReport after, CurrentUser user) {
        record(AuditKind.PROGRESS, user, after.cycleId(), item.unitId(),
                (before == null ? "进展报送 " : "进展修改 ") + subject(item, after.period()), content(before), content(after));
    }

    void reviewed(TrackedItem item, ProgressReport before, ProgressReport after, CurrentUser user) {
        record(AuditKind.PROGRESS, user, after.cycleId(), item.unitId(),
                (after.review() == org.jixiao.tracking.Review.ACCEPTED ? "进展审核通过 " : "进展退回 ") + subject(item, after.period()),
                content(before), content(after));
    }

    void evidence(long cycleId, TrackedItem item, int period, String fileName, UUID fileId, CurrentUser user) {
        record(AuditKind.EVIDENCE, user, cycleId, item.unitId(), "进展佐证材料 " + subject(item, period) + "：" + fileName,
                null, Map.of("file", fileId.toString(), "name", fileName, "period", period));
    }

    /** A change of an internal plan (二级绩效) or of one of its parts. */
    public void internal(long cycleId, long unitId, String subject, @Nullable Object before, @Nullable Object after,
                         CurrentUser user) {
        record(AuditKind.PROGRESS, user, cycleId, unitId, "二级绩效 " + subject, before, after);
    }

    /** The office linked an account to a person of the unit, or removed the link. */
    void linked(long unitId, String username, long personId, boolean linked, CurrentUser user) {
        Map<String, Object> link = Map.of("account", username, "person", personId);
        record(AuditKind.PROGRESS, user, null, unitId, (linked ? "关联科室账号 " : "解除科室账号 ") + username,
                linked ? null : link, linked ? link : null);
    }

    private void record(AuditKind kind, CurrentUser user, @Nullable Long cycleId, long unitId, String subject,
                        @Nullable Object before, @Nullable Object after) {
        trail.record(AuditEvent.change(kind, user.username(), user.role().name(), cycleId, unitId, subject, before, after));
    }

    private static String subject(TrackedItem item, int period) {
        return "第 " + period + " 期 行 " + item.code();
    }

    private static @Nullable Map<String, Object> content(@Nullable ProgressReport report) {
        if (report == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("row", report.rowId().toString());
        map.put("period", report.period());
        map.put("status", report.status().name());
        map.put("percent", report.percent());
        map.put("done", report.done());
        map.put("review", report.review().name());
        map.put("reviewComment", report.reviewComment());
        return map;
    }
}
