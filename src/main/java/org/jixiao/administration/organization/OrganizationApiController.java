package org.jixiao.administration.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jixiao.administration.organization.OrganizationJson.Created;
import org.jixiao.administration.organization.OrganizationJson.GroupRequest;
import org.jixiao.administration.organization.OrganizationJson.GroupView;
import org.jixiao.administration.organization.OrganizationJson.UnitRequest;
import org.jixiao.administration.organization.OrganizationJson.UnitView;
import org.jixiao.organization.CurrentUser;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The JSON API of a cycle's groups (考评组) and units (参评单位); for the office only. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}")
@Tag(name = "考评组与参评单位", description = "考评年度的考评组、参评单位（仅考评办管理员）")
class OrganizationApiController {

    private final CycleOrganization office;

    OrganizationApiController(CycleOrganization office) {
        this.office = office;
    }

    @GetMapping("/groups")
    @Operation(summary = "列出考评组")
    List<GroupView> groups(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal) {
        return office.groups(principal.user(), cycleId).stream().map(GroupView::of).toList();
    }

    @GetMapping("/groups/{groupId}")
    @Operation(summary = "读取考评组")
    GroupView group(@PathVariable long cycleId, @PathVariable long groupId,
                    @AuthenticationPrincipal SignedInAccount principal) {
        return GroupView.of(office.group(principal.user(), cycleId, groupId));
    }

    @PostMapping("/groups")
    @Operation(summary = "新建考评组", description = "同一考评年度内组名不能重复（409 GROUP_EXISTS）")
    ResponseEntity<Created> createGroup(@PathVariable long cycleId, @RequestBody GroupRequest request,
                                        @AuthenticationPrincipal SignedInAccount principal) {
        return created(office.createGroup(principal.user(), cycleId, request.name()).id());
    }

    @PutMapping("/groups/{groupId}")
    @Operation(summary = "考评组改名")
    GroupView renameGroup(@PathVariable long cycleId, @PathVariable long groupId, @RequestBody GroupRequest request,
                          @AuthenticationPrincipal SignedInAccount principal) {
        return GroupView.of(office.renameGroup(principal.user(), cycleId, groupId, request.name()));
    }

    @DeleteMapping("/groups/{groupId}")
    @Operation(summary = "删除考评组", description = "组内还有单位时拒绝（409 GROUP_NOT_EMPTY）")
    ResponseEntity<Void> deleteGroup(@PathVariable long cycleId, @PathVariable long groupId,
                                     @AuthenticationPrincipal SignedInAccount principal) {
        office.deleteGroup(principal.user(), cycleId, groupId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/units")
    @Operation(summary = "列出参评单位", description = "按考评组及组内顺序")
    List<UnitView> units(@PathVariable long cycleId, @AuthenticationPrincipal SignedInAccount principal) {
        return office.members(principal.user(), cycleId).stream().map(UnitView::of).toList();
    }

    @GetMapping("/units/{unitId}")
    @Operation(summary = "读取参评单位")
    UnitView unit(@PathVariable long cycleId, @PathVariable long unitId,
                  @AuthenticationPrincipal SignedInAccount principal) {
        return UnitView.of(office.member(principal.user(), cycleId, unitId));
    }

    @PostMapping("/units")
    @Operation(summary = "添加参评单位", description = "group 为本年度考评组名称（未知时 400 GROUP_UNKNOWN）；"
            + "已登记的同名单位沿用其记录；已在本年度时 409 UNIT_EXISTS")
    ResponseEntity<Created> addUnit(@PathVariable long cycleId, @RequestBody UnitRequest request,
                                    @AuthenticationPrincipal SignedInAccount principal) {
        CurrentUser user = principal.user();
        var details = request.details(CycleOrganization.defaultLevel(office.cycle(user, cycleId)));
        return created(office.addUnit(user, cycleId, request.group(), details).unitId());
    }

    @PutMapping("/units/{unitId}")
    @Operation(summary = "修改参评单位", description = "改名、改层级或上级单位，或移到本年度的另一个考评组")
    UnitView updateUnit(@PathVariable long cycleId, @PathVariable long unitId, @RequestBody UnitRequest request,
                        @AuthenticationPrincipal SignedInAccount principal) {
        CurrentUser user = principal.user();
        var details = request.details(CycleOrganization.defaultLevel(office.cycle(user, cycleId)));
        return UnitView.of(office.updateUnit(user, cycleId, unitId, request.group(), details));
    }

    @DeleteMapping("/units/{unitId}")
    @Operation(summary = "把单位移出本考评年度", description = "单位在本年度已有考评表时拒绝（409 UNIT_HAS_TABLE）")
    ResponseEntity<Void> removeUnit(@PathVariable long cycleId, @PathVariable long unitId,
                                    @AuthenticationPrincipal SignedInAccount principal) {
        office.removeUnit(principal.user(), cycleId, unitId);
        return ResponseEntity.noContent().build();
    }

    static ResponseEntity<Created> created(long id) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(new Created(id));
    }
}
