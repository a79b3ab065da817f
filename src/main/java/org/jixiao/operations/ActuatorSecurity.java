package org.jixiao.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.jixiao.web.ApiError;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actuator's own chain. {@code /actuator/health} answers anyone, so that a load balancer can
 * probe it without an account (component details only for a signed-in administrator). Every other
 * actuator endpoint (Prometheus metrics) answers only requests from the administrators' network
 * ({@link OperationsProperties#adminAddresses()}); behind a reverse proxy the address is the
 * client's only when forward headers are trusted (docs/operations.md).
 */
@Configuration
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, OperationsProperties properties,
                                                    JsonMapper json) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> adminNetwork = new AdminNetwork(properties.adminAddresses());
        http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().access(adminNetwork))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> refuse(response, json))
                        .accessDeniedHandler((request, response, e) -> refuse(response, json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static void refuse(HttpServletResponse response, JsonMapper json) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(new ApiError("ADMIN_NETWORK_ONLY",
                "运行指标只能从管理网络访问（JIXIAO_OPERATIONS_ADMIN_ADDRESSES）")));
    }

    /** Grants a request whose remote address lies in one of the configured addresses or ranges. */
    static final class AdminNetwork implements AuthorizationManager<RequestAuthorizationContext> {

        private final List<IpAddressMatcher> matchers;

        AdminNetwork(List<String> addresses) {
            this.matchers = addresses.stream().map(String::strip).filter(a -> !a.isEmpty())
                    .map(IpAddressMatcher::new).toList();
        }

        @Override
        public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                             RequestAuthorizationContext context) {
            return new AuthorizationDecision(matches(context.getRequest()));
        }

        boolean matches(HttpServletRequest request) {
            return matchers.stream().anyMatch(matcher -> matcher.matches(request));
        }
    }
}
