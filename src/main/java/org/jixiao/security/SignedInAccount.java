package org.jixiao.security;

import java.util.Collection;
import java.util.List;
import org.jixiao.organization.Account;
import org.jixiao.organization.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: an account's credentials plus the {@link CurrentUser} the application uses. */
public final class SignedInAccount implements UserDetails {

    /** Where the account stands with its second factor (TOTP) in this sign-in. */
    enum SecondFactor {
        /** Not needed, or already given. */
        DONE,
        /** Enrolled: the code must be given before anything else; the principal holds no role until then. */
        PENDING,
        /** Required for the role but not enrolled: enrolment comes before anything else. */
        ENROL
    }

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final boolean passwordExpired;
    private final SecondFactor secondFactor;

    /** A fully signed-in account: nothing pending (tests, and after a password change). */
    public static SignedInAccount of(Account account) {
        return new SignedInAccount(account, false, false, SecondFactor.DONE);
    }

    SignedInAccount(Account account, boolean locked, boolean passwordExpired, SecondFactor secondFactor) {
        this(CurrentUser.of(account), account.passwordHash(), account.enabled(), locked,
                account.mustChangePassword() || passwordExpired, passwordExpired, secondFactor);
    }

    private SignedInAccount(CurrentUser user, String passwordHash, boolean enabled, boolean locked,
                            boolean mustChangePassword, boolean passwordExpired, SecondFactor secondFactor) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.passwordExpired = passwordExpired;
        this.secondFactor = secondFactor;
    }

    /** The same sign-in with the second factor now given or enrolled. */
    SignedInAccount withSecondFactorDone() {
        return new SignedInAccount(user, passwordHash, enabled, locked, mustChangePassword, passwordExpired,
                SecondFactor.DONE);
    }

    public CurrentUser user() {
        return user;
    }

    /** Whether the person must set their own password before doing anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Whether that is because the password is older than the configured maximum age. */
    public boolean passwordExpired() {
        return passwordExpired;
    }

    SecondFactor secondFactor() {
        return secondFactor;
    }

    /** No role while the second factor is pending: nothing is authorised before the code is given. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (secondFactor == SecondFactor.PENDING) {
            return List.of();
        }
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Locked after too many failed sign-ins: refused before the password is even checked. */
    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }
}
