package org.jixiao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in that is not finished may do nothing but finish it, in this order: give the TOTP code of
 * an enrolled account ({@link #CODE_PAGE}); set an own password in place of an initial, reset or
 * expired one ({@link #CHANGE_PAGE}, 强制修改初始密码); enrol a second factor that the role requires
 * ({@link #ENROL_PAGE}). Pages redirect to the step's page (static assets, sign-out and the step's
 * own page stay reachable); API calls are refused with 403 {@code PASSWORD_CHANGE_REQUIRED} (an
 * unenrolled administrator's script keeps working until the account enrols).
 */
final class UnfinishedSignIn extends OncePerRequestFilter {

    static final String CODE_PAGE = "/login/code";
    static final String CHANGE_PAGE = "/account/password";
    static final String ENROL_PAGE = "/account/totp";
    private static final List<String> ALWAYS_REACHABLE = List.of("/logout", "/login", "/error", "/favicon.ico");
    private static final List<String> REACHABLE_PREFIXES = List.of("/css/", "/js/", "/webjars/");

    private final boolean api;

    private UnfinishedSignIn(boolean api) {
        this.api = api;
    }

    static UnfinishedSignIn forPages() {
        return new UnfinishedSignIn(false);
    }

    static UnfinishedSignIn forApi() {
        return new UnfinishedSignIn(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String step = step();
        if (step == null || (!api && reachable(path(request), step))) {
            chain.doFilter(request, response);
            return;
        }
        if (api) {
            if (step.equals(ENROL_PAGE)) {
                chain.doFilter(request, response);
            } else if (step.equals(CODE_PAGE)) {
                JsonRefusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, ApiTokenFilter.TOKEN_REQUIRED,
                        ApiTokenFilter.TOKEN_REQUIRED_MESSAGE);
            } else {
                JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "PASSWORD_CHANGE_REQUIRED",
                        "该账号须先修改密码（初始密码、重置的密码或已过期的密码）：请在浏览器中登录并设置新密码后再调用接口");
            }
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + step);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(request.getContextPath() + step);
        }
    }

    /** The page of the step the signed-in account must take next; {@code null} when it is done. */
    private static @Nullable String step() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInAccount account)) {
            return null;
        }
        if (account.secondFactor() == SignedInAccount.SecondFactor.PENDING) {
            return CODE_PAGE;
        }
        if (account.mustChangePassword()) {
            return CHANGE_PAGE;
        }
        if (account.secondFactor() == SignedInAccount.SecondFactor.ENROL) {
            return ENROL_PAGE;
        }
        return null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean reachable(String path, String step) {
        return path.equals(step) || ALWAYS_REACHABLE.contains(path)
                || REACHABLE_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
