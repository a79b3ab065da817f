package org.jixiao.security;

import org.jixiao.organization.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Lockout lockout;

    AccountUserDetailsService(AccountRepository accounts, Lockout lockout) {
        this.accounts = accounts;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new SignedInAccount(account, lockout.lockedUntil(username).isPresent()))
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码不正确"));
    }
}
