package org.jixiao.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in lockout ({@code jixiao.security.lockout.*}).
 *
 * @param maxFailures failed sign-ins of one username within the window that lock it
 * @param window      how long failures are counted, from the first one; a locked username stays
 *                    locked until the window ends
 * @param captchaAfter failed sign-ins of one username within the window after which the sign-in
 *                     form asks for a captcha as well
 */
@ConfigurationProperties("jixiao.security.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
                                @DefaultValue("3") int captchaAfter) {

    public LockoutProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("jixiao.security.lockout.max-failures 须至少为 1");
        }
        if (captchaAfter < 1) {
            throw new IllegalArgumentException("jixiao.security.lockout.captcha-after 须至少为 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("jixiao.security.lockout.window 须为正的时长，例如 15m");
        }
    }
}
