package org.jixiao.administration.accounts;

import jakarta.validation.constraints.Size;
import org.jixiao.organization.AccountProfile;
import org.jixiao.organization.NewAccount;
import org.jixiao.organization.PasswordPolicy;
import org.jixiao.organization.Role;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the account pages, as typed. Lengths are checked here (the page's {@code maxlength}
 * comes from the same annotations); the rules behind them by the services they are handed to.
 */
final class AccountForms {

    /** The column {@code account.username}. */
    static final int MAX_USERNAME = 64;

    private AccountForms() {
    }

    /** 新建账号. The initial password must be changed at first sign-in unless unticked. */
    record Create(@Size(max = MAX_USERNAME, message = "{accounts.col.username}{field.tooLong}") @Nullable String username,
                  @Size(max = AccountProfile.MAX_DISPLAY_NAME, message = "{accounts.col.displayName}{field.tooLong}")
                  @Nullable String displayName,
                  @Nullable Role role, @Nullable Long unitId,
                  @Size(max = PasswordPolicy.MAX_BYTES, message = "{accounts.initialPassword}{field.tooLong}")
                  @Nullable String password,
                  @Nullable Boolean mustChangePassword, @Nullable String leadDepartment) {

        static Create empty() {
            return new Create("", "", Role.UNIT_CLERK, null, "", true, null);
        }

        NewAccount account() {
            return new NewAccount(text(username), text(displayName), text(password), role, unitId,
                    mustChangePassword == null || mustChangePassword);
        }
    }

    /** 修改账号: name, role, unit and, for a lead department, which one. */
    record Edit(@Size(max = AccountProfile.MAX_DISPLAY_NAME, message = "{accounts.col.displayName}{field.tooLong}")
                @Nullable String displayName,
                @Nullable Role role, @Nullable Long unitId,
                @Nullable String leadDepartment) {

        static Edit of(AccountView account) {
            return new Edit(account.displayName(), account.role(), account.unitId(), account.leadDepartment());
        }

        AccountChange change() {
            return new AccountChange(text(displayName), role, unitId, null, leadDepartment);
        }
    }

    /** 重置密码: the new initial password. */
    record Reset(@Size(max = PasswordPolicy.MAX_BYTES, message = "{accounts.initialPassword}{field.tooLong}")
                 @Nullable String password) {

        static Reset empty() {
            return new Reset("");
        }

        String value() {
            return text(password);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
