package org.jixiao.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes accounts; the only place a password is ever seen in clear. The 系统管理员
 * (SYSTEM_ADMIN) creates, edits, disables and resets every account; the 考评办 (ADMIN) those of the
 * business roles it works with ({@link Role#isManagedByOffice()}), never an administrator's; every
 * person changes their own password. Every refusal says why, and nothing is written before all
 * checks have passed.
 */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final PasswordHistory history;
    private final Clock clock;
    private final ObjectProvider<PasswordRules> rules;

    Accounts(AccountRepository accounts, UnitRepository units, PasswordEncoder passwordEncoder,
             PasswordHistory history, Clock clock, ObjectProvider<PasswordRules> rules) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.history = history;
        this.clock = clock;
        this.rules = rules;
    }

    /** The password rule in force: the security policy's, or the defaults where none is configured. */
    public PasswordPolicy passwordPolicy() {
        PasswordRules current = rules.getIfAvailable();
        return current == null ? PasswordPolicy.STANDARD : current.currentPasswordRule();
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
        requireManager(by);
        Username username = new Username(account.username());
        AccountProfile profile = new AccountProfile(account.displayName(), account.role(), account.unitId());
        requireMayGrant(by, profile.role());
        passwordPolicy().requireMet(clear(account.password()), username.value());
        return store(username, profile, account.password(), account.mustChangePassword());
    }

    public Account get(long id, CurrentUser by) {
        requireManager(by);
        Account account = find(id);
        if (id != by.accountId()) { // one's own account is no other's domain; changing one's own role is refused below
            requireMayGrant(by, account.role());
        }
        return account;
    }

    /** The accounts {@code by} manages that match: every one for the 系统管理员, the business roles' for the office. */
    public List<Account> list(AccountFilter filter, CurrentUser by) {
        requireManager(by);
        return accounts.findAll().stream().filter(filter::matches).filter(a -> mayGrant(by, a.role()))
                .sorted(Comparator.comparing(Account::role).thenComparing(Account::username)).toList();
    }

    /** Changes name, role and unit; an administrator cannot take their own role away. */
    @Transactional
    public Account edit(long id, AccountProfile profile, CurrentUser by) {
        Account account = get(id, by);
        if (id == by.accountId() && profile.role() != by.role()) {
            throw Refused.conflict("CANNOT_DEMOTE_SELF", "不能更改自己的角色，请由其他管理员操作");
        }
        if (id != by.accountId()) {
            requireMayGrant(by, profile.role());
        }
        requireUnitExists(profile.unitId());
        return accounts.save(account.withProfile(profile.displayName(), profile.role(), profile.unitId()));
    }

    /** Enables or disables an account; a disabled account cannot sign in. Nobody disables themselves. */
    @Transactional
    public Account setEnabled(long id, boolean enabled, CurrentUser by) {
        Account account = get(id, by);
        if (!enabled && id == by.accountId()) {
            throw Refused.conflict("CANNOT_DISABLE_SELF", "不能停用自己的账号");
        }
        return account.enabled() == enabled ? account : accounts.save(account.withEnabled(enabled));
    }

    /** Sets a new initial password; its owner must change it at the next sign-in. */
    @Transactional
    public Account resetPassword(long id, String password, CurrentUser by) {
        Account account = get(id, by);
        passwordPolicy().requireMet(clear(password), account.username());
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
        passwordPolicy().requireMet(clear(newPassword), account.username());
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

    /** Refuses a password that is the current one or one of the account's last {@link PasswordPolicy#history()}. */
    private void requireNotRecent(Account account, String password) {
        int last = Math.max(1, passwordPolicy().history());
        List<String> recent = new ArrayList<>(history.latest(account.id(), last));
        if (!recent.contains(account.passwordHash())) {
            recent.add(0, account.passwordHash());
        }
        if (recent.stream().limit(last).anyMatch(hash -> passwordEncoder.matches(password, hash))) {
            throw PasswordPolicy.refusal(List.of("不能与最近 " + last + " 次使用过的密码相同"));
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

    /** Whether some account, enabled or not, holds {@code role}. */
    public boolean anyWithRole(Role role) {
        return accounts.existsByRole(role);
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

    /** Whether {@code by} manages accounts at all: the 系统管理员 and the 考评办. */
    public static boolean managesAccounts(CurrentUser by) {
        return by.role() == Role.SYSTEM_ADMIN || by.role() == Role.ADMIN;
    }

    /** The roles {@code by} may grant and whose accounts it may see and change. */
    public static List<Role> grantableRoles(CurrentUser by) {
        return by.role() == Role.SYSTEM_ADMIN ? List.of(Role.values())
                : by.role() == Role.ADMIN ? Role.managedByOffice() : List.of();
    }

    private static boolean mayGrant(CurrentUser by, @Nullable Role role) {
        return by.role() == Role.SYSTEM_ADMIN || (by.role() == Role.ADMIN && role != null && role.isManagedByOffice());
    }

    /** Refuses anyone but the 系统管理员 and the 考评办. */
    public static void requireManager(CurrentUser by) {
        if (!managesAccounts(by)) {
            throw Refused.forbidden("ADMIN_ONLY", "只有系统管理员和考评办管理员可以管理账号");
        }
    }

    private static void requireMayGrant(CurrentUser by, @Nullable Role role) {
        if (!mayGrant(by, role)) {
            throw Refused.forbidden("ROLE_RESERVED", "考评办管理员只能管理单位经办人、单位领导、集中考评组成员和牵头部门的账号；"
                    + "考评办管理员、系统管理员、安全管理员、审计管理员的账号由系统管理员管理");
        }
    }
}
