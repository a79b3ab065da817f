package org.jixiao.security;

import org.jixiao.organization.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final SignedInAccounts principals;

    AccountUserDetailsService(AccountRepository accounts, SignedInAccounts principals) {
        this.accounts = accounts;
        this.principals = principals;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> principals.atPasswordSignIn(account))
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码不正确"));
    }
}
