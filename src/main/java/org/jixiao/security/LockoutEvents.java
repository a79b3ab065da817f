package org.jixiao.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds the {@link Lockout} from Spring Security's authentication events, which the form sign-in
 * and HTTP Basic on the API publish alike. A wrong password and an unknown username are the same
 * event, so unknown usernames are counted too.
 */
@Component
class LockoutEvents {

    private static final Logger log = LoggerFactory.getLogger(LockoutEvents.class);

    private final Lockout lockout;

    LockoutEvents(Lockout lockout) {
        this.lockout = lockout;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        try {
            lockout.failed(event.getAuthentication().getName());
        } catch (DataAccessException e) {
            // Two first failures of one username at the same instant: one of them goes uncounted.
            log.warn("登录失败次数未能记录：{}", e.getMessage());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        lockout.succeeded(event.getAuthentication().getName());
    }
}
