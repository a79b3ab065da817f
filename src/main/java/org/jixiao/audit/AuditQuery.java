package org.jixiao.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in the trail; every filter is optional. {@code user} is the exact user name,
 * {@code from} and {@code to} are whole days (inclusive) in the application's time zone.
 */
record AuditQuery(@Nullable Long unitId, @Nullable String user, @Nullable AuditKind kind, @Nullable LocalDate from,
                  @Nullable LocalDate to) {

    AuditQuery {
        user = user == null || user.isBlank() ? null : user.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("结束日期不能早于开始日期");
        }
    }
}
