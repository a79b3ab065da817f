package org.jixiao.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes accounts; the only place a password is ever seen in clear. The office
 * (administrators) creates, edits, disables and resets; every person changes their own password.
 * Every refusal says why, and nothing is written before all checks have passed.
 */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final PasswordHistory history;
    private final Clock clock;

    Accounts(AccountRepository accounts, UnitRepository units, PasswordEncoder passwordEncoder,
             PasswordHistory history, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Set-up by the system itself (demonstration data, the first administrator, test fixtures): the
     * password is the operator's, so it is not to be changed at first sign-in.
     */
    @Transactional
    public Account create(String username, String password, String displayName, Role role, @Nullable Long unitId) {
        return create(username, password, displayName, role, unitId, false);
    }

    /** As above; with {@code mustChangePassword} the first sign-in asks for a new password before anything else. */
    @Transactional
    public Account create(String username, String password, String displayName, Role role, @Nullable Long unitId,
                          boolean mustChangePassword) {
        if (password.length() < 8) {
            throw Refused.invalid("PASSWORD_POLICY", "密码至少 8 位");
        }
        return store(new Username(username), new AccountProfile(displayName, role, unitId), password, mustChangePassword);
    }

    /** The office creates an account with an initial password that meets the {@link PasswordPolicy}. */
    @Transactional
    public Account register(NewAccount account, CurrentUser by) {
        requireOffice(by);
        Username username = new Username(account.username());
        AccountProfile profile = new AccountProfile(account.displayName(), account.role(), account.unitId());
        PasswordPolicy.require(clear(account.password()), username.value());
        return store(username, profile, account.password(), account.mustChangePassword());
    }

    public Account get(long id, CurrentUser by) {
        requireOffice(by);
        return find(id);
    }

    public List<Account> list(AccountFilter filter, CurrentUser by) {
        requireOffice(by);
        return accounts.findAll().stream().filter(filter::matches)
                .sorted(Comparator.comparing(Account::role).thenComparing(Account::username)).toList();
    }

    /** Changes name, role and unit; an administrator cannot take their own administrator role away. */
    @Transactional
    public Account edit(long id, AccountProfile profile, CurrentUser by) {
        requireOffice(by);
        Account account = find(id);
        if (id == by.accountId() && profile.role() != Role.ADMIN) {
            throw Refused.conflict("CANNOT_DEMOTE_SELF", "不能取消自己的考评办管理员角色，请由其他管理员操作");
        }
        requireUnitExists(profile.unitId());
        return accounts.save(account.withProfile(profile.displayName(), profile.role(), profile.unitId()));
    }

    /** Enables or disables an account; a disabled account cannot sign in. Nobody disables themselves. */
    @Transactional
    public Account setEnabled(long id, boolean enabled, CurrentUser by) {
        requireOffice(by);
        Account account = find(id);
        if (!enabled && id == by.accountId()) {
            throw Refused.conflict("CANNOT_DISABLE_SELF", "不能停用自己的账号");
        }
        return account.enabled() == enabled ? account : accounts.save(account.withEnabled(enabled));
    }

    /** Sets a new initial password; its owner must change it at the next sign-in. */
    @Transactional
    public Account resetPassword(long id, String password, CurrentUser by) {
        requireOffice(by);
        Account account = find(id);
        PasswordPolicy.require(clear(password), account.username());
        requireNotRecent(account, password);
        return remembered(accounts.save(account.withInitialPassword(passwordEncoder.encode(password))));
    }

    /**
     * The signed-in person sets their own password: the current one proves it is them, the new one
     * meets the policy and differs from the current one.
     */
    @Transactional
    public Account changeOwnPassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow(() -> notFound(accountId));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw Refused.invalid("CURRENT_PASSWORD_WRONG", "当前密码不正确");
        }
        PasswordPolicy.require(clear(newPassword), account.username());
        if (newPassword.equals(currentPassword)) {
            throw Refused.invalid("PASSWORD_UNCHANGED", "新密码不能与当前密码相同");
        }
        requireNotRecent(account, newPassword);
        return remembered(accounts.save(account.withOwnPassword(passwordEncoder.encode(newPassword), clock.instant())));
    }

    /**
     * 密码有效期: whether the account's password is older than {@code maxAge} — counted from when its
     * owner last set it, or from the account's creation while it is one the system set.
     */
    public boolean passwordExpired(Account account, Duration maxAge) {
        Instant set = account.passwordChangedAt() != null ? account.passwordChangedAt() : account.createdAt();
        return !set.plus(maxAge).isAfter(clock.instant());
    }

    /** Refuses a password that is the current one or one of the account's last {@value PasswordPolicy#HISTORY}. */
    private void requireNotRecent(Account account, String password) {
        List<String> recent = new ArrayList<>(history.latest(account.id(), PasswordPolicy.HISTORY));
        if (!recent.contains(account.passwordHash())) {
            recent.add(0, account.passwordHash());
        }
        if (recent.stream().limit(PasswordPolicy.HISTORY).anyMatch(hash -> passwordEncoder.matches(password, hash))) {
            throw PasswordPolicy.refusal(List.of("不能与最近 " + PasswordPolicy.HISTORY + " 次使用过的密码相同"));
        }
    }

    /** Keeps the hash of the account's new password in its history. */
    private Account remembered(Account account) {
        history.add(account.id(), account.passwordHash(), clock.instant());
        return account;
    }

    public boolean none() {
        return accounts.count() == 0;
    }

    private Account store(Username username, AccountProfile profile, String password, boolean mustChangePassword) {
        if (accounts.findByUsername(username.value()).isPresent()) {
            throw taken(username);
        }
        requireUnitExists(profile.unitId());
        Account account = new Account(null, username.value(), passwordEncoder.encode(password), profile.displayName(),
                profile.role(), profile.unitId(), true, clock.instant(), mustChangePassword, null);
        try {
            return remembered(accounts.save(account));
        } catch (DuplicateKeyException raced) {
            throw taken(username);
        }
    }

    private void requireUnitExists(@Nullable Long unitId) {
        if (unitId != null && !units.existsById(unitId)) {
            throw Refused.invalid("UNIT_NOT_FOUND", "所选单位不存在：" + unitId);
        }
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> notFound(id));
    }

    private static String clear(@Nullable String password) {
        if (password == null || password.isEmpty()) {
            throw Refused.invalid("PASSWORD_POLICY", "请填写密码");
        }
        return password;
    }

    private static Refused taken(Username username) {
        return Refused.conflict("USERNAME_TAKEN", "用户名“" + username + "”已被使用，请换一个");
    }

    private static Refused notFound(long id) {
        return Refused.notFound("ACCOUNT_NOT_FOUND", "账号不存在：" + id);
    }

    private static void requireOffice(CurrentUser by) {
        if (!by.isAdmin()) {
            throw Refused.forbidden("ADMIN_ONLY", "只有考评办管理员可以管理账号");
        }
    }
}
