package org.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jixiao.organization.Account;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.PasswordPolicy;
import org.jixiao.organization.UnitRepository;
import org.jixiao.web.Refused;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 我的账号: every signed-in person sees their account and data scope and sets their own password —
 * which is also where an initial or reset password must be replaced before anything else.
 */
@Controller
class OwnAccountController {

    /** The change-password form; the new password is typed twice. */
    record PasswordChange(
            @Size(max = PasswordPolicy.MAX_BYTES, message = "{account.password.current}{field.tooLong}")
            String currentPassword,
            @Size(max = PasswordPolicy.MAX_BYTES, message = "{account.password.new}{field.tooLong}")
            String newPassword,
            @Size(max = PasswordPolicy.MAX_BYTES, message = "{account.password.confirm}{field.tooLong}")
            String confirmPassword) {

        static PasswordChange empty() {
            return new PasswordChange("", "", "");
        }
    }

    /** The 创建令牌 form: a name the owner recognises, and the scope. */
    record TokenForm(@Size(max = ApiTokens.MAX_NAME, message = "{signin.tokens.name}{field.tooLong}") String name,
                     @Size(max = 10, message = "{signin.tokens.scope}{field.tooLong}") String scope) {
    }

    private final OwnPassword passwords;
    private final UnitRepository units;
    private final SignedInAccounts principals;
    private final SecondFactors secondFactors;
    private final ApiTokens tokens;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OwnAccountController(OwnPassword passwords, UnitRepository units, SignedInAccounts principals,
                         SecondFactors secondFactors, ApiTokens tokens) {
        this.passwords = passwords;
        this.units = units;
        this.principals = principals;
        this.secondFactors = secondFactors;
        this.tokens = tokens;
    }

    @GetMapping({"/account", UnfinishedSignIn.CHANGE_PAGE})
    String page(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        return show(principal, model);
    }

    @PostMapping(UnfinishedSignIn.CHANGE_PAGE)
    String change(@AuthenticationPrincipal SignedInAccount principal,
                  @Valid @ModelAttribute("passwordChange") PasswordChange form, BindingResult binding,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        if (binding.hasErrors()) {
            return show(principal, model);
        }
        try {
            if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
                throw Refused.invalid("PASSWORD_MISMATCH", "两次输入的新密码不一致");
            }
            Account changed = passwords.change(principal, form.currentPassword(), form.newPassword());
            signInAgainAs(principals.afterPasswordChange(changed, principal), request, response);
            return "redirect:/account?changed";
        } catch (Refused refused) {
            model.addAttribute("problem", refused.getMessage());
            return show(principal, model);
        }
    }

    private String show(SignedInAccount principal, Model model) {
        CurrentUser user = principal.user();
        model.addAttribute("user", user);
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm("", "READ"));
        }
        if (!model.containsAttribute("passwordChange")) {
            model.addAttribute("passwordChange", PasswordChange.empty());
        }
        model.addAttribute("unit", user.unitId() == null ? null : units.findById(user.unitId()).orElse(null));
        model.addAttribute("forced", principal.mustChangePassword());
        model.addAttribute("expired", principal.passwordExpired());
        model.addAttribute("totpEnrolled", secondFactors.enrolled(user.accountId()));
        model.addAttribute("tokens", tokens.of(user.accountId()));
        return "account/own";
    }

    /** Creates a personal API token and shows it once, on the page that answers the form. */
    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal SignedInAccount principal, @Valid TokenForm tokenForm,
                       BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return show(principal, model);
        }
        try {
            model.addAttribute("newToken", tokens.create(principal.user(), text(tokenForm.name()),
                    text(tokenForm.scope())));
        } catch (Refused refused) {
            model.addAttribute("tokenProblem", refused.getMessage());
        }
        return show(principal, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignedInAccount principal, @PathVariable long id) {
        tokens.revoke(principal.user(), id);
        return "redirect:/account?revoked";
    }

    private static String text(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }

    /** The session's principal still says "must change": replace it by the account as it is now. */
    private void signInAgainAs(SignedInAccount principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
