package org.jixiao.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

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
        if (rules == null) {
            throw new IllegalArgumentException("考评表模板需要审核规则");
        }
    }

    public Optional<CategoryTemplate> category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<CategoryTemplate> categoryWithRole(CategoryRole role) {
        return categories.stream().filter(c -> c.role() == role).findFirst();
    }

    /** The same template for another year, e.g. last year's as the start of this year's. */
    public TableTemplate forYear(int newYear) {
        return new TableTemplate(newYear, categories, rules);
    }

    /**
     * The template on another scale: every category's points, fixed weight and points threshold
     * multiplied by {@code total} ÷ the current total (100 → 1000 multiplies by 10).
     *
     * @throws IllegalArgumentException where a scaled value would need more than two decimals
     */
    public TableTemplate scaledTo(Points total) {
        if (total.isZero()) {
            throw new IllegalArgumentException("考评表总分必须大于 0");
        }
        BigDecimal current = rules.totalPoints().value();
        if (current.signum() == 0) {
            throw new IllegalArgumentException("模板总分为 0，无法换算");
        }
        BigDecimal factor = total.value().divide(current, MathContext.DECIMAL64);
        UnaryOperator<Points> scale = points -> scaled(points, factor, total);
        List<CategoryTemplate> scaled = categories.stream()
                .map(c -> new CategoryTemplate(c.key(), c.name(), c.group(), c.role(), scaleOrNull(c.points(), scale),
                        c.fixedItems().stream().map(i -> new FixedItemTemplate(i.code(), i.area(), i.text(),
                                scale.apply(i.weight()), i.leadDepartment())).toList(),
                        c.codeNumber(), c.leadDepartment()))
                .toList();
        RuleSettings r = rules;
        return new TableTemplate(year, scaled, new RuleSettings(r.minFunctionalFirstLevel(), r.capFunctionalAtLastYear(),
                scale.apply(r.dynamicMaxPoints()), r.dynamicMinItems(), scale.apply(r.dynamicSingleItemPoints()),
                r.administrativeKeywords(), r.mediaKeywords(), r.mediaLevels(), total));
    }

    private static @Nullable Points scaleOrNull(@Nullable Points points, UnaryOperator<Points> scale) {
        return points == null ? null : scale.apply(points);
    }

    private static Points scaled(Points points, BigDecimal factor, Points total) {
        BigDecimal value = points.value().multiply(factor).stripTrailingZeros();
        if (value.scale() > Points.SCALE) {
            throw new IllegalArgumentException("按 " + total + " 分制换算后，" + points + " 分变为 "
                    + value.toPlainString() + " 分，超过两位小数；请选用能整除换算的总分，如 100 或 1000");
        }
        return new Points(value);
    }
}
