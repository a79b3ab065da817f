package org.jixiao.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.web.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 解除锁定: the 安全管理员 sees which usernames are locked after failed sign-ins and may lift a lock
 * before its window ends (the person called and proved who they are); each lift is recorded in the
 * audit trail with the lock it lifted.
 */
@Service
class LockoutAdministration {

    private final SignInFailures failures;
    private final AuditTrail trail;
    private final Clock clock;

    LockoutAdministration(SignInFailures failures, AuditTrail trail, Clock clock) {
        this.failures = failures;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<SignInFailures.Locked> locked(CurrentUser by) {
        require(by);
        return failures.lockedAt(clock.instant());
    }

    @Transactional
    void unlock(String username, CurrentUser by) {
        require(by);
        SignInFailures.Locked lock = failures.lockedAt(clock.instant()).stream()
                .filter(l -> l.username().equals(username)).findFirst()
                .orElseThrow(() -> Refused.notFound("LOCKOUT_NOT_FOUND", "用户名“" + username + "”目前没有被锁定"));
        failures.clear(username);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("用户名", lock.username());
        before.put("连续失败次数", lock.failures());
        before.put("锁定至", lock.lockedUntil().toString());
        trail.record(AuditEvent.change(AuditKind.UNLOCK, by.username(), by.role().name(), null, null,
                "解除锁定 " + username, before, Map.of("状态", "已解除锁定")));
    }

    private static void require(CurrentUser by) {
        if (by.role() != Role.SECURITY_ADMIN) {
            throw Refused.forbidden("SECURITY_ADMIN_ONLY", "只有安全管理员可以查看和解除登录锁定");
        }
    }
}
