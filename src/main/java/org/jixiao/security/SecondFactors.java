package org.jixiao.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.security.policy.SecurityPolicies;
import org.jixiao.security.sessions.OnlineSessions;
import org.jspecify.annotations.Nullable;
import org.jixiao.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双因素认证: the TOTP secrets of enrolled accounts (table {@code totp_secret}) and the rule who must
 * have one. Enrolment stores a secret only once a code from the app proves it was scanned; each
 * accepted code moves the account's last step on, so that a code is never accepted twice. Enrolling
 * and turning the second factor off are recorded in the audit trail.
 */
@Service
class SecondFactors {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInPolicyProperties properties;
    private final SecurityPolicies policies;
    private final SecretCipher cipher;
    private final OnlineSessions sessions;
    private final AuditTrail trail;

    SecondFactors(JdbcClient jdbc, Clock clock, SignInPolicyProperties properties, SecurityPolicies policies,
                  SecretCipher cipher, OnlineSessions sessions, AuditTrail trail) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.policies = policies;
        this.cipher = cipher;
        this.trail = trail;
    }

    /** Administrator roles: every role that is not a unit's, a rater's or a lead department's. */
    static boolean administrator(Role role) {
        return switch (role) {
            case UNIT_CLERK, UNIT_LEADER, RATER, LEAD_DEPARTMENT -> false;
            default -> true;
        };
    }

    /** Whether the role must sign in with a second factor under the current setting. */
    boolean required(Role role) {
        return policies.current().mfaAdminRequired() && administrator(role);
    }

    boolean enrolled(long accountId) {
        return jdbc.sql("select count(*) from totp_secret where account_id = ?").param(accountId)
                .query(Integer.class).single() > 0;
    }

    /** Checks a code of an enrolled account; a right one is used up. */
    @Transactional
    boolean verify(long accountId, String code) {
        var stored = jdbc.sql("select secret, last_step from totp_secret where account_id = ?").param(accountId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).optional();
        if (stored.isEmpty()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(plain((String) stored.get()[0]), code, clock.instant(),
                (Long) stored.get()[1]);
        if (step.isEmpty()) {
            return false;
        }
        // Only one of two parallel uses of the same code moves the step on.
        return jdbc.sql("update totp_secret set last_step = ? where account_id = ? and last_step < ?")
                .params(step.getAsLong(), accountId, step.getAsLong()).update() == 1;
    }

    /** Enrols the account with the secret its app scanned, once a code of that secret is right. */
    @Transactional
    void enrol(CurrentUser user, String secret, String code) {
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw Refused.invalid("TOTP_CODE_WRONG", "动态口令不正确：请输入验证器应用中当前显示的 6 位数字，并确认手机时间准确");
        }
        if (enrolled(user.accountId())) {
            throw Refused.conflict("TOTP_ALREADY_ENROLLED", "该账号已绑定验证器");
        }
        jdbc.sql("insert into totp_secret (account_id, secret, enrolled_at, last_step) values (?, ?, ?, ?)")
                .params(user.accountId(), seal(secret), Timestamp.from(clock.instant()), step.getAsLong()).update();
        jdbc.sql("delete from second_factor_reset where account_id = ?").param(user.accountId()).update();
        trail.record(AuditEvent.change(AuditKind.ACCOUNT, user.username(), user.role().name(), null, user.unitId(),
                "绑定动态口令验证器 " + user.username(), Map.of("动态口令", "未绑定"), Map.of("动态口令", "已绑定")));
    }

    /** Turns the second factor off, for a role that does not require it, after a right code. */
    @Transactional
    void remove(CurrentUser user, String code) {
        if (required(user.role())) {
            throw Refused.forbidden("TOTP_REQUIRED", "管理员账号必须使用动态口令，不能解除绑定");
        }
        if (!verify(user.accountId(), code)) {
            throw Refused.invalid("TOTP_CODE_WRONG", "动态口令不正确：请输入验证器应用中当前显示的 6 位数字");
        }
        jdbc.sql("delete from totp_secret where account_id = ?").param(user.accountId()).update();
        trail.record(AuditEvent.change(AuditKind.ACCOUNT, user.username(), user.role().name(), null, user.unitId(),
                "解除动态口令验证器 " + user.username(), Map.of("动态口令", "已绑定"), Map.of("动态口令", "未绑定")));
    }

    /** Whether the 安全管理员 reset the account's second factor and it has not enrolled again since. */
    boolean resetPending(long accountId) {
        return jdbc.sql("select count(*) from second_factor_reset where account_id = ?").param(accountId)
                .query(Integer.class).single() > 0;
    }

    /** An account with a second factor, or one whose reset awaits its new enrolment. */
    record Enrolment(long accountId, String username, String displayName, String role, @Nullable Instant enrolledAt,
                     @Nullable Instant resetAt, @Nullable String resetBy) {
    }

    /** Every enrolled account and every pending reset, by username: for the 安全管理员 only. */
    @Transactional(readOnly = true)
    List<Enrolment> enrolments(CurrentUser by) {
        requireSecurityAdministrator(by);
        return jdbc.sql("select a.id, a.username, a.display_name, a.role, t.enrolled_at, r.reset_at, r.reset_by"
                        + " from account a left join totp_secret t on t.account_id = a.id"
                        + " left join second_factor_reset r on r.account_id = a.id"
                        + " where t.account_id is not null or r.account_id is not null order by a.username")
                .query((rs, n) -> new Enrolment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getString(7)))
                .list();
    }

    /**
     * 重置第二因素: the 安全管理员 removes the second factor of a person who lost it, for a reason the
     * audit trail keeps; the account must enrol again at its next sign-in (whatever its role) and
     * every session it has is ended now. Nobody resets their own.
     */
    @Transactional
    void reset(long accountId, String reason, CurrentUser by) {
        requireSecurityAdministrator(by);
        String why = reason.strip();
        if (why.isEmpty()) {
            throw Refused.invalid("REASON_REQUIRED", "请填写重置原因（例如：手机丢失，已电话核实本人身份）");
        }
        if (why.length() > 500) {
            throw Refused.invalid("REASON_TOO_LONG", "重置原因不能超过 500 字（现为 " + why.length() + " 字）");
        }
        if (accountId == by.accountId()) {
            throw Refused.forbidden("TOTP_RESET_SELF", "不能重置自己的动态口令：请由另一位安全管理员重置");
        }
        String username = jdbc.sql("select username from account where id = ?").param(accountId)
                .query(String.class).optional()
                .orElseThrow(() -> Refused.notFound("ACCOUNT_NOT_FOUND", "该账号不存在"));
        if (jdbc.sql("delete from totp_secret where account_id = ?").param(accountId).update() == 0) {
            throw Refused.conflict("TOTP_NOT_ENROLLED", "账号 " + username + " 没有绑定动态口令验证器（或已被重置），无须重置");
        }
        Instant now = clock.instant();
        jdbc.sql("delete from second_factor_reset where account_id = ?").param(accountId).update();
        jdbc.sql("insert into second_factor_reset (account_id, reset_at, reset_by, reason) values (?, ?, ?, ?)")
                .params(accountId, Timestamp.from(now), by.username(), why).update();
        int ended = sessions.forceOutAccount(accountId, by);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("动态口令", "已重置，下次登录须重新绑定");
        after.put("原因", why);
        after.put("结束的会话数", ended);
        trail.record(AuditEvent.change(AuditKind.ACCOUNT, by.username(), by.role().name(), null, null,
                "重置动态口令 " + username + "：" + why, Map.of("动态口令", "已绑定"), after));
    }

    private static void requireSecurityAdministrator(CurrentUser by) {
        if (by.role() != Role.SECURITY_ADMIN) {
            throw Refused.forbidden("SECURITY_ADMIN_ONLY", "只有安全管理员可以重置动态口令");
        }
    }

    private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The stored form of a base32 secret: sealed with the deployment's key. */
    String seal(String base32Secret) {
        return cipher.seal(Totp.fromBase32(base32Secret));
    }

    /** The base32 secret of a stored value; one stored in plain by an earlier version is taken as it is. */
    String plain(String stored) {
        return SecretCipher.sealed(stored) ? Totp.base32(cipher.open(stored)) : stored;
    }

    String issuer() {
        return properties.mfa().issuer();
    }
}
