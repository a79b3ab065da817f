package org.jixiao.administration.accounts;

import org.jixiao.organization.AccountProfile;
import org.jixiao.organization.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the office changes of an account in one step.
 *
 * @param enabled        {@code null} leaves the state as it is
 * @param leadDepartment for a LEAD_DEPARTMENT account, one of the settings' lead departments;
 *                       ignored (and any link removed) for other roles
 */
public record AccountChange(String displayName, Role role, @Nullable Long unitId, @Nullable Boolean enabled,
                            @Nullable String leadDepartment) {

    AccountProfile profile() {
        return new AccountProfile(displayName, role, unitId);
    }
}
