package org.jixiao.organization;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts with hashed passwords; the only place a password is ever seen in clear. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public Account create(String username, String password, String displayName, Role role, @Nullable Long unitId) {
        return create(username, password, displayName, role, unitId, false);
    }

    /** As above; with {@code mustChangePassword} the first sign-in asks for a new password before anything else. */
    @Transactional
    public Account create(String username, String password, String displayName, Role role, @Nullable Long unitId,
                          boolean mustChangePassword) {
        if (password.length() < 8) {
            throw new IllegalArgumentException("密码至少 8 位");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("用户名已存在：" + username);
        }
        return accounts.save(new Account(null, username, passwordEncoder.encode(password), displayName, role, unitId,
                true, Instant.now(clock), mustChangePassword, null));
    }

    public boolean none() {
        return accounts.count() == 0;
    }
}
