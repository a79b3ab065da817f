package org.jixiao.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.Finding;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Location;
import org.jixiao.table.Points;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.jspecify.annotations.Nullable;

/**
 * Places data rows into categories and indicators: the category from labels and code prefixes
 * together, second-level rows under their first level by code prefix, rows without a code under
 * the first level they continue. Nothing is guessed: what does not fit is reported.
 */
final class TableAssembler {

    /** What became of a row. */
    enum Outcome { INDICATOR, LABEL_ONLY, CODE_WITHOUT_CONTENT, NOTED }

    private final Map<String, TableDraft.Category> categories = new LinkedHashMap<>();
    private final Map<Integer, TableDraft.Category> byLeadingNumber = new HashMap<>();
    /** Leading numbers whose category a label on one of their rows has named; the others are inferred. */
    private final java.util.Set<Integer> confirmed = new java.util.HashSet<>();
    private final Map<Integer, ImportNote> assumedNotes = new HashMap<>();
    private final java.util.Set<String> subAreas;
    private boolean labelPending;
    private final List<ImportNote> notes = new ArrayList<>();
    private final Map<UUID, SourceRow> sources = new HashMap<>();
    private TableDraft.@Nullable Category current;
    private TableDraft.@Nullable FirstLevel currentFirstLevel;
    private String area = "";
    private @Nullable Points groupDeclared;

    /** {@code subAreas}: the sub-area names of 行政能力 (从严治党, 依法行政 …) a 项目 cell may hold. */
    TableAssembler(java.util.Set<String> subAreas) {
        this.subAreas = subAreas;
    }

    Outcome add(SourceRow row, RowFields fields) {
        applyLabels(row, fields.labels());
        boolean subArea = false;
        for (String other : fields.otherLabels()) {
            area = CellText.joinedHan(CellText.withoutPoints(other));
            subArea |= subAreas.contains(area);
        }
        if (subArea && (current == null || current.role != CategoryRole.ADMINISTRATIVE_CAPACITY)) {
            // A sub-area of 行政能力 in the 项目 column: the row is 行政能力's whatever label came before.
            String keep = area;
            applyLabels(row, List.of(new CategoryLabel(administrativeName(), CategoryRole.ADMINISTRATIVE_CAPACITY, null)));
            area = keep;
        }
        boolean labelledRow = subArea || fields.labels().stream().anyMatch(label -> !label.isGroup());
        if (fields.code() != null && fields.hasContent() && current != null && (labelledRow || labelPending)) {
            confirm(fields.code().leadingNumber(), current);
        }
        if (fields.code() != null && fields.hasContent()) {
            labelPending = false;
        } else if (labelledRow) {
            labelPending = true;
        }
        if (fields.code() != null && !fields.hasContent()) {
            return Outcome.CODE_WITHOUT_CONTENT;
        }
        if (!fields.hasContent()) {
            if (fields.hasResponsibility()) {
                return note(row, "第" + row.number() + "行只有完成时限或责任人等信息，没有指标内容和权重，未导入；请核对原表该行");
            }
            return Outcome.LABEL_ONLY;
        }
        TableDraft.Category category = categoryFor(row, fields.code(), labelledRow);
        if (category.holdsItems()) {
            return item(row, category, fields);
        }
        if (fields.code() != null && fields.code().depth() <= 2) {
            return firstLevelRow(row, category, fields);
        }
        if (fields.code() != null) {
            return secondLevelRow(row, category, fields);
        }
        return uncodedRow(row, category, fields);
    }

    /** A 小计/合计 row may still name the category that follows ("行政能力目标 (20分) 小计 70"). */
    void applyLabelsOnly(SourceRow row, RowFields fields) {
        applyLabels(row, fields.labels());
    }

    private void applyLabels(SourceRow row, List<CategoryLabel> labels) {
        for (CategoryLabel label : labels) {
            if (label.isGroup()) {
                if (label.points() != null) {
                    groupDeclared = groupDeclared == null ? label.points() : groupDeclared;
                }
                continue;
            }
            TableDraft.Category category = category(label.name(), label.role());
            if (category != current) {
                current = category;
                currentFirstLevel = null;
                area = "";
            }
            if (label.points() != null) {
                if (category.declared == null) {
                    category.declared = label.points();
                } else if (category.declared.compareTo(label.points()) != 0) {
                    notes.add(new ImportNote(Finding.warning(ImportNote.DECLARED_POINTS_CONFLICT,
                            new Location(category.name, "", null), category.name + "在第" + row.number() + "行标为 "
                                    + label.points() + " 分，此前标为 " + category.declared + " 分；按 "
                                    + category.declared + " 分导入，请核对"), row));
                }
            }
        }
    }

    private String administrativeName() {
        return categories.values().stream().filter(c -> c.role == CategoryRole.ADMINISTRATIVE_CAPACITY)
                .map(c -> c.name).findFirst().orElse("行政能力目标");
    }

    /**
     * A label names the category of the rows whose codes start with {@code number}, wherever in their
     * block it stands: rows of that number placed before it by inference (a label centred in its merged
     * cell, or written at the block's end) move to it, and the assumption noted for them is withdrawn.
     */
    private void confirm(int number, TableDraft.Category category) {
        if (confirmed.contains(number)) {
            return;
        }
        TableDraft.Category inferred = byLeadingNumber.get(number);
        if (inferred != null && inferred != category) {
            List<TableDraft.FirstLevel> moved = inferred.firstLevel.stream()
                    .filter(l1 -> l1.code != null && l1.code.leadingNumber() == number).toList();
            inferred.firstLevel.removeAll(moved);
            boolean earlier = category.firstLevel.stream()
                    .anyMatch(l1 -> l1.code != null && l1.code.leadingNumber() < number);
            category.firstLevel.addAll(earlier ? category.firstLevel.size() : 0, moved);
        }
        ImportNote assumed = assumedNotes.remove(number);
        if (assumed != null && (inferred == category || inferred == null || inferred.firstLevel.isEmpty())) {
            notes.remove(assumed);
            if (inferred != null && inferred != category && inferred.firstLevel.isEmpty() && inferred.declared == null) {
                categories.values().remove(inferred);
            }
        }
        byLeadingNumber.put(number, category);
        confirmed.add(number);
    }

    private TableDraft.Category category(String name, CategoryRole role) {
        return categories.computeIfAbsent(name, n -> new TableDraft.Category(n, role));
    }

    private TableDraft.Category categoryFor(SourceRow row, @Nullable IndicatorCode code, boolean labelled) {
        if (code != null) {
            int number = code.leadingNumber();
            if (!labelled && byLeadingNumber.containsKey(number) && byLeadingNumber.get(number) != current) {
                switchTo(byLeadingNumber.get(number));
            }
            if (current == null) {
                assume(row, number, number == 2 ? "常规工作目标" : number == 3 ? "动态工作目标" : "重点工作目标");
            }
            byLeadingNumber.putIfAbsent(number, current);
        } else if (current == null) {
            assume(row, -1, "重点工作目标");
        }
        return current;
    }

    private void switchTo(TableDraft.Category category) {
        current = category;
        currentFirstLevel = null;
    }

    private void assume(SourceRow row, int number, String name) {
        CategoryRole role = switch (name) {
            case "常规工作目标" -> CategoryRole.ROUTINE_WORK;
            case "动态工作目标" -> CategoryRole.DYNAMIC_WORK;
            default -> CategoryRole.KEY_WORK;
        };
        switchTo(category(name, role));
        ImportNote note = new ImportNote(Finding.warning(ImportNote.CATEGORY_ASSUMED, new Location(name, "", null),
                "第" + row.number() + "行之前没有项目名称，按序号归入" + name + "，请核对"), row);
        notes.add(note);
        assumedNotes.put(number, note);
    }

    private Outcome item(SourceRow row, TableDraft.Category category, RowFields fields) {
        RowFields.Texts t = fields.text();
        String text = firstNonBlank(t.firstLevel(), t.secondLevel(), t.basis());
        TableDraft.FirstLevel item = new TableDraft.FirstLevel(fields.code(), text);
        item.area = area;
        item.points = weight(row, category, fields).orElse(null);
        item.itemResponsibility = Names.responsibility(fields);
        category.firstLevel.add(item);
        sources.put(item.id, row);
        currentFirstLevel = null;
        if (item.points == null) {
            notes.add(new ImportNote(Finding.error(ImportNote.ITEM_WITHOUT_POINTS,
                    new Location(category.name, code(fields), item.id), category.name + "第" + row.number()
                            + "行的指标没有权重，请填写"), row));
        }
        return Outcome.INDICATOR;
    }

    private Outcome firstLevelRow(SourceRow row, TableDraft.Category category, RowFields fields) {
        RowFields.Texts t = fields.text();
        String text = t.firstLevel().isBlank() ? t.secondLevel() : t.firstLevel();
        TableDraft.FirstLevel l1 = newFirstLevel(row, category, fields.code(), text, t.basis());
        Optional<Points> weight = weight(row, category, fields);
        if (l1.points == null && t.firstLevel().isBlank() && weight.isPresent()) {
            l1.points = weight.get();
        }
        if (!t.secondLevel().isBlank() || weight.isPresent()) {
            addSecondLevel(row, l1, null, t.secondLevel(), weight, fields);
        }
        return Outcome.INDICATOR;
    }

    private Outcome secondLevelRow(SourceRow row, TableDraft.Category category, RowFields fields) {
        IndicatorCode code = fields.code();
        List<Integer> parts = code.parts();
        IndicatorCode parentCode = new IndicatorCode(parts.get(0) + "-" + parts.get(1));
        RowFields.Texts t = fields.text();
        TableDraft.FirstLevel parent = category.withCode(parentCode);
        if (parent != null && t.secondLevel().isBlank() && !t.firstLevel().isBlank() && !parent.text.isEmpty()
                && !same(parent.text, l1Text(t.firstLevel()))) {
            // A second-level row whose only text is not its first level's: extraction moved it left.
            t = new RowFields.Texts(t.basis(), "", t.firstLevel());
        }
        if (parent == null) {
            parent = newFirstLevel(row, category, parentCode, t.firstLevel(), t.basis());
        } else {
            fillFirstLevel(row, category, parent, t.firstLevel(), t.basis());
            currentFirstLevel = parent;
        }
        addSecondLevel(row, parent, code, t.secondLevel(), weight(row, category, fields), fields);
        return Outcome.INDICATOR;
    }

    private Outcome uncodedRow(SourceRow row, TableDraft.Category category, RowFields fields) {
        RowFields.Texts t = fields.text();
        boolean continues = currentFirstLevel != null && (t.firstLevel().isBlank()
                || same(currentFirstLevel.text, l1Text(t.firstLevel())));
        TableDraft.FirstLevel l1;
        if (continues) {
            l1 = currentFirstLevel;
            l1.addBasis(t.basis());
        } else if (!t.firstLevel().isBlank()) {
            l1 = newFirstLevel(row, category, null, t.firstLevel(), t.basis());
        } else {
            return note(row, "第" + row.number() + "行没有序号，也不属于任何一级指标，未导入；请在原表中补上序号或一级指标");
        }
        Optional<Points> weight = weight(row, category, fields);
        if (!t.secondLevel().isBlank() || weight.isPresent()) {
            addSecondLevel(row, l1, null, t.secondLevel(), weight, fields);
        } else if (continues && t.basis().isBlank()) {
            return note(row, "第" + row.number() + "行没有二级指标内容和权重，未导入；请核对原表该行");
        }
        return Outcome.INDICATOR;
    }

    private TableDraft.FirstLevel newFirstLevel(SourceRow row, TableDraft.Category category,
                                                @Nullable IndicatorCode code, String text, String basis) {
        TableDraft.FirstLevel l1 = new TableDraft.FirstLevel(code, "");
        fillFirstLevel(row, category, l1, text, basis);
        category.firstLevel.add(l1);
        sources.put(l1.id, row);
        currentFirstLevel = l1;
        return l1;
    }

    private void fillFirstLevel(SourceRow row, TableDraft.Category category, TableDraft.FirstLevel l1,
                                String text, String basis) {
        l1.addBasis(basis);
        if (text.isBlank()) {
            return;
        }
        String stripped = l1Text(text);
        if (l1.text.isEmpty()) {
            l1.text = stripped;
            l1.points = CellText.points(text).orElse(null);
        } else if (!same(l1.text, stripped)) {
            notes.add(new ImportNote(Finding.warning(ImportNote.FIRST_LEVEL_TEXT_CONFLICT,
                    new Location(category.name, l1.code == null ? "" : l1.code.value(), l1.id),
                    "第" + row.number() + "行给一级指标 " + (l1.code == null ? "" : l1.code) + " 写了另一段内容“"
                            + abbreviated(stripped) + "”，未采用；请核对原表"), row));
        }
    }

    private void addSecondLevel(SourceRow row, TableDraft.FirstLevel l1, @Nullable IndicatorCode code, String text,
                                Optional<Points> weight, RowFields fields) {
        Responsibility responsibility = Names.responsibility(fields);
        SecondLevelIndicator l2 = SecondLevelIndicator.create(code, text, weight.orElse(null), responsibility);
        l1.secondLevel.add(l2);
        sources.put(l2.id(), row);
    }

    private Optional<Points> weight(SourceRow row, TableDraft.Category category, RowFields fields) {
        if (fields.weight().isBlank()) {
            return Optional.empty();
        }
        Optional<Points> weight = CellText.number(fields.weight());
        if (weight.isEmpty()) {
            notes.add(new ImportNote(Finding.error(ImportNote.WEIGHT_UNREADABLE, new Location(category.name,
                    code(fields), null), "第" + row.number() + "行的权重“" + fields.weight()
                    + "”不是数字，请改为如 1.5 这样的数"), row));
        }
        return weight;
    }

    private Outcome note(SourceRow row, String message) {
        notes.add(new ImportNote(Finding.warning(ImportNote.ROW_NOT_PLACED,
                new Location(current == null ? "" : current.name, "", null), message), row));
        return Outcome.NOTED;
    }

    private static String code(RowFields fields) {
        return fields.code() == null ? "" : fields.code().value();
    }

    /** A first level's text without its points and without its code written again before it ("1-1 推进…"). */
    private static String l1Text(String text) {
        return CellText.withoutTrailingPoints(text).replaceFirst("^\\d{1,2}(-\\d{1,3})+[\\s、.．]+", "");
    }

    private static boolean same(String a, String b) {
        return CellText.compact(a).equals(CellText.compact(b));
    }

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (!text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }

    private static String abbreviated(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    List<TableDraft.Category> categories() {
        return List.copyOf(categories.values());
    }

    List<ImportNote> notes() {
        return notes;
    }

    Map<UUID, SourceRow> sources() {
        return sources;
    }

    @Nullable Points groupDeclared() {
        return groupDeclared;
    }
}
