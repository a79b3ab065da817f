package org.jixiao.administration.accounts;

import java.time.Instant;
import org.jixiao.organization.Account;
import org.jixiao.organization.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account as pages and the API show it: never its password hash.
 *
 * @param leadDepartment the lead department a LEAD_DEPARTMENT account speaks for
 */
public record AccountView(long id, String username, String displayName, Role role, @Nullable Long unitId,
                          @Nullable String unitName, boolean enabled, boolean mustChangePassword,
                          @Nullable Instant passwordChangedAt, Instant createdAt, @Nullable String leadDepartment) {

    static AccountView of(Account account, @Nullable String unitName, @Nullable String leadDepartment) {
        return new AccountView(account.id(), account.username(), account.displayName(), account.role(),
                account.unitId(), unitName, account.enabled(), account.mustChangePassword(),
                account.passwordChangedAt(), account.createdAt(), leadDepartment);
    }
}
