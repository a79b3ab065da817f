package org.jixiao.administration.accounts;

import org.jixiao.organization.NewAccount;
import org.jixiao.organization.Role;
import org.jspecify.annotations.Nullable;

/** The forms of the account pages, as typed; checked by the services they are handed to. */
final class AccountForms {

    private AccountForms() {
    }

    /** 新建账号. The initial password must be changed at first sign-in unless unticked. */
    record Create(@Nullable String username, @Nullable String displayName, @Nullable Role role, @Nullable Long unitId,
                  @Nullable String password, @Nullable Boolean mustChangePassword, @Nullable String leadDepartment) {

        static Create empty() {
            return new Create("", "", Role.UNIT_CLERK, null, "", true, null);
        }

        NewAccount account() {
            return new NewAccount(text(username), text(displayName), text(password), role, unitId,
                    mustChangePassword == null || mustChangePassword);
        }
    }

    /** 修改账号: name, role, unit and, for a lead department, which one. */
    record Edit(@Nullable String displayName, @Nullable Role role, @Nullable Long unitId,
                @Nullable String leadDepartment) {

        static Edit of(AccountView account) {
            return new Edit(account.displayName(), account.role(), account.unitId(), account.leadDepartment());
        }

        AccountChange change() {
            return new AccountChange(text(displayName), role, unitId, null, leadDepartment);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
