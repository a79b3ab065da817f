package org.jixiao.security.policy;

import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * The 安全策略 form, with the documented bounds (docs/security.md). The values are kept as typed
 * (text), so that a wrong one is shown back beside its message instead of being lost in a type
 * mismatch; {@link Range} refuses text that is no number, {@link #notIntegers()} a fraction.
 */
public record SecurityPolicyForm(
        @NotNull(message = "请填写") @Range(min = 3, max = 20, message = "须为 3 到 20 之间的整数") @Nullable String lockoutMaxFailures,
        @NotNull(message = "请填写") @Range(min = 5, max = 1440, message = "须为 5 到 1440 之间的整数") @Nullable String lockoutWindowMinutes,
        @NotNull(message = "请填写") @Range(min = 1, max = 20, message = "须为 1 到 20 之间的整数") @Nullable String captchaAfter,
        @NotNull(message = "请填写") @Range(min = 10, max = 64, message = "须为 10 到 64 之间的整数") @Nullable String passwordMinLength,
        @NotNull(message = "请填写") @Range(min = 3, max = 4, message = "须为 3 到 4 之间的整数") @Nullable String passwordClasses,
        @NotNull(message = "请填写") @Range(min = 1, max = 24, message = "须为 1 到 24 之间的整数") @Nullable String passwordHistory,
        @NotNull(message = "请填写") @Range(min = 0, max = 365, message = "须为 0 到 365 之间的整数") @Nullable String passwordMaxAgeDays,
        @NotNull(message = "请填写") @Range(min = 5, max = 120, message = "须为 5 到 120 之间的整数") @Nullable String idleTimeoutMinutes,
        @NotNull(message = "请填写") @Range(min = 30, max = 1440, message = "须为 30 到 1440 之间的整数") @Nullable String absoluteTimeoutMinutes,
        @NotNull(message = "请填写") @Range(min = 1, max = 10, message = "须为 1 到 10 之间的整数") @Nullable String maxSessionsPerAccount,
        boolean mfaAdminRequired,
        @NotNull(message = "缺少版本号，请刷新页面") @Nullable String version) {

    static SecurityPolicyForm of(SecurityPolicy p) {
        return new SecurityPolicyForm("" + p.lockoutMaxFailures(), "" + p.lockoutWindowMinutes(), "" + p.captchaAfter(),
                "" + p.passwordMinLength(), "" + p.passwordClasses(), "" + p.passwordHistory(),
                "" + p.passwordMaxAgeDays(), "" + p.idleTimeoutMinutes(), "" + p.absoluteTimeoutMinutes(),
                "" + p.maxSessionsPerAccount(), p.mfaAdminRequired(), "" + p.version());
    }

    /** The fields whose (in-range) value is not a whole number, e.g. “12.5”. */
    Map<String, String> notIntegers() {
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        values.put("lockoutMaxFailures", lockoutMaxFailures);
        values.put("lockoutWindowMinutes", lockoutWindowMinutes);
        values.put("captchaAfter", captchaAfter);
        values.put("passwordMinLength", passwordMinLength);
        values.put("passwordClasses", passwordClasses);
        values.put("passwordHistory", passwordHistory);
        values.put("passwordMaxAgeDays", passwordMaxAgeDays);
        values.put("idleTimeoutMinutes", idleTimeoutMinutes);
        values.put("absoluteTimeoutMinutes", absoluteTimeoutMinutes);
        values.put("maxSessionsPerAccount", maxSessionsPerAccount);
        values.put("version", version);
        Map<String, String> problems = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (value != null && !value.strip().matches("\\d{1,9}")) {
                problems.put(field, field.equals("version") ? "版本号无效，请刷新页面" : "须为整数");
            }
        });
        return problems;
    }

    /** The policy this form asks for; only once it validated (every value is then a whole number). */
    @SuppressWarnings("NullAway")
    SecurityPolicy policy() {
        return new SecurityPolicy(number(lockoutMaxFailures), number(lockoutWindowMinutes), number(captchaAfter),
                number(passwordMinLength), number(passwordClasses), number(passwordHistory), number(passwordMaxAgeDays),
                number(idleTimeoutMinutes), number(absoluteTimeoutMinutes), number(maxSessionsPerAccount),
                mfaAdminRequired, number(version));
    }

    private static int number(String value) {
        return Integer.parseInt(value.strip());
    }
}
