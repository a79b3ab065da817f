package org.jixiao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import org.jixiao.web.CaptchaImage;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 登录验证码: after {@link LockoutProperties#captchaAfter()} failed sign-ins of a username within the
 * lockout window, the sign-in form asks for the result of a small sum drawn as an image, and the
 * server checks it before the password: a missing or wrong answer goes back to the form with the
 * reason and a new question, and the password is not tried (nor counted). The answer is kept in the
 * session and is good for one attempt.
 */
final class SignInCaptcha extends OncePerRequestFilter {

    static final String ANSWER = SignInCaptcha.class.getName() + ".answer";
    static final String USERNAME = SignInCaptcha.class.getName() + ".username";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Lockout lockout;

    SignInCaptcha(Lockout lockout) {
        this.lockout = lockout;
    }

    /** A new question for the form: its image as a {@code data:} URI; the answer stays in the session. */
    static String issue(HttpSession session) {
        int a = 10 + RANDOM.nextInt(40);
        int b = 1 + RANDOM.nextInt(9);
        boolean plus = RANDOM.nextBoolean();
        session.setAttribute(ANSWER, String.valueOf(plus ? a + b : a - b));
        return CaptchaImage.dataUri(a + (plus ? " + " : " - ") + b + " = ?", RANDOM.nextLong());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        // A locked username is refused with its until-when message whatever the captcha says.
        if (username == null || username.isEmpty() || username.length() > 64 || !lockout.captchaNeeded(username)
                || lockout.lockedUntil(username).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession();
        Object expected = session.getAttribute(ANSWER);
        session.removeAttribute(ANSWER);
        String given = request.getParameter("captcha");
        if (expected != null && given != null && expected.equals(given.strip())) {
            chain.doFilter(request, response);
            return;
        }
        session.setAttribute(USERNAME, username);
        session.setAttribute(SignInFailureHandler.PROBLEM, problem(given));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private static String problem(@Nullable String given) {
        return given == null || given.isBlank()
                ? "该账号已连续登录失败多次，请同时输入图中算式的结果（验证码）"
                : "验证码不正确，请重新计算图中算式并输入结果";
    }
}
