package org.jixiao.plan.web;

import java.util.List;
import java.util.UUID;
import org.jixiao.plan.PlanHistory;
import org.jixiao.plan.PlanService;
import org.jixiao.plan.PlanVersion;
import org.jixiao.plan.PlanVersions;
import org.jixiao.plan.TableView;
import org.jixiao.plan.TargetTableService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The versions of a unit's table (版本记录): the list, one version in the official layout, the
 * printable comparison of two versions (or of a version and the table now), and the unit's
 * history of its table (历史记录).
 */
@Controller
@RequestMapping("/tables/{tableId}")
class VersionsController {

    private final TargetTableService tables;
    private final PlanService plans;
    private final PlanVersions versions;
    private final PlanHistory history;

    VersionsController(TargetTableService tables, PlanService plans, PlanVersions versions, PlanHistory history) {
        this.tables = tables;
        this.plans = plans;
        this.versions = versions;
        this.history = history;
    }

    @GetMapping("/versions")
    String list(@PathVariable UUID tableId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        PlanService.TableRef ref = plans.table(tableId, principal.user());
        model.addAttribute("view", tables.view(tableId, principal.user()));
        model.addAttribute("versions", versions.list(ref, principal.user()));
        return "table/versions";
    }

    @GetMapping("/versions/{number:\\d+}")
    String version(@PathVariable UUID tableId, @PathVariable int number,
                   @AuthenticationPrincipal SignedInAccount principal, Model model) {
        PlanService.TableRef ref = plans.table(tableId, principal.user());
        TableView current = tables.view(tableId, principal.user());
        TargetTable frozen = versions.table(ref, Integer.toString(number), principal.user());
        TableView view = new TableView(frozen, current.cycle(), 0, List.of(), false);
        model.addAttribute("view", view);
        model.addAttribute("layout", TableLayout.of(view, null));
        model.addAttribute("version", versions.list(ref, principal.user()).stream()
                .filter(v -> v.number() == number).findFirst().orElse(null));
        return "table/version";
    }

    @GetMapping("/versions/diff")
    String diff(@PathVariable UUID tableId, @RequestParam(required = false) @Nullable String from,
                @RequestParam(required = false) @Nullable String to,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        PlanService.TableRef ref = plans.table(tableId, principal.user());
        List<PlanVersion> all = versions.list(ref, principal.user());
        String target = to == null || to.isBlank() ? PlanVersions.CURRENT : to.strip();
        String source = from == null || from.isBlank() ? defaultFrom(all, target) : from.strip();
        model.addAttribute("view", tables.view(tableId, principal.user()));
        model.addAttribute("versions", all);
        model.addAttribute("from", source);
        model.addAttribute("to", target);
        model.addAttribute("diff", versions.diff(ref, source, target, principal.user()));
        return "table/diff";
    }

    @GetMapping("/history")
    String history(@PathVariable UUID tableId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        PlanService.TableRef ref = plans.table(tableId, principal.user());
        model.addAttribute("history", history.of(ref, principal.user()));
        TableView view = tables.view(tableId, principal.user());
        model.addAttribute("view", view);
        model.addAttribute("rowLabels", RowLabels.of(view.table()));
        model.addAttribute("limit", PlanHistory.LIMIT);
        return "table/history";
    }

    /** Against the table now: the latest version; against a version: the one before it. */
    private static String defaultFrom(List<PlanVersion> all, String target) {
        if (all.isEmpty()) {
            return PlanVersions.CURRENT;
        }
        if (PlanVersions.CURRENT.equals(target)) {
            return Integer.toString(all.get(all.size() - 1).number());
        }
        try {
            return Integer.toString(Math.max(1, Integer.parseInt(target) - 1));
        } catch (NumberFormatException e) {
            return Integer.toString(all.get(0).number());
        }
    }
}
