package org.jixiao.security;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password expiry and second factor ({@code jixiao.security.*}).
 *
 * @param password the password rules that are configurable
 * @param mfa      the second factor (TOTP)
 */
@ConfigurationProperties("jixiao.security")
public record SignInPolicyProperties(@DefaultValue Password password, @DefaultValue Mfa mfa) {

    /**
     * The initial values of the security policy the 安全管理员 then edits (see {@code SecurityPolicies}).
     *
     * @param maxAge    how long a password its owner set stays valid before it must be changed at the
     *                  next sign-in; empty (default): passwords do not expire
     * @param minLength fewest characters of a new password (default 10)
     * @param classes   of upper case, lower case, digit and symbol, how many a new password contains (default 3)
     * @param history   how many of the account's latest passwords a new one may not repeat (default 5)
     */
    public record Password(@Nullable Duration maxAge, @DefaultValue("10") int minLength, @DefaultValue("3") int classes,
                           @DefaultValue("5") int history) {

        public Password {
            if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
                throw new IllegalArgumentException("jixiao.security.password.max-age 须为正的时长，例如 90d；不设置则密码不过期");
            }
        }
    }

    /**
     * @param adminRequired whether accounts of administrator roles (every role that is not a unit's,
     *                      a rater's or a lead department's) must sign in with a TOTP code
     * @param issuer        the name the authenticator app shows beside the account
     */
    public record Mfa(@DefaultValue("true") boolean adminRequired, @DefaultValue("绩效考评") String issuer) {
    }
}
