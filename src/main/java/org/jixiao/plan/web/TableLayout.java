package org.jixiao.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jixiao.plan.PlanSheet;
import org.jixiao.plan.TableView;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.Severity;
import org.jixiao.table.TableCategory;
import org.jspecify.annotations.Nullable;

/**
 * The target table laid out like the official one: one HTML row per scored row, the category cell
 * spanning its rows, the 文件依据 and 一级指标 cells spanning their second-level rows (or, for fixed
 * items, the items of one sub-area), a 小计 row per category and editor rows where one is open.
 */
public record TableLayout(List<Line> lines, Points total) {

    /** Columns of the official table plus the actions column. */
    static final int COLUMNS = 12;

    /**
     * How a row shows on the table page, worked out once per render rather than by a dozen template
     * expressions per row: its anchor, its classes (worst finding, named by the return the unit is
     * working on, named by the open adjustment), the return's reason as its tooltip, the codes of its
     * findings and whether the plan lets the user change it.
     */
    public record RowLook(@Nullable String id, @Nullable String classes, @Nullable String title,
                          @Nullable String findings, boolean editable) {

        static final RowLook NONE = new RowLook(null, null, null, null, false);
    }

    public record CategoryCell(String key, String name, @Nullable Points declared, Points actual, int rowspan,
                        boolean authored) {
    }

    public record GroupCell(@Nullable UUID firstLevelId, @Nullable IndicatorCode code, String text, @Nullable Points points,
                     List<PolicyReference> basis, int rowspan, boolean editableFirstLevel, boolean first,
                     boolean last, RowLook look) {
    }

    /**
     * One line of the table body.
     *
     * @param kind row (a scored row or an empty first-level indicator), editor, or subtotal
     */
    public record Line(String kind, @Nullable CategoryCell category, @Nullable GroupCell group, @Nullable UUID rowId,
                @Nullable UUID firstLevelId, String rowKind, @Nullable IndicatorCode code, String text,
                @Nullable Points weight, Responsibility responsibility, @Nullable Severity severity,
                boolean first, boolean last, @Nullable Editing editor, @Nullable TableCategory subtotal,
                RowLook look) {

        public String departmentNames() {
            return String.join("、", responsibility.departments().stream().map(d -> d.name()).toList());
        }

        public String departmentHeads() {
            return String.join("、", responsibility.departments().stream().map(d -> d.head())
                    .filter(h -> !h.isEmpty()).toList());
        }

        public String leaders() {
            return String.join("、", responsibility.leaders());
        }
    }

    /** The layout of a table shown without its plan (print view, import preview, versions). */
    static TableLayout of(TableView view, @Nullable Editing editing) {
        return of(view, editing, null);
    }

    /**
     * The layout of the table page: with {@code plan}, rows named by the return being worked on or by the
     * open adjustment are marked, and a row offers its edit buttons only where the plan allows it.
     */
    static TableLayout of(TableView view, @Nullable Editing editing, @Nullable PlanSheet plan) {
        Looks looks = new Looks(view.rowSeverity(), view.codesByRow(), plan, view.editable());
        List<Line> lines = new ArrayList<>();
        for (TableCategory category : view.table().categories()) {
            boolean authored = view.cycle().template().category(category.key())
                    .map(c -> c.isAuthored()).orElse(true);
            List<List<Line>> groups = new ArrayList<>();
            List<FirstLevelIndicator> rows = category.firstLevel();
            for (int i = 0; i < rows.size(); i++) {
                FirstLevelIndicator l1 = rows.get(i);
                if (l1.isItem()) {
                    int end = i;
                    while (!l1.area().isEmpty() && end + 1 < rows.size() && rows.get(end + 1).isItem()
                            && rows.get(end + 1).area().equals(l1.area())) {
                        end++;
                    }
                    groups.add(itemGroup(rows.subList(i, end + 1), looks, editing));
                    i = end;
                } else {
                    groups.add(firstLevelGroup(l1, i == 0, i == rows.size() - 1, looks, editing));
                }
            }
            List<Line> categoryLines = new ArrayList<>();
            groups.forEach(categoryLines::addAll);
            if (editing != null && editing.isFor("new-l1", category.key())) {
                categoryLines.add(editorLine(editing));
            }
            if (categoryLines.isEmpty()) {
                categoryLines.add(new Line("empty", null, null, null, null, "", null, "", null, Responsibility.NONE,
                        null, false, false, null, null, RowLook.NONE));
            }
            Line first = categoryLines.get(0);
            categoryLines.set(0, withCategory(first, new CategoryCell(category.key(), category.name(),
                    category.declaredPoints(), category.actualPoints(), categoryLines.size(), authored)));
            lines.addAll(categoryLines);
            lines.add(new Line("subtotal", null, null, null, null, "", null, "", null, Responsibility.NONE, null,
                    false, false, null, category, RowLook.NONE));
        }
        return new TableLayout(lines, view.table().totalPoints());
    }

    private static List<Line> firstLevelGroup(FirstLevelIndicator l1, boolean firstInCategory, boolean lastInCategory,
                                              Looks looks, @Nullable Editing editing) {
        List<Line> group = new ArrayList<>();
        List<SecondLevelIndicator> second = l1.secondLevel();
        if (second.isEmpty()) {
            Severity severity = looks.severity().get(l1.id());
            group.add(new Line("row", null, null, l1.id(), l1.id(), "l1-only", null, "", null, Responsibility.NONE,
                    severity, true, true, null, null, looks.of(l1.id(), null, severity)));
        }
        for (int j = 0; j < second.size(); j++) {
            SecondLevelIndicator l2 = second.get(j);
            Severity severity = looks.severity().get(l2.id());
            group.add(new Line("row", null, null, l2.id(), l1.id(), "l2", l2.code(), l2.text(), l2.weight(),
                    l2.responsibility(), severity, j == 0, j == second.size() - 1, null, null,
                    looks.of(l2.id(), l1.id(), severity)));
        }
        int spanned = group.size();
        GroupCell cell = new GroupCell(l1.id(), l1.code(), l1.text(), l1.points(), l1.basis(), spanned, true,
                firstInCategory, lastInCategory, looks.firstLevelCell(l1.id(), !second.isEmpty()));
        group.set(0, withGroup(group.get(0), cell));
        if (editing != null && (editing.isFor("l1", l1.id()) || editing.isFor("new-l2", l1.id())
                || second.stream().anyMatch(l2 -> editing.isFor("l2", l2.id())))) {
            group.add(editorLine(editing));
        }
        return group;
    }

    private static List<Line> itemGroup(List<FirstLevelIndicator> items, Looks looks, @Nullable Editing editing) {
        List<Line> group = new ArrayList<>();
        boolean hasArea = !items.get(0).area().isEmpty();
        for (FirstLevelIndicator item : items) {
            Responsibility responsibility = item.responsibility() == null ? Responsibility.NONE : item.responsibility();
            Severity severity = looks.severity().get(item.id());
            group.add(new Line("row", null, null, item.id(), item.id(), "item", item.code(),
                    hasArea ? item.text() : "", item.points(), responsibility, severity, false, false,
                    null, null, looks.of(item.id(), null, severity)));
        }
        FirstLevelIndicator first = items.get(0);
        GroupCell cell = new GroupCell(null, null, hasArea ? first.area() : first.text(), null, List.of(),
                group.size(), false, false, false, RowLook.NONE);
        group.set(0, withGroup(group.get(0), cell));
        if (editing != null && items.stream().anyMatch(item -> editing.isFor("item", item.id()))) {
            group.add(editorLine(editing));
        }
        return group;
    }

    private static Line editorLine(Editing editing) {
        return new Line("editor", null, null, null, null, "", null, "", null, Responsibility.NONE, null, false, false,
                editing, null, RowLook.NONE);
    }

    private static Line withCategory(Line line, CategoryCell cell) {
        return new Line(line.kind(), cell, line.group(), line.rowId(), line.firstLevelId(), line.rowKind(),
                line.code(), line.text(), line.weight(), line.responsibility(), line.severity(), line.first(),
                line.last(), line.editor(), line.subtotal(), line.look());
    }

    private static Line withGroup(Line line, GroupCell cell) {
        return new Line(line.kind(), line.category(), cell, line.rowId(), line.firstLevelId(), line.rowKind(),
                line.code(), line.text(), line.weight(), line.responsibility(), line.severity(), line.first(),
                line.last(), line.editor(), line.subtotal(), line.look());
    }

    /** Works out rows' looks from the findings and, on the table page, the plan. */
    private record Looks(Map<UUID, Severity> severity, Map<UUID, String> codes, @Nullable PlanSheet plan,
                         boolean editable) {

        /** The look of row {@code rowId} (second-level rows under {@code parentId}) with the given worst finding. */
        RowLook of(@Nullable UUID rowId, @Nullable UUID parentId, @Nullable Severity worst) {
            boolean returned = plan != null && plan.isReturned(rowId);
            List<String> classes = new ArrayList<>(3);
            if (worst != null) {
                classes.add("has-" + worst.name().toLowerCase(Locale.ROOT));
            }
            if (returned) {
                classes.add("has-error returned");
            }
            if (plan != null && plan.isAdjusted(rowId)) {
                classes.add("adjusting");
            }
            String findings = rowId == null ? null : codes.get(rowId);
            return new RowLook(rowId == null ? null : "row-" + rowId,
                    classes.isEmpty() ? null : String.join(" ", classes),
                    returned ? plan.lastReturn().reason() : null,
                    findings == null || findings.isEmpty() ? null : findings,
                    rowId != null && mayEdit(rowId, parentId));
        }

        /**
         * The first-level cell's look: the row's anchor and marks are on the cell when it spans second-level
         * rows, on the row's own line when it has none ({@code own} false).
         */
        RowLook firstLevelCell(UUID firstLevelId, boolean own) {
            RowLook look = of(firstLevelId, null, severity.get(firstLevelId));
            return own ? look : new RowLook(null, null, null, null, look.editable());
        }

        private boolean mayEdit(UUID rowId, @Nullable UUID parentId) {
            return editable && (plan == null || plan.mayEdit(rowId, parentId));
        }
    }
}
