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

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    public static SignedInAccount of(Account account) {
        return new SignedInAccount(account, false);
    }

    SignedInAccount(Account account, boolean locked) {
        this.user = CurrentUser.of(account);
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.locked = locked;
        this.mustChangePassword = account.mustChangePassword();
    }

    public CurrentUser user() {
        return user;
    }

    /** Whether the person must set their own password before doing anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
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
