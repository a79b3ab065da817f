package org.jixiao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 强制修改初始密码: an account signed in with an initial or reset password may do nothing but set its
 * own. Pages redirect to the change page (static assets, sign-out and the change page itself stay
 * reachable); API calls are refused with 403 {@code PASSWORD_CHANGE_REQUIRED}.
 */
final class PasswordChangeRequired extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";
    private static final List<String> REACHABLE = List.of(CHANGE_PAGE, "/logout", "/login", "/error", "/favicon.ico");
    private static final List<String> REACHABLE_PREFIXES = List.of("/css/", "/js/", "/webjars/");

    private final boolean api;

    private PasswordChangeRequired(boolean api) {
        this.api = api;
    }

    static PasswordChangeRequired forPages() {
        return new PasswordChangeRequired(false);
    }

    static PasswordChangeRequired forApi() {
        return new PasswordChangeRequired(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!mustChange() || (!api && reachable(path(request)))) {
            chain.doFilter(request, response);
            return;
        }
        if (api) {
            JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "PASSWORD_CHANGE_REQUIRED",
                    "该账号须先修改初始密码：请在浏览器中登录并设置新密码后再调用接口");
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + CHANGE_PAGE);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        }
    }

    private static boolean mustChange() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
                && account.mustChangePassword();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean reachable(String path) {
        return REACHABLE.contains(path) || REACHABLE_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
