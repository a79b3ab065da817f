package org.jixiao.administration.cycles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.RuleSettings;
import org.jixiao.table.TableTemplate;
import org.jspecify.annotations.Nullable;

/**
 * The template editor's form as posted: one row per category (with its fixed items) and the rule
 * settings, every value as typed. Rows ticked 删除 and rows left blank are dropped, and categories
 * are put in the order of their 顺序 numbers, before the form is read ({@link TemplateFormReader}).
 */
public record TemplateForm(@Nullable List<@Valid CategoryRow> categories, @Valid @Nullable RulesRow rules) {

    /** Columns {@code target_category.name}, {@code fixed_item.code/area/text}, {@code lead_department}. */
    static final int MAX_NAME = 100;
    static final int MAX_CODE = 20;
    static final int MAX_TEXT = 4000;
    static final int MAX_SYNONYMS = 500;
    /** A number as typed: a position, points or a weight such as 100000.00. */
    static final int MAX_NUMBER = 9;
    /** A word list, one a line. */
    static final int MAX_WORDS = 4000;
    static final int MAX_CHOICE = 30;

    /** A category as typed; {@code key} is empty for a category added in this edit. */
    public record CategoryRow(@Size(max = MAX_CHOICE) @Nullable String key,
                              @Size(max = MAX_NAME, message = "{cycle.template.col.name}{field.tooLong}") @Nullable String name,
                              @Size(max = MAX_NAME, message = "{cycle.template.col.group}{field.tooLong}") @Nullable String group,
                              @Size(max = MAX_CHOICE, message = "{cycle.template.col.role}{field.tooLong}") @Nullable String role,
                              @Size(max = MAX_NUMBER, message = "{cycle.template.col.points}{field.tooLong}") @Nullable String points,
                              @Size(max = MAX_NUMBER, message = "{cycle.template.col.codeNumber}{field.tooLong}") @Nullable String codeNumber,
                              @Size(max = MAX_NAME, message = "{cycle.template.col.lead}{field.tooLong}") @Nullable String leadDepartment,
                              @Size(max = MAX_NUMBER, message = "{cycle.template.col.position}{field.tooLong}") @Nullable String position,
                              @Nullable Boolean remove,
                              @Nullable List<@Valid ItemRow> items,
                              @Size(max = MAX_SYNONYMS, message = "{cycle.template.col.synonyms}{field.tooLong}") @Nullable String synonyms) {

        public List<ItemRow> itemRows() {
            return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
        }

        boolean blank() {
            return isBlank(name) && isBlank(points) && itemRows().stream().allMatch(ItemRow::blank);
        }
    }

    /** A fixed item as typed. */
    public record ItemRow(@Size(max = MAX_CODE, message = "{cycle.template.item.code}{field.tooLong}") @Nullable String code,
                          @Size(max = MAX_NAME, message = "{cycle.template.item.area}{field.tooLong}") @Nullable String area,
                          @Size(max = MAX_TEXT, message = "{cycle.template.item.text}{field.tooLong}") @Nullable String text,
                          @Size(max = MAX_NUMBER, message = "{cycle.template.item.weight}{field.tooLong}") @Nullable String weight,
                          @Size(max = MAX_NAME, message = "{cycle.template.col.lead}{field.tooLong}") @Nullable String leadDepartment,
                          @Nullable Boolean remove) {

        boolean blank() {
            return isBlank(code) && isBlank(text) && isBlank(weight);
        }
    }

    /** The rule settings as typed; keyword lists one word a line. */
    public record RulesRow(@Size(max = MAX_NUMBER, message = "{cycle.template.rules.totalPoints}{field.tooLong}") @Nullable String totalPoints,
                           @Size(max = MAX_NUMBER, message = "{cycle.template.rules.minFunctionalFirstLevel}{field.tooLong}") @Nullable String minFunctionalFirstLevel,
                           @Nullable Boolean capFunctionalAtLastYear,
                           @Size(max = MAX_NUMBER, message = "{cycle.template.rules.dynamicMaxPoints}{field.tooLong}") @Nullable String dynamicMaxPoints,
                           @Size(max = MAX_NUMBER, message = "{cycle.template.rules.dynamicMinItems}{field.tooLong}") @Nullable String dynamicMinItems,
                           @Size(max = MAX_NUMBER, message = "{cycle.template.rules.dynamicSingleItemPoints}{field.tooLong}") @Nullable String dynamicSingleItemPoints,
                           @Size(max = MAX_WORDS, message = "{cycle.template.rules.administrativeKeywords}{field.tooLong}") @Nullable String administrativeKeywords,
                           @Size(max = MAX_WORDS, message = "{cycle.template.rules.mediaKeywords}{field.tooLong}") @Nullable String mediaKeywords,
                           @Size(max = MAX_WORDS, message = "{cycle.template.rules.mediaLevels}{field.tooLong}") @Nullable String mediaLevels) {
    }

    /** The form filled from a stored template. */
    static TemplateForm of(TableTemplate template) {
        List<CategoryRow> rows = new ArrayList<>();
        List<CategoryTemplate> categories = template.categories();
        for (int i = 0; i < categories.size(); i++) {
            CategoryTemplate c = categories.get(i);
            rows.add(new CategoryRow(c.key(), c.name(), c.group(), c.role().name(), text(c.points()),
                    text(c.codeNumber()), c.leadDepartment(), Integer.toString(i + 1), false,
                    c.fixedItems().stream().map(TemplateForm::item).toList(), String.join("、", c.synonyms())));
        }
        RuleSettings r = template.rules();
        return new TemplateForm(rows, new RulesRow(r.totalPoints().toString(),
                Integer.toString(r.minFunctionalFirstLevel()), r.capFunctionalAtLastYear(),
                r.dynamicMaxPoints().toString(), Integer.toString(r.dynamicMinItems()),
                r.dynamicSingleItemPoints().toString(), lines(r.administrativeKeywords()), lines(r.mediaKeywords()),
                lines(r.mediaLevels())));
    }

    private static ItemRow item(FixedItemTemplate item) {
        return new ItemRow(item.code().value(), item.area(), item.text(), item.weight().toString(),
                item.leadDepartment(), false);
    }

    public List<CategoryRow> categoryRows() {
        return categories == null ? List.of() : categories.stream().filter(Objects::nonNull).toList();
    }

    public RulesRow rulesRow() {
        return rules == null ? new RulesRow("", "", false, "", "", "", "", "", "") : rules;
    }

    /**
     * The rows to read or show again: rows ticked 删除 dropped, categories in the order of their 顺序
     * numbers (rows without one keep their place), renumbered 1, 2, 3 …. Blank rows stay, so that a
     * row just added can be filled in; the reader skips them.
     */
    TemplateForm normalized() {
        List<CategoryRow> kept = new ArrayList<>();
        List<Double> order = new ArrayList<>();
        List<CategoryRow> rows = categoryRows();
        for (int i = 0; i < rows.size(); i++) {
            CategoryRow row = rows.get(i);
            if (Boolean.TRUE.equals(row.remove())) {
                continue;
            }
            kept.add(row);
            order.add(order(row.position(), i));
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            indices.add(i);
        }
        indices.sort(Comparator.comparing(order::get));
        List<CategoryRow> numbered = new ArrayList<>();
        for (int i = 0; i < indices.size(); i++) {
            CategoryRow row = kept.get(indices.get(i));
            List<ItemRow> items = row.itemRows().stream().filter(item -> !Boolean.TRUE.equals(item.remove())).toList();
            numbered.add(new CategoryRow(row.key(), row.name(), row.group(), row.role(), row.points(),
                    row.codeNumber(), row.leadDepartment(), Integer.toString(i + 1), false, items, row.synonyms()));
        }
        return new TemplateForm(numbered, rulesRow());
    }

    /** The form with one more, empty category at the end. */
    TemplateForm withNewCategory() {
        List<CategoryRow> rows = new ArrayList<>(normalized().categoryRows());
        rows.add(new CategoryRow("", "", "", "OTHER", "", "", "", Integer.toString(rows.size() + 1), false,
                List.of(blankItem()), ""));
        return new TemplateForm(rows, rulesRow());
    }

    /** The form with one more, empty fixed item in the {@code index}th category (as posted). */
    TemplateForm withNewItem(int index) {
        List<CategoryRow> rows = new ArrayList<>(categoryRows());
        if (index >= 0 && index < rows.size()) {
            CategoryRow row = rows.get(index);
            List<ItemRow> items = new ArrayList<>(row.itemRows());
            items.add(blankItem());
            rows.set(index, new CategoryRow(row.key(), row.name(), row.group(), row.role(), row.points(),
                    row.codeNumber(), row.leadDepartment(), row.position(), row.remove(), items, row.synonyms()));
        }
        return new TemplateForm(rows, rulesRow()).normalized();
    }

    private static ItemRow blankItem() {
        return new ItemRow("", "", "", "", "", false);
    }

    private static double order(@Nullable String position, int index) {
        try {
            return position == null || position.isBlank() ? index + 1 : Double.parseDouble(position.strip());
        } catch (NumberFormatException e) {
            return index + 1;
        }
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static String lines(List<String> words) {
        return String.join("\n", words);
    }
}
