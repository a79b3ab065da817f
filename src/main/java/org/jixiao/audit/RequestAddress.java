package org.jixiao.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address of the client of the current HTTP request; none outside a request (startup, jobs). */
@Component
class RequestAddress {

    private final AuditProperties properties;

    RequestAddress(AuditProperties properties) {
        this.properties = properties;
    }

    @Nullable String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        return of(servlet.getRequest(), properties.behindTrustedProxy());
    }

    static @Nullable String of(HttpServletRequest request, boolean behindTrustedProxy) {
        if (behindTrustedProxy) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty()) {
                    return clip(last);
                }
            }
        }
        String remote = request.getRemoteAddr();
        return remote == null ? null : clip(remote);
    }

    private static String clip(String address) {
        return address.length() <= 100 ? address : address.substring(0, 100);
    }
}
