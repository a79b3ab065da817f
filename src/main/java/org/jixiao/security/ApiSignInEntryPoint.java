package org.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

/**
 * Answers an API request without valid HTTP Basic credentials with 401 and a JSON reason: no
 * credentials, wrong ones, or the username locked until a given time ({@code ACCOUNT_LOCKED}).
 */
final class ApiSignInEntryPoint implements AuthenticationEntryPoint {

    private final SignInProblems problems;
    private final BasicAuthenticationConverter credentials = new BasicAuthenticationConverter();

    ApiSignInEntryPoint(SignInProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        SignInProblems.Problem problem = problems.of(username(request), failure);
        response.setHeader("WWW-Authenticate", "Basic realm=\"jixiao\", charset=\"UTF-8\"");
        JsonRefusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, problem.code(), problem.message());
    }

    private @Nullable String username(HttpServletRequest request) {
        try {
            Authentication given = credentials.convert(request);
            return given == null ? null : given.getName();
        } catch (AuthenticationException malformed) {
            return null;
        }
    }
}
