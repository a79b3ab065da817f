package org.jixiao.organization;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/**
 * 用户账号 — who signs in, with a hashed password, a role and, for unit roles, the unit.
 *
 * @param mustChangePassword whether the next sign-in must first set a new password (initial or reset)
 */
public record Account(
        @Id @Nullable Long id,
        String username,
        String passwordHash,
        String displayName,
        Role role,
        @Nullable Long unitId,
        boolean enabled,
        Instant createdAt,
        boolean mustChangePassword,
        @Nullable Instant passwordChangedAt) {

    public Account {
        if (role.requiresUnit() && unitId == null) {
            throw new IllegalArgumentException("单位账号必须属于一个单位");
        }
    }
}
