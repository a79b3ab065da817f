package org.jixiao.audit;

import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * Who may read the trail: the 考评办 administrators (ADMIN) and the 审计管理员 (AUDITOR), by their
 * Spring Security roles, so that the module needs none of the account classes.
 */
final class AuditReaders {

    private static final AuthorityAuthorizationManager<Object> READERS =
            AuthorityAuthorizationManager.hasAnyRole("ADMIN", "AUDITOR");

    private AuditReaders() {
    }

    static void require(@Nullable Authentication who) {
        if (who == null || !READERS.authorize(() -> who, new Object()).isGranted()) {
            throw Refused.forbidden("AUDIT_FORBIDDEN", "只有考评办管理员和审计管理员可以查看审计日志");
        }
    }
}
