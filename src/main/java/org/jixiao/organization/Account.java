package org.jixiao.organization;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/**
 * 用户账号 — who signs in, with a hashed password, a role and, for unit roles, the unit.
 *
 * @param mustChangePassword whether the next sign-in must first set a new password (initial or reset)
 * @param passwordChangedAt  when its owner last set the password themselves; {@code null} while it is
 *                           one an administrator gave
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

    /** The same account with a new name, role and unit. */
    public Account withProfile(String displayName, Role role, @Nullable Long unitId) {
        return new Account(id, username, passwordHash, displayName, role, unitId, enabled, createdAt,
                mustChangePassword, passwordChangedAt);
    }

    /** An administrator set the password (reset): its owner must change it at the next sign-in. */
    public Account withInitialPassword(String passwordHash) {
        return new Account(id, username, passwordHash, displayName, role, unitId, enabled, createdAt, true,
                passwordChangedAt);
    }

    /** Its owner set the password: nothing more to change. */
    public Account withOwnPassword(String passwordHash, Instant at) {
        return new Account(id, username, passwordHash, displayName, role, unitId, enabled, createdAt, false, at);
    }

    /** Enabled accounts sign in; a disabled one is refused at sign-in and keeps its history. */
    public Account withEnabled(boolean enabled) {
        return new Account(id, username, passwordHash, displayName, role, unitId, enabled, createdAt,
                mustChangePassword, passwordChangedAt);
    }
}
