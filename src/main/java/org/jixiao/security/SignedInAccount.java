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

    public static SignedInAccount of(Account account) {
        return new SignedInAccount(account);
    }

    SignedInAccount(Account account) {
        this.user = CurrentUser.of(account);
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
    }

    public CurrentUser user() {
        return user;
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
}
