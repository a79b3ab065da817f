package org.jixiao.administration.organization;

import jakarta.validation.Valid;
import java.util.Map;
import org.jixiao.administration.organization.Forms.GroupForm;
import org.jixiao.administration.organization.Forms.UnitForm;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.UnitLevel;
import org.jixiao.security.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 单位与考评组: the office's page of a cycle's groups and their units. A change that reads is stored
 * and the page shown again; a refused one shows the page with the message beside the field.
 */
@Controller
@RequestMapping("/admin/cycles/{cycleId}")
class OrganizationPageController {

    private static final String PAGE = "admin/organization/cycle";

    private final CycleOrganization office;

    OrganizationPageController(CycleOrganization office) {
        this.office = office;
    }

    @GetMapping("/organization")
    String show(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        return render(principal.user(), cycleId, Failure.NONE, model);
    }

    @PostMapping("/organization/groups")
    String createGroup(@PathVariable long cycleId, @Valid @ModelAttribute("newGroup") GroupForm form,
                       BindingResult binding,
                       @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        Failure failure = Failure.attempt("newGroup", GroupForm.FIELDS, Failure.kept(model, form, binding),
                () -> office.createGroup(user, cycleId, form.name()));
        return done(user, cycleId, failure, "org.saved.groupCreated", model, redirect);
    }

    @PostMapping("/organization/groups/{groupId}")
    String renameGroup(@PathVariable long cycleId, @PathVariable long groupId,
                       @Valid @ModelAttribute("renameGroup") GroupForm form, BindingResult binding,
                       @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        Failure failure = Failure.attempt("group-" + groupId, GroupForm.FIELDS, Failure.kept(model, form, binding),
                () -> office.renameGroup(user, cycleId, groupId, form.name()));
        return done(user, cycleId, failure, "org.saved.groupRenamed", model, redirect);
    }

    @PostMapping("/organization/groups/{groupId}/delete")
    String deleteGroup(@PathVariable long cycleId, @PathVariable long groupId,
                       @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        Failure failure = Failure.attempt("group-" + groupId, Map.of(),
                () -> office.deleteGroup(user, cycleId, groupId));
        return done(user, cycleId, failure, "org.saved.groupDeleted", model, redirect);
    }

    @PostMapping("/organization/units")
    String addUnit(@PathVariable long cycleId, @Valid @ModelAttribute("newUnit") UnitForm form,
                   BindingResult binding,
                   @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        Failure failure = Failure.attempt("newUnit", UnitForm.FIELDS, Failure.kept(model, form, binding),
                () -> office.addUnit(user, cycleId, form.group(), form.details()));
        return done(user, cycleId, failure, "org.saved.unitAdded", model, redirect);
    }

    /** Takes a unit out of the cycle; refused, with the reason on the page, when it already has a table. */
    @PostMapping("/units/{unitId}/remove")
    String removeUnit(@PathVariable long cycleId, @PathVariable long unitId,
                      @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        Failure failure = Failure.attempt("unit-" + unitId, Map.of(), () -> office.removeUnit(user, cycleId, unitId));
        return done(user, cycleId, failure, "org.saved.unitRemoved", model, redirect);
    }

    private String done(CurrentUser user, long cycleId, Failure failure, String notice, Model model,
                        RedirectAttributes redirect) {
        if (failure.failed()) {
            return render(user, cycleId, failure, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/cycles/" + cycleId + "/organization";
    }

    private String render(CurrentUser user, long cycleId, Failure failure, Model model) {
        OrganizationOverview overview = office.overview(user, cycleId);
        model.addAttribute("overview", overview);
        model.addAttribute("failure", failure);
        model.addAttribute("levels", UnitLevel.values());
        if (model.getAttribute("newGroup") == null || !failure.form().equals("newGroup")) {
            model.addAttribute("newGroup", GroupForm.EMPTY);
        }
        if (model.getAttribute("newUnit") == null || !failure.form().equals("newUnit")) {
            model.addAttribute("newUnit", UnitForm.empty(CycleOrganization.defaultLevel(overview.cycle())));
        }
        return PAGE;
    }
}
