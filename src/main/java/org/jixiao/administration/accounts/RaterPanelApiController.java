package org.jixiao.administration.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.evaluation.RaterPanels;
import org.jixiao.security.SignedInAccount;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 考评组成员分配 through the JSON API: a rater's groups and units in a cycle. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}/raters/{accountId}")
@Tag(name = "考评组成员分配", description = "按考评组或按单位分配集中考评组成员（仅考评办管理员）")
class RaterPanelApiController {

    private final RaterPanels panels;

    RaterPanelApiController(RaterPanels panels) {
        this.panels = panels;
    }

    @GetMapping
    @Operation(summary = "考评组成员在本年度分配到的考评组和单位")
    RaterPanels.Panel panel(@PathVariable long cycleId, @PathVariable long accountId,
                            @AuthenticationPrincipal SignedInAccount principal) {
        return panels.panel(cycleId, accountId, principal.user());
    }

    @PostMapping("/groups/{groupId}")
    @Operation(summary = "分配到整个考评组", description = "为组内每个单位打分（本单位除外）")
    RaterPanels.Panel assignGroup(@PathVariable long cycleId, @PathVariable long accountId,
                                  @PathVariable long groupId, @AuthenticationPrincipal SignedInAccount principal) {
        return panels.assignGroup(cycleId, accountId, groupId, principal.user());
    }

    @DeleteMapping("/groups/{groupId}")
    @Operation(summary = "取消按考评组的分配")
    ResponseEntity<Void> unassignGroup(@PathVariable long cycleId, @PathVariable long accountId,
                                       @PathVariable long groupId,
                                       @AuthenticationPrincipal SignedInAccount principal) {
        panels.unassignGroup(cycleId, accountId, groupId, principal.user());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/units/{unitId}")
    @Operation(summary = "分配到一个单位", description = "不能分配到考评组成员的本单位")
    RaterPanels.Panel assignUnit(@PathVariable long cycleId, @PathVariable long accountId,
                                 @PathVariable long unitId, @AuthenticationPrincipal SignedInAccount principal) {
        return panels.assignUnit(cycleId, accountId, unitId, principal.user());
    }

    @DeleteMapping("/units/{unitId}")
    @Operation(summary = "取消按单位的分配")
    ResponseEntity<Void> unassignUnit(@PathVariable long cycleId, @PathVariable long accountId,
                                      @PathVariable long unitId, @AuthenticationPrincipal SignedInAccount principal) {
        panels.unassignUnit(cycleId, accountId, unitId, principal.user());
        return ResponseEntity.noContent().build();
    }
}
