package org.jixiao.administration.trail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records an administration change in the audit trail: who (the signed-in user and role), the
 * cycle and unit it concerns, a subject and before → after as named fields. Callers record inside
 * the transaction of the change, so that a refused or rolled-back change leaves no entry. Password
 * hashes never go in: a password change is a field saying that it happened.
 */
@Component
public class AdministrationTrail {

    /** The field that says a password was set, in place of anything about the password itself. */
    public static final String PASSWORD = "密码";

    private final AuditTrail trail;

    AdministrationTrail(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Appends the change, unless before and after are equal: saving what was already stored changes
     * nothing and leaves no entry.
     */
    public void record(AuditKind kind, CurrentUser by, @Nullable Long cycleId, @Nullable Long unitId, String subject,
                       @Nullable Object before, @Nullable Object after) {
        if (before != null && Objects.equals(before, after)) {
            return;
        }
        trail.record(AuditEvent.change(kind, by.username(), by.role().name(), cycleId, unitId, subject, before,
                after));
    }

    /** Named values in the order given, for a before or after that reads well: fields("科室名称", name, …). */
    public static Map<String, @Nullable Object> fields(@Nullable Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("字段名与取值须成对给出");
        }
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return fields;
    }

    /** The same fields with one more at the end, e.g. {@code with(account, PASSWORD, "密码已重置")}. */
    public static Map<String, @Nullable Object> with(Map<String, @Nullable Object> fields, String name,
                                                     @Nullable Object value) {
        Map<String, @Nullable Object> more = new LinkedHashMap<>(fields);
        more.put(name, value);
        return more;
    }
}
