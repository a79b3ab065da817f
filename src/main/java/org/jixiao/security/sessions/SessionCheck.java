package org.jixiao.security.sessions;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a registered browser session asks the registry whether the session may go on;
 * one that was ended (forced out, replaced by a newer sign-in, past its absolute timeout, idle) is
 * invalidated here and sent to the sign-in page, which says why. Htmx requests get the redirect as
 * {@code HX-Redirect}, so that the whole page goes, not a fragment.
 */
public final class SessionCheck extends OncePerRequestFilter {

    /** Static assets need no check: they show nothing, and a page asks for several of them. */
    private static final List<String> ASSETS = List.of("/css/", "/js/", "/webjars/", "/favicon.ico");

    private final OnlineSessions sessions;

    public SessionCheck(OnlineSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ASSETS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = SessionRegistration.token(request);
        Optional<EndReason> ended = token == null ? Optional.empty() : sessions.check(token);
        if (ended.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        String target = request.getContextPath() + "/login?" + ended.get().parameter();
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(target);
        }
    }
}
