package org.jixiao.exchange;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.Location;
import org.jixiao.table.Points;
import org.jixiao.table.RuleSettings;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableChecker;
import org.jixiao.table.TableTemplate;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;

/**
 * Builds the table from the drafts, maps its categories to the template's (or derives a template
 * from the file), and runs the rule checks.
 *
 * <p>Declared points: a category label's points are that category's — except that where the file
 * also labels 职能工作目标 with the same points and has more than one 职能 category, the label was
 * merged across the whole heading (002 writes "重点工作目标（75分）" over 常规 too), so the points are
 * the heading's, checked against the sum of its categories.
 */
final class TableBuilder {

    private static final Map<String, String> STANDARD_KEYS = Map.of(
            "重点工作目标", StandardTemplates.KEY_WORK, "常规工作目标", StandardTemplates.ROUTINE_WORK,
            "动态工作目标", StandardTemplates.DYNAMIC_WORK, "行政能力目标", StandardTemplates.ADMINISTRATIVE_CAPACITY,
            "精神文明", StandardTemplates.CIVILITY, "平安建设", StandardTemplates.PUBLIC_SAFETY,
            "安全生产", StandardTemplates.WORK_SAFETY, "消防安全", StandardTemplates.FIRE_SAFETY);

    private final ImportTarget target;
    private final TableAssembler assembler;
    private final Preamble preamble;
    private final @Nullable Points declaredTotal;
    private final List<ImportNote> notes = new ArrayList<>();

    TableBuilder(ImportTarget target, TableAssembler assembler, Preamble preamble, @Nullable Points declaredTotal,
                 List<ImportNote> readerNotes) {
        this.notes.addAll(readerNotes);
        this.target = target;
        this.assembler = assembler;
        this.preamble = preamble;
        this.declaredTotal = declaredTotal;
    }

    ImportResult build(List<SkippedRow> skipped) {
        List<TableDraft.Category> drafts = new ArrayList<>(assembler.categories());
        drafts.sort(Comparator.comparingInt(d -> d.role.ordinal()));
        List<ImportReport.GroupPoints> groups = functionalGroup(drafts);
        TableTemplate template = target.template() != null ? target.template() : derivedTemplate(drafts);
        List<TableCategory> categories = target.template() != null ? mapped(drafts, template) : derived(drafts, template);
        TargetTable table = new TargetTable(UUID.randomUUID(), target.cycleId(), target.unitId(),
                preamble.unitName(), template.year(), categories);
        Map<UUID, SourceRow> sources = assembler.sources();
        notes.addAll(assembler.notes());
        for (Finding finding : TableChecker.standard().check(new TableCheck(table, template, target.lastYear()))) {
            UUID rowId = finding.location().rowId();
            notes.add(new ImportNote(finding, rowId == null ? null : sources.get(rowId)));
        }
        ImportReport report = new ImportReport(preamble.unitName(), preamble.year(), groups, notes, skipped, sources);
        return new ImportResult.Imported(table, template, report);
    }

    private List<ImportReport.GroupPoints> functionalGroup(List<TableDraft.Category> drafts) {
        Points declared = assembler.groupDeclared();
        if (declared == null) {
            return List.of();
        }
        List<TableDraft.Category> functional = drafts.stream().filter(d -> d.role.isFunctional()).toList();
        if (functional.size() > 1) {
            functional.stream().filter(d -> d.declared != null && d.declared.compareTo(declared) == 0)
                    .forEach(d -> d.declared = null);
        }
        Points actual = Points.sum(functional.stream().map(TableDraft.Category::actualPoints).toList());
        if (actual.compareTo(declared) != 0) {
            notes.add(new ImportNote(Finding.error(ImportNote.GROUP_POINTS_DIFFER,
                    new Location(CategoryLabel.FUNCTIONAL_GROUP, "", null), "职能工作目标标明 " + declared
                            + " 分，其下各项目合计 " + actual + " 分，相差 " + declared.minus(actual)
                            + " 分，请调整指标分值"), null));
        }
        return List.of(new ImportReport.GroupPoints(CategoryLabel.FUNCTIONAL_GROUP, declared, actual));
    }

    /** The file's own categories, points and fixed items, so that it is checked against what it says itself. */
    private TableTemplate derivedTemplate(List<TableDraft.Category> drafts) {
        List<CategoryTemplate> categories = new ArrayList<>();
        int other = 0;
        for (TableDraft.Category draft : drafts) {
            String key = STANDARD_KEYS.getOrDefault(draft.name, "other-" + (++other));
            List<FixedItemTemplate> fixed = draft.holdsItems() ? fixedItems(draft) : List.of();
            categories.add(new CategoryTemplate(key, draft.name,
                    draft.role.isFunctional() ? StandardTemplates.FUNCTIONAL_GROUP : "", draft.role, draft.declared,
                    fixed));
        }
        RuleSettings rules = declaredTotal == null ? RuleSettings.defaults()
                : RuleSettings.defaults().withTotalPoints(declaredTotal);
        int year = preamble.year() > 0 ? preamble.year() : Year.now().getValue();
        return new TableTemplate(year, categories, rules);
    }

    private static List<FixedItemTemplate> fixedItems(TableDraft.Category draft) {
        return draft.firstLevel.stream()
                .filter(item -> item.code != null && !item.text.isBlank() && item.points != null)
                .map(item -> new FixedItemTemplate(item.code, item.area, item.text, item.points))
                .toList();
    }

    private static List<TableCategory> derived(List<TableDraft.Category> drafts, TableTemplate template) {
        List<TableCategory> categories = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            TableDraft.Category draft = drafts.get(i);
            categories.add(new TableCategory(template.categories().get(i).key(), draft.name, draft.role,
                    draft.declared, firstLevel(draft)));
        }
        return categories;
    }

    /** The template's categories in its order, each with what the file has for it; the file's others after. */
    private List<TableCategory> mapped(List<TableDraft.Category> drafts, TableTemplate template) {
        Map<String, TableDraft.Category> byKey = new HashMap<>();
        List<TableDraft.Category> unmatched = new ArrayList<>();
        for (TableDraft.Category draft : drafts) {
            Optional<CategoryTemplate> match = match(draft, template);
            if (match.isPresent() && !byKey.containsKey(match.get().key())) {
                byKey.put(match.get().key(), draft);
            } else {
                unmatched.add(draft);
            }
        }
        List<TableCategory> categories = new ArrayList<>();
        for (CategoryTemplate category : template.categories()) {
            TableDraft.Category draft = byKey.get(category.key());
            categories.add(draft == null ? TableCategory.empty(category)
                    : new TableCategory(category.key(), category.name(), category.role(),
                    draft.declared != null ? draft.declared : category.points(), firstLevel(draft)));
        }
        int n = 0;
        for (TableDraft.Category draft : unmatched) {
            categories.add(new TableCategory("imported-" + (++n), draft.name, draft.role, draft.declared,
                    firstLevel(draft)));
            notes.add(new ImportNote(Finding.warning(ImportNote.CATEGORY_NOT_IN_TEMPLATE,
                    new Location(draft.name, "", null), "本周期模板中没有“" + draft.name
                            + "”，该项目按文件导入，请核对是否应归入模板中的项目"), null));
        }
        return categories;
    }

    private static Optional<CategoryTemplate> match(TableDraft.Category draft, TableTemplate template) {
        if (draft.role != CategoryRole.OTHER) {
            Optional<CategoryTemplate> byRole = template.categoryWithRole(draft.role);
            if (byRole.isPresent()) {
                return byRole;
            }
        }
        String name = CellText.compact(draft.name);
        return template.categories().stream()
                .filter(c -> {
                    String candidate = CellText.compact(c.name());
                    return candidate.contains(name) || name.contains(candidate);
                })
                .findFirst();
    }

    private static List<FirstLevelIndicator> firstLevel(TableDraft.Category draft) {
        return draft.firstLevel.stream().map(TableDraft.FirstLevel::build).toList();
    }
}
