package org.jixiao.evaluation.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records the assessment's changes in the audit trail, inside the transaction of the change:
 * who (the signed-in user and role), the cycle and unit, the subject and before → after.
 */
@Component
class EvaluationAudit {

    private final AuditTrail trail;

    EvaluationAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void record(AuditKind kind, CurrentUser user, long cycleId, @Nullable Long unitId, String subject,
                @Nullable Object before, @Nullable Object after) {
        trail.record(AuditEvent.change(kind, user.username(), user.role().name(), cycleId, unitId, subject, before,
                after));
    }

    /** Records a change whose before and after are JSON documents already. */
    void recordJson(AuditKind kind, CurrentUser user, long cycleId, String subject, @Nullable String before,
                    @Nullable String after) {
        trail.record(new AuditEvent(kind, user.username(), user.role().name(), cycleId, null, subject, before, after));
    }

    /** Named values in the order given, for a before or after that reads well: fields("完成情况", text, …). */
    static Map<String, @Nullable Object> fields(@Nullable Object... namesAndValues) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return fields;
    }

    /** "行 1-3-2": a scored row as a subject names it. */
    static String row(ScoredRow row) {
        return "行 " + row.code().value();
    }
}
