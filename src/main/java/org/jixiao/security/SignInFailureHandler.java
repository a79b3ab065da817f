package org.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page with the reason (wrong credentials, or locked until when) and the username
 * tried kept for it, so that the page can ask for a captcha when that username has failed often.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String PROBLEM = SignInFailureHandler.class.getName() + ".problem";

    private final SignInProblems problems;

    SignInFailureHandler(SignInProblems problems) {
        this.problems = problems;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String username = request.getParameter("username");
        SignInProblems.Problem problem = problems.of(username, failure);
        request.getSession().setAttribute(PROBLEM, problem.message());
        if (username != null && username.length() <= 64) {
            request.getSession().setAttribute(SignInCaptcha.USERNAME, username);
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
