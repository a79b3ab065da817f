package org.jixiao.organization;

import org.jspecify.annotations.Nullable;

/** Which accounts a list shows; {@code null} means any. */
public record AccountFilter(@Nullable Role role, @Nullable Long unitId, @Nullable Boolean enabled) {

    public static final AccountFilter ALL = new AccountFilter(null, null, null);

    public boolean matches(Account account) {
        return (role == null || account.role() == role)
                && (unitId == null || unitId.equals(account.unitId()))
                && (enabled == null || account.enabled() == enabled);
    }
}
