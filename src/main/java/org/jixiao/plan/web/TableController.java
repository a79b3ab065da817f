package org.jixiao.plan.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jixiao.organization.Organization;
import org.jixiao.plan.PlanService;
import org.jixiao.plan.PlanSheet;
import org.jixiao.plan.RowForm;
import org.jixiao.plan.TableView;
import org.jixiao.plan.TargetTableService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unit's table page. Every change is an htmx POST that answers with the re-rendered workspace
 * (table and findings); a form that does not read answers with the editor still open and the
 * messages beside the fields.
 */
@Controller
@RequestMapping("/tables/{tableId}")
class TableController {

    private static final String WORKSPACE = "table/page :: workspace";

    private final TargetTableService tables;
    private final Organization organization;
    private final PlanService plans;

    TableController(TargetTableService tables, Organization organization, PlanService plans) {
        this.tables = tables;
        this.organization = organization;
        this.plans = plans;
    }

    @GetMapping
    String page(@PathVariable UUID tableId, @RequestParam(required = false) @Nullable String edit,
                @AuthenticationPrincipal SignedInAccount principal, Model model) {
        TableView view = tables.view(tableId, principal.user());
        render(model, view, openEditor(view, Editing.parse(edit)), principal);
        return "table/page";
    }

    @GetMapping("/workspace")
    String workspace(@PathVariable UUID tableId, @RequestParam(required = false) @Nullable String edit,
                     @AuthenticationPrincipal SignedInAccount principal, Model model) {
        TableView view = tables.view(tableId, principal.user());
        render(model, view, view.editable() ? openEditor(view, Editing.parse(edit)) : null, principal);
        return WORKSPACE;
    }

    @GetMapping("/print")
    String print(@PathVariable UUID tableId, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        TableView view = tables.view(tableId, principal.user());
        model.addAllAttributes(PrintViewPdf.model(view));
        return PrintViewPdf.TEMPLATE;
    }

    @PostMapping("/categories/{categoryKey}/first-level")
    String addFirstLevel(@PathVariable UUID tableId, @PathVariable String categoryKey, @RequestParam long version,
                         @ModelAttribute RowForm form, @AuthenticationPrincipal SignedInAccount principal,
                         Model model) {
        RowForm.Result<FirstLevelIndicator> row = form.toFirstLevel(UUID.randomUUID());
        return apply(tableId, version, principal, model, new Editing("new-l1", categoryKey, form, row.errors()),
                row.ok() ? table -> table.addFirstLevel(categoryKey, row.value()) : null);
    }

    @PostMapping("/first-level/{rowId}")
    String updateFirstLevel(@PathVariable UUID tableId, @PathVariable UUID rowId, @RequestParam long version,
                            @ModelAttribute RowForm form, @AuthenticationPrincipal SignedInAccount principal,
                            Model model) {
        RowForm.Result<FirstLevelIndicator> row = form.toFirstLevel(rowId);
        return apply(tableId, version, principal, model, new Editing("l1", rowId.toString(), form, row.errors()),
                row.ok() ? table -> table.replaceFirstLevel(row.value()) : null);
    }

    /** Fixed items: only who answers for them can change, never their content or weight. */
    @PostMapping("/items/{rowId}")
    String updateItem(@PathVariable UUID tableId, @PathVariable UUID rowId, @RequestParam long version,
                      @ModelAttribute RowForm form, @AuthenticationPrincipal SignedInAccount principal, Model model) {
        RowForm.Result<Responsibility> responsibility = form.toResponsibility();
        return apply(tableId, version, principal, model,
                new Editing("item", rowId.toString(), form, responsibility.errors()),
                responsibility.ok() ? table -> table.assignItem(rowId, responsibility.value()) : null);
    }

    @PostMapping("/first-level/{rowId}/delete")
    String deleteFirstLevel(@PathVariable UUID tableId, @PathVariable UUID rowId, @RequestParam long version,
                            @AuthenticationPrincipal SignedInAccount principal, Model model) {
        return apply(tableId, version, principal, model, null, table -> table.removeFirstLevel(rowId));
    }

    @PostMapping("/first-level/{rowId}/move")
    String moveFirstLevel(@PathVariable UUID tableId, @PathVariable UUID rowId, @RequestParam long version,
                          @RequestParam int direction, @AuthenticationPrincipal SignedInAccount principal,
                          Model model) {
        return apply(tableId, version, principal, model, null, table -> table.moveFirstLevel(rowId, direction));
    }

    @PostMapping("/first-level/{rowId}/second-level")
    String addSecondLevel(@PathVariable UUID tableId, @PathVariable UUID rowId, @RequestParam long version,
                          @ModelAttribute RowForm form, @AuthenticationPrincipal SignedInAccount principal,
                          Model model) {
        RowForm.Result<SecondLevelIndicator> row = form.toSecondLevel(UUID.randomUUID());
        return apply(tableId, version, principal, model, new Editing("new-l2", rowId.toString(), form, row.errors()),
                row.ok() ? table -> table.addSecondLevel(rowId, row.value()) : null);
    }

    @PostMapping("/second-level/{rowId}")
    String updateSecondLevel(@PathVariable UUID tableId, @PathVariable UUID rowId, @RequestParam long version,
                             @ModelAttribute RowForm form, @AuthenticationPrincipal SignedInAccount principal,
                             Model model) {
        RowForm.Result<SecondLevelIndicator> row = form.toSecondLevel(rowId);
        return apply(tableId, version, principal, model, new Editing("l2", rowId.toString(), form, row.errors()),
                row.ok() ? table -> table.replaceSecondLevel(row.value()) : null);
    }

    @PostMapping("/second-level/{rowId}/delete")
    String deleteSecondLevel(@PathVariable UUID tableId, @PathVariable UUID rowId, @RequestParam long version,
                             @AuthenticationPrincipal SignedInAccount principal, Model model) {
        return apply(tableId, version, principal, model, null, table -> table.removeSecondLevel(rowId));
    }

    @PostMapping("/second-level/{rowId}/move")
    String moveSecondLevel(@PathVariable UUID tableId, @PathVariable UUID rowId, @RequestParam long version,
                           @RequestParam int direction, @AuthenticationPrincipal SignedInAccount principal,
                           Model model) {
        return apply(tableId, version, principal, model, null, table -> table.moveSecondLevel(rowId, direction));
    }

    /**
     * Applies a change that read, or re-renders the editor with its messages when it did not
     * (nothing is stored then).
     */
    private String apply(UUID tableId, long version, SignedInAccount principal, Model model,
                         @Nullable Editing editor, @Nullable Consumer<TargetTable> change) {
        if (change == null) {
            TableView view = tables.view(tableId, principal.user());
            render(model, view, editor, principal);
            return WORKSPACE;
        }
        TableView view = tables.edit(tableId, version, principal.user(), change);
        render(model, view, null, principal);
        return WORKSPACE;
    }

    /** An editor opened by a GET starts from the row's current values. */
    private static @Nullable Editing openEditor(TableView view, @Nullable Editing editing) {
        if (editing == null || editing.adds()) {
            return editing;
        }
        UUID rowId = editing.rowId();
        TargetTable table = view.table();
        RowForm form = switch (editing.kind()) {
            case "l2" -> table.secondLevel(rowId).map(RowForm::of).orElse(null);
            case "l1", "item" -> table.firstLevel(rowId).map(RowForm::of).orElse(null);
            default -> null;
        };
        return form == null ? null : editing.with(form, Map.of());
    }

    /** The table with its editor, if one is open, and its plan: status, allowed steps, return reasons. */
    private void render(Model model, TableView view, @Nullable Editing editing, SignedInAccount principal) {
        PlanSheet plan = plans.sheet(new PlanService.TableRef(view.table().id(), view.table().cycleId(),
                view.table().unitId()), principal.user());
        model.addAttribute("view", view);
        model.addAttribute("layout", TableLayout.of(view, editing, plan));
        model.addAttribute("editing", editing);
        model.addAttribute("plan", plan);
        model.addAttribute("rowLabels", RowLabels.of(view.table()));
        model.addAttribute("planTransition", PlanController.Transition.EMPTY);
        if (editing != null) {
            // the editor offers the unit's departments and people as choices (free text stays allowed)
            model.addAttribute("choices", organization.choices(view.table().unitId()));
        }
    }
}
