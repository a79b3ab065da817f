package org.jixiao.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person sets their own password, and the audit trail records that they did (账号) in the same
 * transaction: whether a change was required before, and "密码已修改" after — nothing of the password.
 */
@Service
class OwnPassword {

    private final Accounts accounts;
    private final AuditTrail trail;

    OwnPassword(Accounts accounts, AuditTrail trail) {
        this.accounts = accounts;
        this.trail = trail;
    }

    @Transactional
    Account change(SignedInAccount principal, String currentPassword, String newPassword) {
        CurrentUser user = principal.user();
        Account changed = accounts.changeOwnPassword(user.accountId(), currentPassword, newPassword);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("须修改密码", changed.mustChangePassword());
        after.put("密码", "密码已修改");
        trail.record(AuditEvent.change(AuditKind.ACCOUNT, user.username(), user.role().name(), null, user.unitId(),
                "修改本人密码 " + user.username(), Map.of("须修改密码", principal.mustChangePassword()), after));
        return changed;
    }
}
