package org.jixiao.security.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.PasswordPolicy;
import org.jixiao.organization.PasswordRules;
import org.jixiao.organization.Role;
import org.jixiao.security.LockoutProperties;
import org.jixiao.security.SignInPolicyProperties;
import org.jixiao.security.sessions.SessionProperties;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 安全策略 in force (table {@code security_policy}, one row): until the 安全管理员 first changes
 * it, every value comes from the {@code jixiao.security.*} properties and the container's idle
 * timeout (a null column); after, from the row. Every node reads the row at most {@link #CACHE_FOR} after another node changed it; the
 * node that changes it uses the new policy at once. A change names the version it was made on; if
 * another change came in between, it is refused with the conflict, and every change is recorded in
 * the audit trail with the values before and after.
 */
@Service
public class SecurityPolicies implements PasswordRules {

    /** How long a node keeps the policy it read before it reads the row again. */
    static final Duration CACHE_FOR = Duration.ofSeconds(5);
    private static final String COLUMNS = "lockout_max_failures, lockout_window_minutes, captcha_after,"
            + " password_min_length, password_classes, password_history, password_max_age_days, idle_timeout_minutes,"
            + " absolute_timeout_minutes, max_sessions_per_account, mfa_admin_required, version";

    private final JdbcClient jdbc;
    private final SecurityPolicy initial;
    private final boolean mfaRequiredByDeployment;
    private final AuditTrail trail;
    private final Clock clock;
    private volatile @Nullable Cached cached;

    private record Cached(SecurityPolicy policy, long readAtNanos) {
    }

    SecurityPolicies(JdbcClient jdbc, LockoutProperties lockout, SignInPolicyProperties signIn,
                     SessionProperties sessions, @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout,
                     AuditTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
        this.mfaRequiredByDeployment = signIn.mfa().adminRequired();
        Duration maxAge = signIn.password().maxAge();
        this.initial = new SecurityPolicy(lockout.maxFailures(), (int) lockout.window().toMinutes(),
                lockout.captchaAfter(), signIn.password().minLength(), signIn.password().classes(),
                signIn.password().history(), maxAge == null ? 0 : (int) maxAge.toDays(), (int) idleTimeout.toMinutes(),
                (int) sessions.absoluteTimeout().toMinutes(), sessions.maxPerAccount(), signIn.mfa().adminRequired(), 0);
    }

    /** The policy in force. */
    public SecurityPolicy current() {
        Cached last = cached;
        long now = System.nanoTime();
        if (last != null && now - last.readAtNanos() < CACHE_FOR.toNanos()) {
            return last.policy();
        }
        SecurityPolicy policy = read();
        cached = new Cached(policy, now);
        return policy;
    }

    /** The password rule in force, for {@link org.jixiao.organization.Accounts}. */
    @Override
    public PasswordPolicy currentPasswordRule() {
        return current().passwordPolicy();
    }

    /** The policy for the 安全管理员's page, read afresh. */
    @Transactional(readOnly = true)
    public SecurityPolicy forEditing(CurrentUser by) {
        requireSecurityAdministrator(by);
        return read();
    }

    /** Whether the deployment itself requires a second factor of administrators (the page cannot turn it off then). */
    public boolean mfaRequiredByDeployment() {
        return mfaRequiredByDeployment;
    }

    /**
     * Changes the policy to {@code wanted}, made on version {@code wanted.version()}; refused when
     * another change came in between. Returns the policy now in force.
     */
    @Transactional
    public SecurityPolicy change(SecurityPolicy wanted, CurrentUser by) {
        requireSecurityAdministrator(by);
        Map<String, String> problems = problems(wanted);
        if (!problems.isEmpty()) {
            throw Refused.invalid("SECURITY_POLICY_INVALID", "安全策略未保存：" + String.join("；", problems.values()));
        }
        SecurityPolicy before = read();
        if (before.version() != wanted.version()) {
            throw stale();
        }
        if (wanted.equals(before)) {
            return before;
        }
        int updated = jdbc.sql("update security_policy set lockout_max_failures = ?, lockout_window_minutes = ?,"
                        + " captcha_after = ?, password_min_length = ?, password_classes = ?, password_history = ?,"
                        + " password_max_age_days = ?, idle_timeout_minutes = ?, absolute_timeout_minutes = ?,"
                        + " max_sessions_per_account = ?, mfa_admin_required = ?, version = version + 1,"
                        + " changed_at = ?, changed_by = ? where id = 1 and version = ?")
                .params(wanted.lockoutMaxFailures(), wanted.lockoutWindowMinutes(), wanted.captchaAfter(),
                        wanted.passwordMinLength(), wanted.passwordClasses(), wanted.passwordHistory(),
                        wanted.passwordMaxAgeDays(), wanted.idleTimeoutMinutes(), wanted.absoluteTimeoutMinutes(),
                        wanted.maxSessionsPerAccount(), wanted.mfaAdminRequired(), Timestamp.from(clock.instant()),
                        by.username(), wanted.version())
                .update();
        if (updated != 1) {
            throw stale();
        }
        SecurityPolicy after = read();
        trail.record(AuditEvent.changedFields(AuditKind.SECURITY_POLICY, by.username(), by.role().name(),
                "修改安全策略（版本 " + before.version() + " → " + after.version() + "）", before.described(),
                after.described()));
        cached = null;
        return after;
    }

    /**
     * What is wrong with a policy beyond each value's own bounds, by form field: the captcha must
     * come before the lockout, the absolute timeout not before the idle one, and a second factor the
     * deployment requires cannot be turned off here.
     */
    public Map<String, String> problems(SecurityPolicy wanted) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (wanted.captchaAfter() > wanted.lockoutMaxFailures()) {
            problems.put("captchaAfter", "不能大于锁定阈值（" + wanted.lockoutMaxFailures() + " 次）：验证码须在锁定之前出现");
        }
        if (wanted.absoluteTimeoutMinutes() < wanted.idleTimeoutMinutes()) {
            problems.put("absoluteTimeoutMinutes", "不能短于空闲超时（" + wanted.idleTimeoutMinutes() + " 分钟）");
        }
        if (mfaRequiredByDeployment && !wanted.mfaAdminRequired()) {
            problems.put("mfaAdminRequired", "本系统部署时要求管理员使用动态口令（jixiao.security.mfa.admin-required=true，等保三级要求），此处不能关闭");
        }
        return problems;
    }

    /** Reads the row again at the next use (a test that put the row back behind this node's back). */
    void forget() {
        cached = null;
    }


    private static Refused stale() {
        return Refused.conflict("SECURITY_POLICY_STALE",
                "安全策略已被他人修改：您看到的不是最新的策略，本次修改未保存。请刷新页面，查看最新的策略后再修改");
    }

    /** The row, each null column taking the value the properties give. */
    private SecurityPolicy read() {
        return jdbc.sql("select " + COLUMNS + " from security_policy where id = 1").query((rs, n) -> {
            SecurityPolicy p = initial;
            return new SecurityPolicy(or(rs, 1, p.lockoutMaxFailures()), or(rs, 2, p.lockoutWindowMinutes()),
                    or(rs, 3, p.captchaAfter()), or(rs, 4, p.passwordMinLength()), or(rs, 5, p.passwordClasses()),
                    or(rs, 6, p.passwordHistory()), or(rs, 7, p.passwordMaxAgeDays()), or(rs, 8, p.idleTimeoutMinutes()),
                    or(rs, 9, p.absoluteTimeoutMinutes()), or(rs, 10, p.maxSessionsPerAccount()),
                    rs.getObject(11) == null ? p.mfaAdminRequired() : rs.getBoolean(11), rs.getInt(12));
        }).single();
    }

    private static int or(ResultSet rs, int column, int fallback) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? fallback : value;
    }

    static void requireSecurityAdministrator(CurrentUser by) {
        if (by.role() != Role.SECURITY_ADMIN) {
            throw Refused.forbidden("SECURITY_ADMIN_ONLY", "只有安全管理员可以查看和修改安全策略");
        }
    }
}
