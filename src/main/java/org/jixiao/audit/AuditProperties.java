package org.jixiao.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the audit trail.
 *
 * @param behindTrustedProxy {@code true} only when every request reaches the application through a
 *                           reverse proxy that sets {@code X-Forwarded-For}; the address recorded is
 *                           then the last one in that header (the one the proxy added). Off by
 *                           default: the header comes from the client and proves nothing.
 */
@ConfigurationProperties("jixiao.audit")
public record AuditProperties(boolean behindTrustedProxy) {
}
