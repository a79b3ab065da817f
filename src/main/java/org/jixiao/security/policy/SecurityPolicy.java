package org.jixiao.security.policy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.organization.PasswordPolicy;
import org.jspecify.annotations.Nullable;

/**
 * 安全策略 — the policy in force: lockout, captcha, password rule, password expiry, session timeouts
 * and limit, and whether administrators must use a second factor. Read from the database on every
 * use (briefly cached), so that a change by the 安全管理员 applies without a restart.
 *
 * @param version the row's version: a change must name the one it was made on (optimistic locking)
 */
public record SecurityPolicy(int lockoutMaxFailures, int lockoutWindowMinutes, int captchaAfter,
                             int passwordMinLength, int passwordClasses, int passwordHistory,
                             int passwordMaxAgeDays, int idleTimeoutMinutes, int absoluteTimeoutMinutes,
                             int maxSessionsPerAccount, boolean mfaAdminRequired, int version) {

    public Duration lockoutWindow() {
        return Duration.ofMinutes(lockoutWindowMinutes);
    }

    public Duration idleTimeout() {
        return Duration.ofMinutes(idleTimeoutMinutes);
    }

    public Duration absoluteTimeout() {
        return Duration.ofMinutes(absoluteTimeoutMinutes);
    }

    /** How long a password stays valid; {@code null} when passwords do not expire (0 days). */
    public @Nullable Duration passwordMaxAge() {
        return passwordMaxAgeDays == 0 ? null : Duration.ofDays(passwordMaxAgeDays);
    }

    public PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(passwordMinLength, passwordClasses, passwordHistory);
    }

    /** The values by their Chinese names, for the audit trail's before and after. */
    Map<String, Object> described() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("锁定阈值（次）", lockoutMaxFailures);
        values.put("锁定时段（分钟）", lockoutWindowMinutes);
        values.put("验证码起始失败次数", captchaAfter);
        values.put("密码最小长度", passwordMinLength);
        values.put("密码字符类别数", passwordClasses);
        values.put("密码历史次数", passwordHistory);
        values.put("密码有效期（天，0 为不过期）", passwordMaxAgeDays);
        values.put("空闲超时（分钟）", idleTimeoutMinutes);
        values.put("绝对超时（分钟）", absoluteTimeoutMinutes);
        values.put("每账号最多会话数", maxSessionsPerAccount);
        values.put("管理员须用动态口令", mfaAdminRequired ? "是" : "否");
        return values;
    }
}
