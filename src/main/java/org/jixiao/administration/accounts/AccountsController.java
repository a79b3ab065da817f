package org.jixiao.administration.accounts;

import jakarta.validation.Valid;
import org.jixiao.organization.AccountFilter;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Role;
import org.jixiao.security.SignedInAccount;
import org.jixiao.web.FieldErrors;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 账号管理 pages for the 系统管理员 and the office (business roles only): list with filters, create, edit, disable/enable, reset password.
 * A refused form is shown again as typed: a field's problem (too long, not a choice) beside the field,
 * a refusal of the service (username taken, weak password) above the form.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

    private final AccountAdministration administration;

    AccountsController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Role role,
                @RequestParam(required = false) @Nullable Long unitId,
                @RequestParam(required = false) @Nullable Boolean enabled,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        AccountFilter filter = new AccountFilter(role, unitId, enabled);
        model.addAttribute("overview", administration.overview(filter, principal.user()));
        model.addAttribute("filter", filter);
        model.addAttribute("roles", Accounts.grantableRoles(principal.user()));
        return "administration/accounts/list";
    }

    @GetMapping("/new")
    String newAccount(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        return createForm(AccountForms.Create.empty(), null, principal, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountForms.Create form, BindingResult binding,
                  @AuthenticationPrincipal SignedInAccount principal, Model model) {
        if (binding.hasErrors()) {
            FieldErrors.keep(model, form, binding);
            return createForm(form, null, principal, model);
        }
        try {
            AccountView created = administration.create(form.account(), form.leadDepartment(), principal.user());
            return "redirect:/admin/accounts/" + created.id() + "?created";
        } catch (Refused refused) {
            return createForm(form, refused.getMessage(), principal, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        AccountAdministration.Details details = administration.details(id, principal.user());
        return editForm(details, AccountForms.Edit.of(details.account()), null, principal, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForms.Edit form, BindingResult binding,
                  @AuthenticationPrincipal SignedInAccount principal, Model model) {
        if (binding.hasErrors()) {
            FieldErrors.keep(model, form, binding);
            return editForm(administration.details(id, principal.user()), form, null, principal, model);
        }
        try {
            administration.update(id, form.change(), principal.user());
            return "redirect:/admin/accounts/" + id + "?saved";
        } catch (Refused refused) {
            return editForm(administration.details(id, principal.user()), form, refused.getMessage(), principal,
                    model);
        }
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled,
                      @AuthenticationPrincipal SignedInAccount principal) {
        administration.setEnabled(id, enabled, principal.user());
        return "redirect:/admin/accounts/" + id + (enabled ? "?enabled" : "?disabled");
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("reset") AccountForms.Reset reset,
                         BindingResult binding, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        if (binding.hasErrors()) {
            AccountAdministration.Details details = administration.details(id, principal.user());
            return editForm(details, AccountForms.Edit.of(details.account()), null, principal, model);
        }
        try {
            administration.resetPassword(id, reset.value(), principal.user());
            return "redirect:/admin/accounts/" + id + "?reset";
        } catch (Refused refused) {
            AccountAdministration.Details details = administration.details(id, principal.user());
            model.addAttribute("passwordProblem", refused.getMessage());
            return editForm(details, AccountForms.Edit.of(details.account()), null, principal, model);
        }
    }

    private String createForm(AccountForms.Create form, @Nullable String problem, SignedInAccount principal,
                              Model model) {
        AccountAdministration.Choices choices = administration.choices(principal.user());
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("roles", Accounts.grantableRoles(principal.user()));
        model.addAttribute("units", choices.units());
        model.addAttribute("leadDepartments", choices.leadDepartments());
        return "administration/accounts/new";
    }

    private String editForm(AccountAdministration.Details details, AccountForms.Edit form, @Nullable String problem,
                            SignedInAccount principal, Model model) {
        model.addAttribute("details", details);
        if (!model.containsAttribute("reset")) {
            model.addAttribute("reset", AccountForms.Reset.empty());
        }
        model.addAttribute("account", details.account());
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("roles", Accounts.grantableRoles(principal.user()));
        return "administration/accounts/edit";
    }
}
