package org.jixiao.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
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
    private final AuditTrail trail;

    SecondFactors(JdbcClient jdbc, Clock clock, SignInPolicyProperties properties, AuditTrail trail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
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
        return properties.mfa().adminRequired() && administrator(role);
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
        OptionalLong step = Totp.matchingStep((String) stored.get()[0], code, clock.instant(), (Long) stored.get()[1]);
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
                .params(user.accountId(), secret, Timestamp.from(clock.instant()), step.getAsLong()).update();
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

    String issuer() {
        return properties.mfa().issuer();
    }
}
