package org.jixiao.audit;

import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * Who may read the trail: the 审计管理员 (AUDIT_ADMIN) only (三员分立: the office, the 系统管理员 and
 * the 安全管理员 are what the trail watches), by the Spring Security role, so that the module needs
 * none of the account classes. The office still sees each unit's own history on the unit's pages.
 */
final class AuditReaders {

    private static final AuthorityAuthorizationManager<Object> READERS =
            AuthorityAuthorizationManager.hasRole("AUDIT_ADMIN");

    private AuditReaders() {
    }

    static void require(@Nullable Authentication who) {
        if (who == null || !READERS.authorize(() -> who, new Object()).isGranted()) {
            throw Refused.forbidden("AUDIT_FORBIDDEN", "只有审计管理员可以查看审计日志");
        }
    }
}
