package org.jixiao.security.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.security.policy.SecurityPolicies;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in browser sessions of every node: a sign-in registers one (ending the account's
 * oldest beyond the 安全策略's limit per account: the newest wins), each request checks
 * its own (ended, past the absolute timeout, idle), the 安全管理员 lists them and ends any. Every
 * end other than signing out is recorded in the audit trail (会话).
 */
@Service
public class OnlineSessions {

    /** How often a busy session's last activity is written: not on every request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** How long an ended session is kept so that its next request is told why. */
    static final Duration KEEP_ENDED = Duration.ofDays(1);

    private final SignedInSessions sessions;
    /** Timeouts and limit of the 安全策略 in force; {@link #alive} adds {@link #TOUCH_EVERY} to the idle timeout. */
    private final SecurityPolicies policies;
    private final AuditTrail trail;
    private final Clock clock;

    OnlineSessions(SignedInSessions sessions, SecurityPolicies policies, AuditTrail trail, Clock clock) {
        this.sessions = sessions;
        this.policies = policies;
        this.trail = trail;
        this.clock = clock;
    }

    /** A session as the 在线会话 page shows it. */
    public record OnlineSession(String id, String username, String role, @Nullable String address,
                                Instant signedInAt, Instant lastSeenAt, Instant endsAt) {
    }

    /**
     * Registers a new session of {@code user} signed in from {@code address} and returns its token;
     * ends the account's oldest online sessions so that at most {@code maxPerAccount} remain.
     */
    @Transactional
    public String register(CurrentUser user, @Nullable String address) {
        Instant now = clock.instant();
        sessions.lockAccount(user.accountId());
        sessions.forget(now.minus(KEEP_ENDED), now.minus(policies.current().idleTimeout()).minus(KEEP_ENDED));
        List<SignedInSessions.Row> online = sessions.online(user.accountId(), aliveSince(now));
        int excess = online.size() - policies.current().maxSessionsPerAccount() + 1;
        for (SignedInSessions.Row old : online.subList(0, Math.max(0, excess))) {
            end(old, EndReason.REPLACED, user.username(), user.role().name(), now);
        }
        String token = UUID.randomUUID().toString();
        sessions.insert(new SignedInSessions.Row(token, user.accountId(), user.username(), user.role().name(), address,
                now, now, null, null, null));
        return token;
    }

    /**
     * Why the session may not go on, if it may not: ended (signed out, replaced, forced), past the
     * absolute timeout or idle (ended now, and recorded), or unknown. Empty while it is online; its
     * last activity is then brought up to date.
     */
    @Transactional
    public Optional<EndReason> check(String token) {
        Optional<SignedInSessions.Row> found = sessions.find(token);
        if (found.isEmpty()) {
            return Optional.of(EndReason.IDLE);
        }
        SignedInSessions.Row session = found.get();
        if (session.ended()) {
            return Optional.of(session.endReason() == null ? EndReason.IDLE : session.endReason());
        }
        Instant now = clock.instant();
        if (!now.isBefore(session.signedInAt().plus(policies.current().absoluteTimeout()))) {
            end(session, EndReason.ABSOLUTE_TIMEOUT, session.username(), session.role(), now);
            return Optional.of(EndReason.ABSOLUTE_TIMEOUT);
        }
        if (!alive(session, now)) {
            sessions.end(token, EndReason.IDLE, null, now);
            return Optional.of(EndReason.IDLE);
        }
        if (!now.isBefore(session.lastSeenAt().plus(TOUCH_EVERY))) {
            sessions.touch(token, now);
        }
        return Optional.empty();
    }

    /** Its owner signed out: nothing to record beyond the sign-out itself (退出登录). */
    @Transactional
    public void signedOut(String token) {
        sessions.end(token, EndReason.SIGNED_OUT, null, clock.instant());
    }

    /** The online sessions of every account, newest sign-in first: for the 安全管理员 only. */
    @Transactional(readOnly = true)
    public List<OnlineSession> online(CurrentUser by) {
        requireSecurityAdministrator(by);
        return sessions.online(aliveSince(clock.instant())).stream()
                .map(s -> new OnlineSession(s.id(), s.username(), s.role(), s.address(), s.signedInAt(),
                        s.lastSeenAt(), s.signedInAt().plus(policies.current().absoluteTimeout())))
                .toList();
    }

    /** 强制下线: the 安全管理员 ends a session; its next request goes to the sign-in page and says why. */
    @Transactional
    public void forceOut(String id, CurrentUser by) {
        requireSecurityAdministrator(by);
        Instant now = clock.instant();
        SignedInSessions.Row session = sessions.find(id)
                .filter(s -> !s.ended() && alive(s, now))
                .orElseThrow(() -> Refused.notFound("SESSION_NOT_FOUND", "该会话不存在或已经结束，请刷新在线会话列表"));
        end(session, EndReason.FORCED, by.username(), by.role().name(), now);
    }

    /**
     * Ends every online session of an account (its second factor was reset): each one's next
     * request goes to the sign-in page, told that the 安全管理员 ended it. Only the 安全管理员.
     */
    @Transactional
    public int forceOutAccount(long accountId, CurrentUser by) {
        requireSecurityAdministrator(by);
        Instant now = clock.instant();
        List<SignedInSessions.Row> online = sessions.online(accountId, aliveSince(now));
        online.forEach(s -> end(s, EndReason.FORCED, by.username(), by.role().name(), now));
        return online.size();
    }

    /** The policy in force, for the 安全管理员's page. */
    public Policy policy() {
        var policy = policies.current();
        return new Policy(policy.idleTimeout(), policy.absoluteTimeout(), policy.maxSessionsPerAccount());
    }

    /** Idle and absolute timeouts and the limit of sessions per account. */
    public record Policy(Duration idleTimeout, Duration absoluteTimeout, int maxPerAccount) {
    }

    /** Whether the session was seen recently enough to be still alive in its node's servlet container. */
    private boolean alive(SignedInSessions.Row session, Instant now) {
        return session.lastSeenAt().isAfter(aliveSince(now));
    }

    private Instant aliveSince(Instant now) {
        return now.minus(policies.current().idleTimeout()).minus(TOUCH_EVERY);
    }

    private void end(SignedInSessions.Row session, EndReason reason, String actor, String actorRole, Instant now) {
        if (!sessions.end(session.id(), reason, reason == EndReason.FORCED ? actor : null, now)) {
            return;
        }
        Map<String, @Nullable Object> before = new LinkedHashMap<>();
        before.put("账号", session.username());
        before.put("角色", session.role());
        before.put("来源地址", session.address());
        before.put("登录时间", session.signedInAt().toString());
        before.put("最后活动", session.lastSeenAt().toString());
        trail.record(AuditEvent.change(AuditKind.SESSION, actor, actorRole, null, null,
                "结束会话 " + session.username() + "：" + reason.description(), before,
                Map.of("结束原因", reason.description())));
    }

    private static void requireSecurityAdministrator(CurrentUser by) {
        if (by.role() != Role.SECURITY_ADMIN) {
            throw Refused.forbidden("SECURITY_ADMIN_ONLY", "只有安全管理员可以查看和结束在线会话");
        }
    }
}
