package org.jixiao.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public site ({@code jixiao.portal.*}).
 *
 * @param rateLimit       requests per minute one client address may make to {@code /public}; a token
 *                        bucket of this size refilled evenly over a minute. It is per application node:
 *                        behind several nodes the limit in the reverse proxy is the real control.
 * @param objectionDays   working days (Monday–Friday) of the 公示期 from a plan's publication, unless
 *                        the office sets another number for the cycle
 * @param captchaSecret   key that signs captcha tokens; empty: a random key per start, which is right
 *                        for one node only (several nodes must share one secret)
 * @param captchaValidity how long a captcha may be answered after the form was shown
 */
@ConfigurationProperties("jixiao.portal")
public record PortalProperties(@DefaultValue("60") int rateLimit, @DefaultValue("5") int objectionDays,
                               @DefaultValue("") String captchaSecret,
                               @DefaultValue("20m") Duration captchaValidity) {

    public PortalProperties {
        if (rateLimit < 1) {
            throw new IllegalArgumentException("jixiao.portal.rate-limit 必须至少为 1（每分钟请求数）");
        }
        if (objectionDays < 1 || objectionDays > ObjectionWindow.MAX_DAYS) {
            throw new IllegalArgumentException("jixiao.portal.objection-days 必须在 1 到 " + ObjectionWindow.MAX_DAYS
                    + " 个工作日之间");
        }
        if (captchaValidity.isNegative() || captchaValidity.isZero()) {
            throw new IllegalArgumentException("jixiao.portal.captcha-validity 必须为正的时长");
        }
    }
}
