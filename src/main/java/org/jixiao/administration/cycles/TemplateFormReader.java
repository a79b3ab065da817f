package org.jixiao.administration.cycles;

import java.math.BigDecimal;
import org.jixiao.web.DecimalText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.RuleSettings;
import org.jixiao.table.TableTemplate;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link TemplateForm} (already {@linkplain TemplateForm#normalized() normalized}, so that
 * error keys match the rows shown) into a template: every value that does not read gets a Chinese
 * message beside its field, then the whole template is checked by {@link TemplateValidation}.
 */
final class TemplateFormReader {

    private final Map<String, String> errors = new LinkedHashMap<>();

    private TemplateFormReader() {
    }

    static Parsed<TableTemplate> read(TemplateForm form, int year) {
        return new TemplateFormReader().template(form, year);
    }

    private Parsed<TableTemplate> template(TemplateForm form, int year) {
        List<CategoryTemplate> categories = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        form.categoryRows().forEach(row -> keys.add(blankToEmpty(row.key())));
        List<TemplateForm.CategoryRow> rows = form.categoryRows();
        for (int i = 0; i < rows.size(); i++) {
            TemplateForm.CategoryRow row = rows.get(i);
            if (!row.blank()) {
                CategoryTemplate category = category(row, "categories[" + i + "]", keys);
                if (category != null) {
                    categories.add(category);
                }
            }
        }
        RuleSettings rules = rules(form.rulesRow());
        if (!errors.isEmpty() || rules == null) {
            return new Parsed<>(null, errors);
        }
        TableTemplate template;
        try {
            template = new TableTemplate(year, categories, rules);
        } catch (IllegalArgumentException e) {
            errors.put("categories", String.valueOf(e.getMessage()));
            return new Parsed<>(null, errors);
        }
        Map<String, String> problems = TemplateValidation.problems(template);
        return problems.isEmpty() ? new Parsed<>(template, Map.of()) : new Parsed<>(null, problems);
    }

    private @Nullable CategoryTemplate category(TemplateForm.CategoryRow row, String field, Set<String> keys) {
        int before = errors.size();
        String name = required(row.name(), field + ".name", "请填写考评项目名称");
        CategoryRole role = role(row.role(), field + ".role");
        Points points = points(row.points(), field + ".points", false);
        Integer codeNumber = whole(row.codeNumber(), field + ".codeNumber", 1, 999, false);
        List<FixedItemTemplate> items = new ArrayList<>();
        List<TemplateForm.ItemRow> rows = row.itemRows();
        for (int j = 0; j < rows.size(); j++) {
            if (!rows.get(j).blank()) {
                FixedItemTemplate item = item(rows.get(j), field + ".items[" + j + "]");
                if (item != null) {
                    items.add(item);
                }
            }
        }
        if (errors.size() > before || role == null) {
            return null;
        }
        String key = blankToEmpty(row.key());
        if (key.isEmpty()) {
            key = newKey(keys);
        }
        List<String> synonyms = row.synonyms() == null ? List.of()
                : List.of(row.synonyms().split("[、,，;；\\s]+"));
        return new CategoryTemplate(key, name, row.group(), role, points, items, codeNumber, row.leadDepartment(),
                synonyms);
    }

    private @Nullable FixedItemTemplate item(TemplateForm.ItemRow row, String field) {
        int before = errors.size();
        String code = required(row.code(), field + ".code", "请填写序号，如 4-1");
        if (!code.isEmpty() && !IndicatorCode.isValid(code)) {
            errors.put(field + ".code", "序号“" + code + "”格式不正确，应为数字加短横线，如 4-1");
        }
        String text = required(row.text(), field + ".text", "请填写固定指标内容");
        Points weight = points(row.weight(), field + ".weight", true);
        if (errors.size() > before || weight == null) {
            return null;
        }
        return new FixedItemTemplate(new IndicatorCode(code), row.area(), text, weight, row.leadDepartment());
    }

    private @Nullable RuleSettings rules(TemplateForm.RulesRow row) {
        int before = errors.size();
        Points total = points(row.totalPoints(), "rules.totalPoints", true);
        if (total != null && total.isZero()) {
            errors.put("rules.totalPoints", "总分必须大于 0");
        }
        Integer minimum = whole(row.minFunctionalFirstLevel(), "rules.minFunctionalFirstLevel", 0, 999, true);
        Points dynamicMax = points(row.dynamicMaxPoints(), "rules.dynamicMaxPoints", true);
        Integer dynamicMinItems = whole(row.dynamicMinItems(), "rules.dynamicMinItems", 0, 999, true);
        Points dynamicSingle = points(row.dynamicSingleItemPoints(), "rules.dynamicSingleItemPoints", true);
        if (errors.size() > before || total == null || minimum == null || dynamicMax == null
                || dynamicMinItems == null || dynamicSingle == null) {
            return null;
        }
        return new RuleSettings(minimum, Boolean.TRUE.equals(row.capFunctionalAtLastYear()), dynamicMax,
                dynamicMinItems, dynamicSingle, words(row.administrativeKeywords()), words(row.mediaKeywords()),
                words(row.mediaLevels()), total);
    }

    private String required(@Nullable String value, String field, String message) {
        if (value == null || value.isBlank()) {
            errors.put(field, message);
            return "";
        }
        return value.strip();
    }

    private @Nullable CategoryRole role(@Nullable String value, String field) {
        try {
            return CategoryRole.valueOf(blankToEmpty(value));
        } catch (IllegalArgumentException e) {
            errors.put(field, "请选择项目类别");
            return null;
        }
    }

    private @Nullable Points points(@Nullable String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "请填写分值，如 4 或 1.5");
            }
            return null;
        }
        try {
            return new Points(DecimalText.parse(value));
        } catch (NumberFormatException e) {
            errors.put(field, "“" + value.strip() + "”不是数字，请填写如 4 或 1.5 的分值");
        } catch (IllegalArgumentException e) {
            errors.put(field, String.valueOf(e.getMessage()));
        }
        return null;
    }

    private @Nullable Integer whole(@Nullable String value, String field, int min, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "请填写 " + min + " 至 " + max + " 之间的整数");
            }
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, "“" + value.strip() + "”不是 " + min + " 至 " + max + " 之间的整数");
        return null;
    }

    /** One word a line; blank lines and surrounding spaces ignored, repeats kept once. */
    static List<String> words(@Nullable String value) {
        return value == null ? List.of() : value.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String newKey(Set<String> keys) {
        int n = 1;
        while (keys.contains("category-" + n)) {
            n++;
        }
        String key = "category-" + n;
        keys.add(key);
        return key;
    }

    private static String blankToEmpty(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
