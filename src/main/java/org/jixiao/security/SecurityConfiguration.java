package org.jixiao.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jixiao.security.sessions.OnlineSessions;
import org.jixiao.security.sessions.SessionCheck;
import org.jixiao.security.sessions.SessionRegistration;
import org.jixiao.organization.AccountRepository;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two chains. The JSON API under {@code /api/**} is for scripts: HTTP Basic with an account,
 * stateless, no CSRF (no cookie is ever trusted there), refusals as JSON. Every page is for
 * people: form sign-in, CSRF on for every form and htmx request (the token travels in a header set
 * on the page body), strict security headers, sessions that time out. The OpenAPI document and
 * Swagger UI are for administrators only. Both chains share the sign-in lockout and refuse an
 * account that must first finish its sign-in ({@link UnfinishedSignIn}: TOTP code, password change,
 * second-factor enrolment). The API also takes personal tokens ({@link ApiTokenFilter}); the
 * sign-in form asks for a captcha after repeated failures ({@link SignInCaptcha}). Every signed-in
 * page session is in the database registry (在线会话: limit per account, absolute timeout, forced
 * sign-out). The public
 * site {@code /public/**} has its own anonymous, stateless chain in the portal module; it is open
 * here too, so that no public page ever asks for a sign-in.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, SignInProblems problems, ApiTokenFilter tokens)
            throws Exception {
        ApiSignInEntryPoint entryPoint = new ApiSignInEntryPoint(problems);
        http.securityMatcher("/api/**")
                .addFilterBefore(tokens, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, e) -> JsonRefusal.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "无权进行此操作")))
                .addFilterAfter(UnfinishedSignIn.forApi(), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The OpenAPI document, for administrators: a script fetches it with HTTP Basic, Swagger UI in
     * the browser with the signed-in session (no new session is created for a Basic call).
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurityFilterChain(HttpSecurity http, SignInProblems problems, ApiTokenFilter tokens)
            throws Exception {
        ApiSignInEntryPoint entryPoint = new ApiSignInEntryPoint(problems);
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .addFilterBefore(tokens, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, e) -> JsonRefusal.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "只有考评办管理员可以查看接口文档")))
                .addFilterAfter(UnfinishedSignIn.forApi(), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInProblems problems, Lockout lockout,
                                            SessionRegistration registration, OnlineSessions sessions)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/public/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(new SignInFailureHandler(problems)).permitAll())
                .addFilterBefore(new SignInCaptcha(lockout), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(UnfinishedSignIn.forPages(), AuthorizationFilter.class)
                .addFilterBefore(new SessionCheck(sessions), AuthorizationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler(registration))
                // A new session id at sign-in (fixation), then the session enters the registry (在线会话).
                .sessionManagement(session -> session.sessionAuthenticationStrategy(
                        new CompositeSessionAuthenticationStrategy(
                                List.of(new ChangeSessionIdAuthenticationStrategy(), registration))))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .requestCache(cache -> cache.requestCache(anonymousRequestsNotSaved()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Personal API tokens, and no HTTP Basic for accounts with a second factor; not a servlet filter of its own. */
    @Bean
    ApiTokenFilter apiTokenFilter(ApiTokens tokens, AccountRepository accounts, SecondFactors secondFactors,
                                  SignedInAccounts principals) {
        return new ApiTokenFilter(tokens, accounts, secondFactors, principals);
    }

    @Bean
    FilterRegistrationBean<ApiTokenFilter> apiTokenFilterRegistration(ApiTokenFilter filter) {
        FilterRegistrationBean<ApiTokenFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * The CSRF token lives in a cookie (HttpOnly, SameSite=Strict) instead of the session, so that
     * showing the sign-in form to an anonymous visitor creates no session; every form and htmx request
     * still carries the (masked) token from the page, and the login POST is checked as before.
     */
    static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return tokens;
    }

    /**
     * A request is remembered for after sign-in only in an existing session: sign-in always lands on
     * the home page, so an anonymous GET of a protected page need not create a session for it.
     */
    private static HttpSessionRequestCache anonymousRequestsNotSaved() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setCreateSessionAllowed(false);
        return cache;
    }

    /** BCrypt by default, with the algorithm recorded in the hash so that it can be upgraded. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
