package org.jixiao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * 系统正在启动: the web server listens before the application runners have created the first
 * accounts and the demonstration data, and a sign-in then would fail. Until Spring Boot reports the
 * application ready (after every runner) each request is answered 503 with {@code Retry-After}: a
 * short page that reloads itself, or for the API a JSON refusal {@code STARTING}.
 */
final class StartupGate extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 2;

    private final ApplicationAvailability availability;
    private final MessageSource messages;

    StartupGate(ApplicationAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        String message = messages.getMessage("accounts.starting", null, Locale.SIMPLIFIED_CHINESE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            JsonRefusal.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "STARTING", message);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String text = HtmlUtils.htmlEscape(message, StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\"><title>" + text
                + "</title></head><body style=\"font-family:sans-serif;text-align:center;margin-top:20vh\"><p>"
                + text + "</p></body></html>");
    }
}
