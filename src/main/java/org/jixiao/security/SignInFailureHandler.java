package org.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in page with the reason (wrong credentials, or locked until when) kept for it. */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String PROBLEM = SignInFailureHandler.class.getName() + ".problem";

    private final SignInProblems problems;

    SignInFailureHandler(SignInProblems problems) {
        this.problems = problems;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        SignInProblems.Problem problem = problems.of(request.getParameter("username"), failure);
        request.getSession().setAttribute(PROBLEM, problem.message());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
