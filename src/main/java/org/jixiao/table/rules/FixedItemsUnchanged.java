package org.jixiao.table.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.Location;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableRule;

/**
 * Categories whose content the assessment office sets (行政能力目标, 精神文明 …) keep the template's
 * items, texts and weights, with no second level beneath them. Items are matched by code.
 */
public final class FixedItemsUnchanged implements TableRule {

    public static final String MISSING = "FIXED_ITEM_MISSING";
    public static final String ADDED = "FIXED_ITEM_ADDED";
    public static final String TEXT_CHANGED = "FIXED_ITEM_TEXT_CHANGED";
    public static final String WEIGHT_CHANGED = "FIXED_ITEM_WEIGHT_CHANGED";
    public static final String HAS_SECOND_LEVEL = "FIXED_ITEM_HAS_SECOND_LEVEL";

    @Override
    public List<Finding> check(TableCheck check) {
        List<Finding> findings = new ArrayList<>();
        for (CategoryTemplate template : check.template().categories()) {
            if (!template.fixedItems().isEmpty()) {
                Optional<TableCategory> category = check.table().category(template.key());
                findings.addAll(category.map(c -> compare(c, template))
                        .orElseGet(() -> allMissing(template)));
            }
        }
        return findings;
    }

    private static List<Finding> compare(TableCategory category, CategoryTemplate template) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FirstLevelIndicator row : category.firstLevel()) {
            Location location = Location.of(category, row);
            Optional<FixedItemTemplate> fixed = template.fixedItems().stream()
                    .filter(item -> row.code() != null && item.code().equals(row.code()))
                    .findFirst();
            if (fixed.isEmpty()) {
                findings.add(Finding.error(ADDED, location, category.name() + "为固定内容，不能增加指标“"
                        + row.text() + "”（序号 " + Texts.codeOrRow(location.indicatorCode()) + "），请删除该行"));
                continue;
            }
            FixedItemTemplate item = fixed.get();
            seen.add(item.code().value());
            if (!Texts.normalized(row.text()).equals(Texts.normalized(item.text()))) {
                findings.add(Finding.error(TEXT_CHANGED, location, "固定指标 " + item.code() + " 的内容不能修改，"
                        + "请恢复为“" + item.text() + "”（现为“" + row.text() + "”）"));
            }
            if (row.points() == null || row.points().compareTo(item.weight()) != 0) {
                findings.add(Finding.error(WEIGHT_CHANGED, location, "固定指标 " + item.code() + " 的权重为 "
                        + item.weight() + " 分，现为 " + (row.points() == null ? "空" : row.points() + " 分")
                        + "，请恢复为 " + item.weight() + " 分"));
            }
            if (!row.secondLevel().isEmpty()) {
                findings.add(Finding.error(HAS_SECOND_LEVEL, location, "固定指标 " + item.code()
                        + " 不设二级指标，请删除其下的 " + row.secondLevel().size() + " 条二级指标"));
            }
        }
        for (FixedItemTemplate item : template.fixedItems()) {
            if (!seen.contains(item.code().value())) {
                findings.add(missing(category.name(), item));
            }
        }
        return findings;
    }

    private static List<Finding> allMissing(CategoryTemplate template) {
        return template.fixedItems().stream().map(item -> missing(template.name(), item)).toList();
    }

    private static Finding missing(String categoryName, FixedItemTemplate item) {
        return Finding.error(MISSING, new Location(categoryName, item.code().value(), null),
                categoryName + "缺少固定指标 " + item.code() + "“" + item.text() + "”（" + item.weight()
                        + " 分），请补回");
    }
}
