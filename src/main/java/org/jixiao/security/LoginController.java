package org.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** The sign-in page; after a failed attempt it shows why (once), e.g. until when the account is locked. */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            model.addAttribute("problem", session.getAttribute(SignInFailureHandler.PROBLEM));
            session.removeAttribute(SignInFailureHandler.PROBLEM);
        }
        return "login";
    }
}
