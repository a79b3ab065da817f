package org.jixiao.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records the plan's changes in the audit trail, inside the transaction of the change: each edit of
 * a table with the rows and fields it changed, each import or replacement with its counts, each
 * transition with its states, reason and rows.
 */
@Component
class PlanAudit {

    private static final String VERSION = "版本";

    private final AuditTrail trail;

    PlanAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** 考评表修改: the table's version before and after, and each changed field of each row touched. */
    void edited(TargetTable before, TargetTable after, long versionBefore, long versionAfter, CurrentUser user,
                String what) {
        TableDiff diff = TableDiff.between(before, after);
        Map<String, Object> old = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        old.put(VERSION, versionBefore);
        now.put(VERSION, versionAfter);
        for (TableDiff.RowChange row : diff.changed()) {
            for (TableDiff.FieldChange field : row.fields()) {
                old.put(rowKey(row) + " " + field.field().label(), field.before());
                now.put(rowKey(row) + " " + field.field().label(), field.after());
            }
        }
        for (TableDiff.RowChange row : diff.added()) {
            old.put("新增 " + rowKey(row), "");
            now.put("新增 " + rowKey(row), summary(row));
        }
        for (TableDiff.RowChange row : diff.removed()) {
            old.put("删除 " + rowKey(row), summary(row));
            now.put("删除 " + rowKey(row), "");
        }
        if (!diff.reordered().isEmpty()) {
            now.put("调整顺序", String.join("；", diff.reordered()));
        }
        record(AuditKind.TABLE_CHANGED, user, after, what + " " + subjectRows(diff), old, now);
    }

    /** 考评表导入: a table stored over the unit's table (or as its first), with what became of the rows. */
    void replaced(@Nullable TargetTable before, TargetTable after, RowMatcher.@Nullable Matched matched,
                  @Nullable Long versionBefore, long versionAfter, int orphansConfirmed, CurrentUser user, String what) {
        @Nullable Map<String, Object> old = null;
        if (before != null) {
            old = new LinkedHashMap<>();
            old.put(VERSION, versionBefore);
            old.put("指标行数", RowContent.of(before).size());
        }
        Map<String, Object> now = new LinkedHashMap<>();
        now.put(VERSION, versionAfter);
        now.put("指标行数", RowContent.of(after).size());
        if (matched != null) {
            now.put("沿用原行标识", matched.kept().size());
            now.put("新增行", matched.added());
            now.put("删除行", matched.dropped().size());
        }
        if (orphansConfirmed > 0) {
            now.put("确认删除的有年终数据的行", orphansConfirmed);
        }
        record(AuditKind.TABLE_IMPORTED, user, after, what, old, now);
    }

    /** 考评表流转: from which state to which, the reason or 批复 text, and the rows it names. */
    void transition(long cycleId, long unitId, PlanTransition step, Map<UUID, String> rowLabels, CurrentUser user) {
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("状态", step.from().label());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("状态", step.to().label());
        if (!step.reason().isEmpty()) {
            now.put(step.action() == PlanAction.APPROVE ? "批复意见" : "原因", step.reason());
        }
        if (!step.rows().isEmpty()) {
            now.put("涉及指标", String.join("；", step.rows().stream()
                    .map(id -> rowLabels.getOrDefault(id, id.toString())).toList()));
        }
        trail.record(AuditEvent.change(AuditKind.PLAN_TRANSITION, user.username(), user.role().name(), cycleId, unitId,
                "考评表流转 " + step.action().label(), old, now));
    }

    private void record(AuditKind kind, CurrentUser user, TargetTable table, String subject,
                        @Nullable Object before, @Nullable Object after) {
        trail.record(AuditEvent.change(kind, user.username(), user.role().name(), table.cycleId(), table.unitId(),
                subject, before, after));
    }

    /** "1-3-2、1-3-3" — the rows an edit touched, by code where they have one. */
    private static String subjectRows(TableDiff diff) {
        List<String> rows = Stream.of(diff.changed(), diff.added(), diff.removed())
                .flatMap(List::stream).map(PlanAudit::rowKey).distinct().toList();
        if (rows.isEmpty()) {
            return diff.reordered().isEmpty() ? "（无变化）" : "调整顺序";
        }
        return String.join("、", rows);
    }

    private static String rowKey(TableDiff.RowChange row) {
        return row.code().isEmpty() ? row.label() : row.code();
    }

    private static String summary(TableDiff.RowChange row) {
        String value = row.points();
        return row.text() + (value.isEmpty() ? "" : "（" + RowField.POINTS.label() + " " + value + "）");
    }
}
