package org.jixiao.security;

import java.time.Clock;
import java.time.ZoneId;
import org.jixiao.security.sessions.OnlineSessions;
import org.jixiao.web.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 安全管理员's pages: 在线会话 (every online session, with 强制下线) and 登录锁定 (locked usernames,
 * with 解除锁定), each with the policy in force. A refused action is shown above the list.
 */
@Controller
class SecurityAdministrationController {

    private final OnlineSessions sessions;
    private final LockoutAdministration lockouts;
    private final LockoutProperties lockoutPolicy;
    private final Clock clock;

    SecurityAdministrationController(OnlineSessions sessions, LockoutAdministration lockouts,
                                     LockoutProperties lockoutPolicy, Clock clock) {
        this.sessions = sessions;
        this.lockouts = lockouts;
        this.lockoutPolicy = lockoutPolicy;
        this.clock = clock;
    }

    @GetMapping("/admin/sessions")
    String sessions(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("sessions", sessions.online(principal.user()));
        model.addAttribute("policy", sessions.policy());
        model.addAttribute("zone", zone());
        return "security/sessions";
    }

    @PostMapping("/admin/sessions/{id}/end")
    String end(@PathVariable String id, @AuthenticationPrincipal SignedInAccount principal,
               RedirectAttributes redirect) {
        try {
            sessions.forceOut(id, principal.user());
            redirect.addFlashAttribute("done", "已强制下线");
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.FORBIDDEN) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/sessions";
    }

    @GetMapping("/admin/lockouts")
    String lockouts(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("locked", lockouts.locked(principal.user()));
        model.addAttribute("policy", lockoutPolicy);
        model.addAttribute("zone", zone());
        return "security/lockouts";
    }

    @PostMapping("/admin/lockouts/unlock")
    String unlock(@RequestParam(defaultValue = "") String username, @AuthenticationPrincipal SignedInAccount principal,
                  RedirectAttributes redirect) {
        try {
            lockouts.unlock(username, principal.user());
            redirect.addFlashAttribute("done", "已解除“" + username + "”的锁定");
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.FORBIDDEN) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/lockouts";
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
