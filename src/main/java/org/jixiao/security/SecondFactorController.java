package org.jixiao.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.web.Refused;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 动态口令: the second step of signing in for an enrolled account (the code page), and enrolment on
 * the account page — the secret shown as a QR code is kept in the session until a code from the
 * app confirms it. A wrong code counts as a failed sign-in of the username (lockout); when the
 * username locks, the half-finished sign-in ends.
 */
@Controller
class SecondFactorController {

    static final String SECRET = SecondFactorController.class.getName() + ".secret";

    private final SecondFactors secondFactors;
    private final Lockout lockout;
    private final AuditTrail trail;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorController(SecondFactors secondFactors, Lockout lockout, AuditTrail trail) {
        this.secondFactors = secondFactors;
        this.lockout = lockout;
        this.trail = trail;
    }

    @GetMapping(UnfinishedSignIn.CODE_PAGE)
    String codePage(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        if (principal.secondFactor() != SignedInAccount.SecondFactor.PENDING) {
            return "redirect:/";
        }
        model.addAttribute("username", principal.getUsername());
        model.addAttribute("issuer", secondFactors.issuer());
        return "login-code";
    }

    @PostMapping(UnfinishedSignIn.CODE_PAGE)
    String code(@AuthenticationPrincipal SignedInAccount principal, @RequestParam(defaultValue = "") String code,
                Model model, HttpServletRequest request, HttpServletResponse response) {
        if (principal.secondFactor() != SignedInAccount.SecondFactor.PENDING) {
            return "redirect:/";
        }
        CurrentUser user = principal.user();
        var locked = lockout.lockedUntil(user.username());
        if (locked.isEmpty() && secondFactors.verify(user.accountId(), code)) {
            lockout.succeeded(user.username());
            trail.record(new AuditEvent(AuditKind.LOGIN, user.username(), user.role().name(), null, null,
                    "登录（动态口令已验证）", null, null));
            request.changeSessionId();
            replacePrincipal(principal.withSecondFactorDone(), request, response);
            return "redirect:/";
        }
        if (locked.isEmpty()) {
            trail.record(AuditEvent.change(AuditKind.LOGIN_FAILED, user.username(), "ANONYMOUS", null, null,
                    "登录失败（动态口令错误）", null, Map.of("reason", "TOTP_CODE_WRONG")));
            lockout.failed(user.username());
            locked = lockout.lockedUntil(user.username());
        }
        if (locked.isPresent()) {
            new SecurityContextLogoutHandler().logout(request, response, null);
            request.getSession().setAttribute(SignInFailureHandler.PROBLEM, lockout.message(locked.get()));
            return "redirect:/login?error";
        }
        model.addAttribute("problem", "动态口令不正确：请输入验证器应用中当前显示的 6 位数字，并确认手机时间准确");
        return codePage(principal, model);
    }

    /** A dynamic code as typed on the 绑定 and 解除绑定 forms: six digits, a space allowed in the middle. */
    record CodeForm(@Size(max = 7, message = "{signin.code.label}{field.tooLong}") @Nullable String code) {

        String value() {
            return code == null ? "" : code;
        }
    }

    @GetMapping(UnfinishedSignIn.ENROL_PAGE)
    String enrolPage(@AuthenticationPrincipal SignedInAccount principal, Model model, HttpSession session) {
        CurrentUser user = principal.user();
        boolean enrolled = secondFactors.enrolled(user.accountId());
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("required", secondFactors.required(user.role()));
        if (!model.containsAttribute("codeForm")) {
            model.addAttribute("codeForm", new CodeForm(""));
        }
        if (!enrolled) {
            String secret = session.getAttribute(SECRET) instanceof String s ? s : Totp.newSecret();
            session.setAttribute(SECRET, secret);
            model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
            model.addAttribute("qr", QrCode.dataUri(Totp.uri(secondFactors.issuer(), user.username(), secret)));
        }
        return "account/totp";
    }

    @PostMapping(UnfinishedSignIn.ENROL_PAGE)
    String enrol(@AuthenticationPrincipal SignedInAccount principal, @Valid CodeForm codeForm, BindingResult binding,
                 Model model, HttpSession session, HttpServletRequest request, HttpServletResponse response) {
        if (binding.hasErrors()) {
            return enrolPage(principal, model, session);
        }
        String code = codeForm.value();
        if (!(session.getAttribute(SECRET) instanceof String secret)) {
            // The QR code this code was read from is gone (session renewed, or the page opened elsewhere).
            model.addAttribute("problem", secondFactors.enrolled(principal.user().accountId())
                    ? "本账号已绑定动态口令，无需再次绑定"
                    : "二维码已失效（页面停留过久或在别处重新打开过），请用验证器重新扫描下面的二维码，再输入 6 位动态口令");
            return enrolPage(principal, model, session);
        }
        try {
            secondFactors.enrol(principal.user(), secret, code);
        } catch (Refused refused) {
            model.addAttribute("problem", refused.getMessage());
            return enrolPage(principal, model, session);
        }
        session.removeAttribute(SECRET);
        replacePrincipal(principal.withSecondFactorDone(), request, response);
        return "redirect:" + UnfinishedSignIn.ENROL_PAGE + "?done";
    }

    @PostMapping(UnfinishedSignIn.ENROL_PAGE + "/remove")
    String remove(@AuthenticationPrincipal SignedInAccount principal, @Valid CodeForm codeForm, BindingResult binding,
                  Model model, HttpSession session) {
        if (binding.hasErrors()) {
            return enrolPage(principal, model, session);
        }
        try {
            secondFactors.remove(principal.user(), codeForm.value());
        } catch (Refused refused) {
            model.addAttribute("problem", refused.getMessage());
            return enrolPage(principal, model, session);
        }
        return "redirect:" + UnfinishedSignIn.ENROL_PAGE + "?removed";
    }

    private void replacePrincipal(SignedInAccount principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
