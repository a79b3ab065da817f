package org.jixiao.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.security.policy.SecurityPolicies;
import org.jixiao.security.policy.SecurityPolicy;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 登录失败锁定: counts failed sign-ins per username; after the 安全策略's lockout threshold
 * within its window (counted from the first failure) the username is locked
 * until the window ends, rounded up to the minute that the message names. A successful sign-in
 * clears the count. Applies alike to the sign-in form and to HTTP Basic on the API. Locking is
 * recorded in the audit trail (登录失败, "已锁定至 10:45") in the transaction that locks.
 */
@Service
class Lockout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final SignInFailures failures;
    private final SecurityPolicies policies;
    private final Clock clock;
    private final MessageSource messages;
    private final AuditTrail trail;

    Lockout(SignInFailures failures, SecurityPolicies policies, Clock clock, MessageSource messages,
            AuditTrail trail) {
        this.failures = failures;
        this.policies = policies;
        this.clock = clock;
        this.messages = messages;
        this.trail = trail;
    }

    /** Until when the username is locked, if it is now. */
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return failures.find(username).map(SignInFailures.Streak::lockedUntil).filter(until -> until.isAfter(now));
    }

    /** Failed sign-ins of the username in its current window (0 when there is none). */
    int recentFailures(String username) {
        Instant now = clock.instant();
        Duration window = policies.current().lockoutWindow();
        return failures.find(username)
                .filter(s -> s.firstFailedAt().plus(window).isAfter(now)
                        || (s.lockedUntil() != null && s.lockedUntil().isAfter(now)))
                .map(SignInFailures.Streak::failures).orElse(0);
    }

    /** Whether the sign-in form asks for a captcha for this username. */
    boolean captchaNeeded(String username) {
        return recentFailures(username) >= policies.current().captchaAfter();
    }

    /** A wrong password (or an unknown username): one more failure in the current window. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username) {
        if (username.isEmpty() || username.length() > 64) {
            return;
        }
        Instant now = clock.instant();
        SecurityPolicy policy = policies.current();
        Duration window = policy.lockoutWindow();
        Optional<SignInFailures.Streak> streak = failures.find(username)
                .filter(s -> s.firstFailedAt().plus(window).isAfter(now)
                        || (s.lockedUntil() != null && s.lockedUntil().isAfter(now)));
        if (streak.isEmpty()) {
            failures.start(username, now, now.minus(window).minus(1, ChronoUnit.MINUTES));
        } else if (streak.get().lockedUntil() != null) {
            return;
        } else {
            failures.increment(username);
        }
        failures.find(username).ifPresent(s -> {
            if (s.failures() >= policy.lockoutMaxFailures() && s.lockedUntil() == null) {
                Instant until = roundUpToMinute(s.firstFailedAt().plus(window));
                failures.lock(username, until);
                recordLock(username, s.failures(), until);
            }
        });
    }

    /** Nobody is signed in: the actor is the username that was tried, as for any refused sign-in. */
    private void recordLock(String username, int failed, Instant until) {
        Map<String, Object> lock = new LinkedHashMap<>();
        lock.put("连续失败次数", failed);
        lock.put("锁定至", until.toString());
        trail.record(AuditEvent.change(AuditKind.LOGIN_FAILED, username, "ANONYMOUS", null, null,
                "已锁定至 " + time(until), null, lock));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username) {
        failures.clear(username);
    }

    /** "账号已锁定，请于 10:45 后再试" — with the date when the lock ends on another day. */
    String message(Instant until) {
        return messages.getMessage("accounts.signIn.locked", new Object[] {time(until)},
                LocaleContextHolder.getLocale());
    }

    /** "10:45", or "6月3日 10:45" when the lock ends on another day. */
    private String time(Instant until) {
        ZonedDateTime end = until.atZone(clock.getZone());
        boolean today = end.toLocalDate().equals(LocalDate.now(clock));
        return (today ? TIME : DAY_AND_TIME).format(end);
    }

    private static Instant roundUpToMinute(Instant instant) {
        Instant minute = instant.truncatedTo(ChronoUnit.MINUTES);
        return minute.equals(instant) ? instant : minute.plus(1, ChronoUnit.MINUTES);
    }
}
