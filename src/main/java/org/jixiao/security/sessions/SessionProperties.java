package org.jixiao.security.sessions;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser sessions ({@code jixiao.security.session.*}); the idle timeout is the servlet container's
 * {@code server.servlet.session.timeout}.
 *
 * @param absoluteTimeout how long a session may last from its sign-in, however active (default 8 hours:
 *                        one working day)
 * @param maxPerAccount   how many sessions one account may hold at once; a sign-in beyond it ends the
 *                        account's oldest sessions (the newest wins), whose next request is told why
 */
@ConfigurationProperties("jixiao.security.session")
public record SessionProperties(@DefaultValue("8h") Duration absoluteTimeout, @DefaultValue("1") int maxPerAccount) {

    public SessionProperties {
        if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
            throw new IllegalArgumentException("jixiao.security.session.absolute-timeout 须为正的时长，例如 8h");
        }
        if (maxPerAccount < 1) {
            throw new IllegalArgumentException("jixiao.security.session.max-per-account 须至少为 1");
        }
    }
}
