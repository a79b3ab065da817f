package org.jixiao.security.policy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The 安全策略 form, with the documented bounds (docs/security.md). A missing or non-numeric value
 * is a type mismatch, which the page reports beside the field as well.
 */
public record SecurityPolicyForm(
        @NotNull(message = "请填写") @Min(value = 3, message = "须为 3 到 20 之间的整数") @Max(value = 20, message = "须为 3 到 20 之间的整数") @Nullable Integer lockoutMaxFailures,
        @NotNull(message = "请填写") @Min(value = 5, message = "须为 5 到 1440 之间的整数") @Max(value = 1440, message = "须为 5 到 1440 之间的整数") @Nullable Integer lockoutWindowMinutes,
        @NotNull(message = "请填写") @Min(value = 1, message = "须为 1 到 20 之间的整数") @Max(value = 20, message = "须为 1 到 20 之间的整数") @Nullable Integer captchaAfter,
        @NotNull(message = "请填写") @Min(value = 10, message = "须为 10 到 64 之间的整数") @Max(value = 64, message = "须为 10 到 64 之间的整数") @Nullable Integer passwordMinLength,
        @NotNull(message = "请填写") @Min(value = 3, message = "须为 3 到 4 之间的整数") @Max(value = 4, message = "须为 3 到 4 之间的整数") @Nullable Integer passwordClasses,
        @NotNull(message = "请填写") @Min(value = 1, message = "须为 1 到 24 之间的整数") @Max(value = 24, message = "须为 1 到 24 之间的整数") @Nullable Integer passwordHistory,
        @NotNull(message = "请填写") @Min(value = 0, message = "须为 0 到 365 之间的整数") @Max(value = 365, message = "须为 0 到 365 之间的整数") @Nullable Integer passwordMaxAgeDays,
        @NotNull(message = "请填写") @Min(value = 5, message = "须为 5 到 120 之间的整数") @Max(value = 120, message = "须为 5 到 120 之间的整数") @Nullable Integer idleTimeoutMinutes,
        @NotNull(message = "请填写") @Min(value = 30, message = "须为 30 到 1440 之间的整数") @Max(value = 1440, message = "须为 30 到 1440 之间的整数") @Nullable Integer absoluteTimeoutMinutes,
        @NotNull(message = "请填写") @Min(value = 1, message = "须为 1 到 10 之间的整数") @Max(value = 10, message = "须为 1 到 10 之间的整数") @Nullable Integer maxSessionsPerAccount,
        boolean mfaAdminRequired,
        @NotNull(message = "缺少版本号，请刷新页面") @Nullable Integer version) {

    static SecurityPolicyForm of(SecurityPolicy p) {
        return new SecurityPolicyForm(p.lockoutMaxFailures(), p.lockoutWindowMinutes(), p.captchaAfter(),
                p.passwordMinLength(), p.passwordClasses(), p.passwordHistory(), p.passwordMaxAgeDays(),
                p.idleTimeoutMinutes(), p.absoluteTimeoutMinutes(), p.maxSessionsPerAccount(), p.mfaAdminRequired(),
                p.version());
    }

    /** The policy this form asks for; only once it validated (no value is then null). */
    @SuppressWarnings("NullAway")
    SecurityPolicy policy() {
        return new SecurityPolicy(lockoutMaxFailures, lockoutWindowMinutes, captchaAfter, passwordMinLength,
                passwordClasses, passwordHistory, passwordMaxAgeDays, idleTimeoutMinutes, absoluteTimeoutMinutes,
                maxSessionsPerAccount, mfaAdminRequired, version);
    }
}
