package org.jixiao.audit;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Sign-ins on the sign-in page, every refused sign-in (page or API) and sign-outs, from Spring
 * Security's events. Successful HTTP Basic calls of the API are not recorded: each call
 * authenticates anew and would drown the trail.
 */
@Component
class SignInEvents {

    /** The role recorded for a refused sign-in: nobody is signed in. */
    static final String ANONYMOUS = "ANONYMOUS";

    private final AuditTrail trail;

    SignInEvents(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication who = event.getAuthentication();
        trail.record(new AuditEvent(AuditKind.LOGIN, who.getName(), role(who), null, null, "登录", null, null));
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String tried = event.getAuthentication().getName();
        trail.record(AuditEvent.change(AuditKind.LOGIN_FAILED, tried == null || tried.isBlank() ? "（空）" : tried,
                ANONYMOUS, null, null, "登录失败", null,
                Map.of("reason", event.getException().getClass().getSimpleName())));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Authentication who = event.getAuthentication();
        trail.record(new AuditEvent(AuditKind.LOGOUT, who.getName(), role(who), null, null, "退出登录", null, null));
    }

    /** The Spring Security role (ROLE_ADMIN → ADMIN) of the principal. */
    static String role(Authentication who) {
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
                .findFirst().orElse(ANONYMOUS);
    }
}
