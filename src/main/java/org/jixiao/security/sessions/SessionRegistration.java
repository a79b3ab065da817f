package org.jixiao.security.sessions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jixiao.audit.AuditTrail;
import org.jixiao.security.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;

/**
 * Ties a browser session to the registry: at sign-in (after the session id changed) it registers the
 * session and keeps the token in it; at sign-out it ends it. Only an interactive sign-in registers,
 * so a session without a token was never signed in on the sign-in page.
 */
@Component
public class SessionRegistration implements SessionAuthenticationStrategy, LogoutHandler {

    /** The HTTP session attribute that holds the registry token. */
    static final String TOKEN = SessionRegistration.class.getName() + ".token";

    private final OnlineSessions sessions;
    private final AuditTrail trail;

    SessionRegistration(OnlineSessions sessions, AuditTrail trail) {
        this.sessions = sessions;
        this.trail = trail;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof SignedInAccount account) {
            String token = sessions.register(account.user(), trail.clientAddress());
            HttpSession session = request.getSession();
            session.setAttribute(TOKEN, token);
            // the 安全策略's idle timeout at sign-in, which the 安全管理员 may have changed since start
            session.setMaxInactiveInterval((int) sessions.policy().idleTimeout().toSeconds());
        }
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response,
                       @Nullable Authentication authentication) {
        String token = token(request);
        if (token != null) {
            sessions.signedOut(token);
        }
    }

    static @Nullable String token(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(TOKEN);
    }
}
