package org.jixiao.table;

import java.util.List;
import java.util.Optional;

/**
 * 考评表模板 — the categories, fixed items and rule settings an assessment cycle gives every unit.
 *
 * @param year       the assessment year (deadlines must fall within it)
 * @param categories in table order
 * @param rules      thresholds and keyword lists for the rule checks
 */
public record TableTemplate(int year, List<CategoryTemplate> categories, RuleSettings rules) {

    public TableTemplate {
        categories = List.copyOf(categories);
        if (categories.stream().map(CategoryTemplate::key).distinct().count() != categories.size()) {
            throw new IllegalArgumentException("考评项目标识重复");
        }
    }

    public Optional<CategoryTemplate> category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<CategoryTemplate> categoryWithRole(CategoryRole role) {
        return categories.stream().filter(c -> c.role() == role).findFirst();
    }
}
