package org.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final Lockout lockout;

    LoginController(Lockout lockout) {
        this.lockout = lockout;
    }

    /**
     * The sign-in page; after a failed attempt it shows why (once), e.g. until when the account is
     * locked, keeps the username, and asks for a captcha when that username has failed often.
     */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            model.addAttribute("problem", session.getAttribute(SignInFailureHandler.PROBLEM));
            session.removeAttribute(SignInFailureHandler.PROBLEM);
            if (session.getAttribute(SignInCaptcha.USERNAME) instanceof String username) {
                model.addAttribute("username", username);
                if (lockout.captchaNeeded(username)) {
                    model.addAttribute("captchaImage", SignInCaptcha.issue(session));
                }
            }
        }
        return "login";
    }
}
