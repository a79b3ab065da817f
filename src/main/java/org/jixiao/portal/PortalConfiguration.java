package org.jixiao.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.jixiao.audit.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public site's own security chain and rate limit.
 *
 * <p>{@code /public/**} is anonymous and stateless: no sign-in, no session is ever created (no
 * {@code JSESSIONID}), no saved request, no security context stored. Spring Security's CSRF
 * protection is off there on purpose: it guards a signed-in user's cookie against forged requests,
 * and a public visitor has no cookie nor anything a forged request could act for. What the
 * objection form needs instead — proof that a post answers a form this server showed, recently, for
 * that unit, once — is the HMAC-signed, expiring, single-use captcha token ({@link CaptchaTokens}),
 * which needs no session and no cookie either. Signed-in users are anonymous on these pages too.
 */
@Configuration
class PortalConfiguration implements WebMvcConfigurer {

    private final PortalProperties properties;
    private final AuditTrail trail;

    PortalConfiguration(PortalProperties properties, AuditTrail trail) {
        this.properties = properties;
        this.trail = trail;
    }

    @Bean
    @Order(0)
    SecurityFilterChain publicSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    CaptchaTokens captchaTokens(Clock clock) {
        return CaptchaTokens.withSecret(properties.captchaSecret(), clock, properties.captchaValidity());
    }

    @Bean
    RateLimiter publicRateLimiter() {
        return new RateLimiter(properties.rateLimit(), System::nanoTime);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        RateLimiter limiter = publicRateLimiter();
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String address = trail.clientAddress();
                if (!limiter.tryAcquire(address == null ? request.getRemoteAddr() : address)) {
                    throw new TooManyRequests(limiter.secondsUntilNext());
                }
                return true;
            }
        }).addPathPatterns("/public/**");
    }
}
