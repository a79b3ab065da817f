package org.jixiao.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which links of the page header a signed-in account sees, worked out once per page from its roles
 * ({@code th:with="links=${navigation.links(#authentication)}"}, a static variable of every view, see
 * {@link StaticResources}).
 *
 * <p>Why not {@code sec:authorize} on each link: the Spring Security dialect parses its access
 * expression anew on every evaluation, and the header's twelve of them were a tenth of the table
 * page's rendering time. The links are the same: {@code hasRole} and {@code isAuthenticated()} mean
 * what they mean to Spring Security. The pages behind the links check access themselves.
 */
public final class Navigation {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** The header's links for one account; all false for a visitor who has not signed in. */
    public record Links(boolean signedIn, boolean cycles, boolean accounts, boolean systemSettings,
                        boolean security, boolean audit, boolean dashboard, boolean mine) {
    }

    private static final Links NONE = new Links(false, false, false, false, false, false, false, false);

    public Links links(@Nullable Authentication authentication) {
        if (!TRUST.isAuthenticated(authentication)) {
            return NONE;
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        boolean office = roles.contains("ADMIN");
        boolean unit = roles.contains("UNIT_CLERK") || roles.contains("UNIT_LEADER");
        return new Links(true, office, office || roles.contains("SYSTEM_ADMIN"), roles.contains("SYSTEM_ADMIN"),
                roles.contains("SECURITY_ADMIN"), roles.contains("AUDIT_ADMIN"), office || unit, unit);
    }
}
