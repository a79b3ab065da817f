package org.jixiao.security;

import java.time.Clock;
import java.time.ZoneId;
import org.jixiao.security.policy.SecurityPolicies;
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
 * The 安全管理员's pages: 在线会话 (every online session, with 强制下线), 登录锁定 (locked usernames,
 * with 解除锁定), each with the policy in force, and 动态口令 (enrolled accounts, with 重置 for a lost
 * second factor). A refused action is shown above the list.
 */
@Controller
class SecurityAdministrationController {

    private final OnlineSessions sessions;
    private final LockoutAdministration lockouts;
    private final SecurityPolicies policies;
    private final SecondFactors secondFactors;
    private final Clock clock;

    SecurityAdministrationController(OnlineSessions sessions, LockoutAdministration lockouts,
                                     SecurityPolicies policies, SecondFactors secondFactors, Clock clock) {
        this.secondFactors = secondFactors;
        this.sessions = sessions;
        this.lockouts = lockouts;
        this.policies = policies;
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
        model.addAttribute("policy", policies.current());
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

    @GetMapping("/admin/second-factors")
    String secondFactors(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("enrolments", secondFactors.enrolments(principal.user()));
        model.addAttribute("self", principal.user().accountId());
        model.addAttribute("zone", zone());
        return "security/second-factors";
    }

    @PostMapping("/admin/second-factors/{accountId}/reset")
    String resetSecondFactor(@PathVariable long accountId, @RequestParam(defaultValue = "") String reason,
                             @AuthenticationPrincipal SignedInAccount principal, RedirectAttributes redirect) {
        try {
            secondFactors.reset(accountId, reason, principal.user());
            redirect.addFlashAttribute("done", "已重置动态口令：该账号的会话已结束，下次登录时须重新绑定验证器");
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.FORBIDDEN && !refused.code().equals("TOTP_RESET_SELF")) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.getMessage());
            redirect.addFlashAttribute("problemAccount", accountId);
        }
        return "redirect:/admin/second-factors";
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
