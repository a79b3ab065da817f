package org.jixiao.administration.organization;

import jakarta.validation.Valid;
import java.util.Map;
import org.jixiao.administration.organization.Forms.DepartmentForm;
import org.jixiao.administration.organization.Forms.PersonForm;
import org.jixiao.administration.organization.Forms.UnitForm;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Duty;
import org.jixiao.organization.UnitLevel;
import org.jixiao.security.SignedInAccount;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit of a cycle: its names, group, level and parent, its departments (科室) and its people.
 * {@code ?department=id} or {@code ?person=id} opens that row for editing; a refused change shows
 * the page again with the message beside the field.
 */
@Controller
@RequestMapping("/admin/cycles/{cycleId}/units/{unitId}")
class UnitPageController {

    private static final String PAGE = "admin/organization/unit";

    private final CycleOrganization office;

    UnitPageController(CycleOrganization office) {
        this.office = office;
    }

    @GetMapping
    String show(@PathVariable long cycleId, @PathVariable long unitId,
                @RequestParam(required = false) @Nullable Long department,
                @RequestParam(required = false) @Nullable Long person,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        CurrentUser user = principal.user();
        if (department != null) {
            model.addAttribute("editDepartment", department);
            model.addAttribute("departmentEdit", DepartmentForm.of(office.department(user, cycleId, unitId, department)));
        }
        if (person != null) {
            model.addAttribute("editPerson", person);
            model.addAttribute("personEdit", PersonForm.of(office.person(user, cycleId, unitId, person)));
        }
        return render(user, cycleId, unitId, Failure.NONE, model);
    }

    @PostMapping
    String updateUnit(@PathVariable long cycleId, @PathVariable long unitId,
                      @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult binding,
                      @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        return done(user, cycleId, unitId, Failure.attempt("unit", UnitForm.FIELDS,
                Failure.kept(model, form, binding),
                () -> office.updateUnit(user, cycleId, unitId, form.group(), form.details())),
                "org.saved.unitUpdated", model, redirect);
    }

    @PostMapping("/departments")
    String addDepartment(@PathVariable long cycleId, @PathVariable long unitId,
                         @Valid @ModelAttribute("newDepartment") DepartmentForm form, BindingResult binding,
                         @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        return done(user, cycleId, unitId, Failure.attempt("newDepartment", DepartmentForm.FIELDS,
                Failure.kept(model, form, binding),
                () -> office.addDepartment(user, cycleId, unitId, form.details())),
                "org.saved.departmentAdded", model, redirect);
    }

    @PostMapping("/departments/{departmentId}")
    String updateDepartment(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long departmentId,
                            @Valid @ModelAttribute("departmentEdit") DepartmentForm form, BindingResult binding,
                            @AuthenticationPrincipal SignedInAccount principal, Model model,
                            RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        model.addAttribute("editDepartment", departmentId);
        return done(user, cycleId, unitId, Failure.attempt("departmentEdit", DepartmentForm.FIELDS,
                Failure.kept(model, form, binding),
                () -> office.updateDepartment(user, cycleId, unitId, departmentId, form.details())),
                "org.saved.departmentUpdated", model, redirect);
    }

    @PostMapping("/departments/{departmentId}/delete")
    String deleteDepartment(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long departmentId,
                            @AuthenticationPrincipal SignedInAccount principal, Model model,
                            RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        return done(user, cycleId, unitId, Failure.attempt("department-" + departmentId, Map.of(),
                () -> office.deleteDepartment(user, cycleId, unitId, departmentId)),
                "org.saved.departmentDeleted", model, redirect);
    }

    @PostMapping("/people")
    String addPerson(@PathVariable long cycleId, @PathVariable long unitId,
                     @Valid @ModelAttribute("newPerson") PersonForm form, BindingResult binding,
                     @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        return done(user, cycleId, unitId, Failure.attempt("newPerson", PersonForm.FIELDS,
                Failure.kept(model, form, binding),
                () -> office.addPerson(user, cycleId, unitId, form.details())),
                "org.saved.personAdded", model, redirect);
    }

    @PostMapping("/people/{personId}")
    String updatePerson(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long personId,
                        @Valid @ModelAttribute("personEdit") PersonForm form, BindingResult binding,
                        @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        model.addAttribute("editPerson", personId);
        return done(user, cycleId, unitId, Failure.attempt("personEdit", PersonForm.FIELDS,
                Failure.kept(model, form, binding),
                () -> office.updatePerson(user, cycleId, unitId, personId, form.details())),
                "org.saved.personUpdated", model, redirect);
    }

    @PostMapping("/people/{personId}/delete")
    String deletePerson(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long personId,
                        @AuthenticationPrincipal SignedInAccount principal, Model model, RedirectAttributes redirect) {
        CurrentUser user = principal.user();
        office.deletePerson(user, cycleId, unitId, personId);
        redirect.addFlashAttribute("notice", "org.saved.personDeleted");
        return "redirect:/admin/cycles/" + cycleId + "/units/" + unitId;
    }

    private String done(CurrentUser user, long cycleId, long unitId, Failure failure, String notice, Model model,
                        RedirectAttributes redirect) {
        if (failure.failed()) {
            return render(user, cycleId, unitId, failure, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/cycles/" + cycleId + "/units/" + unitId;
    }

    private String render(CurrentUser user, long cycleId, long unitId, Failure failure, Model model) {
        UnitStaff staff = office.staff(user, cycleId, unitId);
        OrganizationOverview overview = office.overview(user, cycleId);
        model.addAttribute("overview", overview);
        model.addAttribute("staff", staff);
        model.addAttribute("failure", failure);
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("duties", Duty.values());
        keepOnlyIfRefused(model, failure, "unitForm", UnitForm.of(staff.member()));
        keepOnlyIfRefused(model, failure, "newDepartment", DepartmentForm.EMPTY);
        keepOnlyIfRefused(model, failure, "newPerson", PersonForm.EMPTY);
        return PAGE;
    }

    /** A form shows what was typed when it was refused, and its stored (or empty) values otherwise. */
    private static void keepOnlyIfRefused(Model model, Failure failure, String form, Object fresh) {
        if (!failure.form().equals(form) || model.getAttribute(form) == null) {
            model.addAttribute(form, fresh);
        }
    }
}
