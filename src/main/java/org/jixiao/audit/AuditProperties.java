package org.jixiao.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail.
 *
 * @param behindTrustedProxy {@code true} only when every request reaches the application through a
 *                           reverse proxy that sets {@code X-Forwarded-For}; the address recorded is
 *                           then the last one in that header (the one the proxy added). Off by
 *                           default: the header comes from the client and proves nothing.
 * @param retention          how long entries stay in the database (default 365 days); never less than
 *                           {@link #MINIMUM_RETENTION} (网络安全法: logs kept at least six months).
 *                           Older entries are archived to {@code archiveDirectory} and removed daily.
 * @param archiveDirectory   where removed entries are written, one JSON-lines file per clean-up
 */
@ConfigurationProperties("jixiao.audit")
public record AuditProperties(boolean behindTrustedProxy, @DefaultValue("365d") Duration retention,
                              @DefaultValue("./data/audit-archive") Path archiveDirectory) {

    /** Six months at their longest (July to December): 184 days. */
    public static final Duration MINIMUM_RETENTION = Duration.ofDays(184);

    public AuditProperties {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException("jixiao.audit.retention 不能少于 184 天（审计日志至少留存六个月），当前为 "
                    + retention.toDays() + " 天");
        }
    }
}
