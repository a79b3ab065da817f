package org.jixiao.administration.organization;

import static org.jixiao.administration.organization.OrganizationApiController.created;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jixiao.administration.organization.OrganizationJson.Created;
import org.jixiao.administration.organization.OrganizationJson.DepartmentRequest;
import org.jixiao.administration.organization.OrganizationJson.DepartmentView;
import org.jixiao.administration.organization.OrganizationJson.PersonRequest;
import org.jixiao.administration.organization.OrganizationJson.PersonView;
import org.jixiao.security.SignedInAccount;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of a unit's departments (科室) and people. The office changes them; the office and
 * the unit's own clerk and leader read them.
 */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}/units/{unitId}")
@Tag(name = "科室与人员", description = "参评单位的科室和人员（考评办维护；本单位经办人、领导可查看）")
class UnitStaffApiController {

    private final CycleOrganization office;

    UnitStaffApiController(CycleOrganization office) {
        this.office = office;
    }

    @GetMapping("/departments")
    @Operation(summary = "列出科室")
    List<DepartmentView> departments(@PathVariable long cycleId, @PathVariable long unitId,
                                     @AuthenticationPrincipal SignedInAccount principal) {
        return office.staff(principal.user(), cycleId, unitId).departments().stream().map(DepartmentView::of).toList();
    }

    @GetMapping("/departments/{departmentId}")
    @Operation(summary = "读取科室")
    DepartmentView department(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long departmentId,
                              @AuthenticationPrincipal SignedInAccount principal) {
        return DepartmentView.of(office.department(principal.user(), cycleId, unitId, departmentId));
    }

    @PostMapping("/departments")
    @Operation(summary = "添加科室", description = "同一单位内科室名称不能重复（409 DEPARTMENT_EXISTS）")
    ResponseEntity<Created> addDepartment(@PathVariable long cycleId, @PathVariable long unitId,
                                          @RequestBody DepartmentRequest request,
                                          @AuthenticationPrincipal SignedInAccount principal) {
        return created(office.addDepartment(principal.user(), cycleId, unitId, request.details()).id());
    }

    @PutMapping("/departments/{departmentId}")
    @Operation(summary = "修改科室")
    DepartmentView updateDepartment(@PathVariable long cycleId, @PathVariable long unitId,
                                    @PathVariable long departmentId, @RequestBody DepartmentRequest request,
                                    @AuthenticationPrincipal SignedInAccount principal) {
        return DepartmentView.of(office.updateDepartment(principal.user(), cycleId, unitId, departmentId,
                request.details()));
    }

    @DeleteMapping("/departments/{departmentId}")
    @Operation(summary = "删除科室", description = "科室下还有人员时拒绝（409 DEPARTMENT_HAS_PEOPLE）")
    ResponseEntity<Void> deleteDepartment(@PathVariable long cycleId, @PathVariable long unitId,
                                          @PathVariable long departmentId,
                                          @AuthenticationPrincipal SignedInAccount principal) {
        office.deleteDepartment(principal.user(), cycleId, unitId, departmentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/people")
    @Operation(summary = "列出人员")
    List<PersonView> people(@PathVariable long cycleId, @PathVariable long unitId,
                            @AuthenticationPrincipal SignedInAccount principal) {
        return office.staff(principal.user(), cycleId, unitId).people().stream().map(PersonView::of).toList();
    }

    @GetMapping("/people/{personId}")
    @Operation(summary = "读取人员")
    PersonView person(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long personId,
                      @AuthenticationPrincipal SignedInAccount principal) {
        return PersonView.of(office.person(principal.user(), cycleId, unitId, personId));
    }

    @PostMapping("/people")
    @Operation(summary = "添加人员", description = "departmentId 须为本单位的科室")
    ResponseEntity<Created> addPerson(@PathVariable long cycleId, @PathVariable long unitId,
                                      @RequestBody PersonRequest request,
                                      @AuthenticationPrincipal SignedInAccount principal) {
        return created(office.addPerson(principal.user(), cycleId, unitId, request.details()).id());
    }

    @PutMapping("/people/{personId}")
    @Operation(summary = "修改人员")
    PersonView updatePerson(@PathVariable long cycleId, @PathVariable long unitId, @PathVariable long personId,
                            @RequestBody PersonRequest request, @AuthenticationPrincipal SignedInAccount principal) {
        return PersonView.of(office.updatePerson(principal.user(), cycleId, unitId, personId, request.details()));
    }

    @DeleteMapping("/people/{personId}")
    @Operation(summary = "删除人员")
    ResponseEntity<Void> deletePerson(@PathVariable long cycleId, @PathVariable long unitId,
                                      @PathVariable long personId,
                                      @AuthenticationPrincipal SignedInAccount principal) {
        office.deletePerson(principal.user(), cycleId, unitId, personId);
        return ResponseEntity.noContent().build();
    }
}
