package org.jixiao.administration.cycles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.Points;
import org.jixiao.table.TableTemplate;
import org.jspecify.annotations.Nullable;

/**
 * What an edit of a template changes for the tables written to it: categories added, removed or
 * re-pointed, fixed items added, removed or rewritten, rule settings changed. Categories are matched
 * by key, fixed items by code. Changes that tables do not see (order, group headings, lead
 * departments) are listed too, so that the office sees everything it is about to save.
 */
final class TemplateChanges {

    private TemplateChanges() {
    }

    static List<TemplateChange> between(TableTemplate before, TableTemplate after) {
        List<TemplateChange> changes = new ArrayList<>();
        Map<String, CategoryTemplate> old = byKey(before.categories());
        Map<String, CategoryTemplate> now = byKey(after.categories());
        for (CategoryTemplate category : after.categories()) {
            CategoryTemplate previous = old.get(category.key());
            if (previous == null) {
                changes.add(new TemplateChange("CATEGORY_ADDED", "新增考评项目“" + category.name() + "”（"
                        + points(category.points()) + "）；已有的考评表中没有该项目"));
            } else {
                category(previous, category, changes);
            }
        }
        for (CategoryTemplate category : before.categories()) {
            if (!now.containsKey(category.key())) {
                changes.add(new TemplateChange("CATEGORY_REMOVED", "删除考评项目“" + category.name()
                        + "”；已有考评表中的该项目仍保留，需各单位自行删除"));
            }
        }
        if (!before.categories().stream().map(CategoryTemplate::key).filter(now::containsKey).toList()
                .equals(after.categories().stream().map(CategoryTemplate::key).filter(old::containsKey).toList())) {
            changes.add(new TemplateChange("CATEGORY_ORDER_CHANGED", "考评项目顺序调整"));
        }
        if (!before.rules().equals(after.rules())) {
            changes.add(new TemplateChange("RULES_CHANGED", "审核规则调整"
                    + (before.rules().totalPoints().equals(after.rules().totalPoints()) ? ""
                    : "：总分 " + before.rules().totalPoints() + " → " + after.rules().totalPoints() + " 分")));
        }
        return changes;
    }

    private static void category(CategoryTemplate before, CategoryTemplate after, List<TemplateChange> changes) {
        String name = after.name();
        if (!before.name().equals(after.name())) {
            changes.add(new TemplateChange("CATEGORY_RENAMED", "考评项目“" + before.name() + "”改名为“" + name + "”"));
        }
        if (!Objects.equals(before.points(), after.points())) {
            changes.add(new TemplateChange("CATEGORY_POINTS_CHANGED", name + "分值 " + points(before.points()) + " → "
                    + points(after.points())));
        }
        if (before.role() != after.role()) {
            changes.add(new TemplateChange("CATEGORY_ROLE_CHANGED", name + "类别调整"));
        }
        if (!before.group().equals(after.group()) || !Objects.equals(before.codeNumber(), after.codeNumber())
                || !before.leadDepartment().equals(after.leadDepartment())) {
            changes.add(new TemplateChange("CATEGORY_DETAILS_CHANGED", name + "的分组标题、序号首位或牵头部门调整"));
        }
        Map<String, FixedItemTemplate> old = items(before);
        Map<String, FixedItemTemplate> now = items(after);
        for (FixedItemTemplate item : after.fixedItems()) {
            FixedItemTemplate previous = old.get(item.code().value());
            if (previous == null) {
                changes.add(new TemplateChange("FIXED_ITEM_ADDED", name + "新增固定指标 " + item.code() + "“"
                        + item.text() + "”（" + item.weight() + " 分）"));
                continue;
            }
            if (!previous.text().equals(item.text())) {
                changes.add(new TemplateChange("FIXED_ITEM_TEXT_CHANGED", "固定指标 " + item.code() + " 内容改为“"
                        + item.text() + "”"));
            }
            if (previous.weight().compareTo(item.weight()) != 0) {
                changes.add(new TemplateChange("FIXED_ITEM_WEIGHT_CHANGED", "固定指标 " + item.code() + " 权重 "
                        + previous.weight() + " → " + item.weight() + " 分"));
            }
            if (!previous.area().equals(item.area()) || !previous.leadDepartment().equals(item.leadDepartment())) {
                changes.add(new TemplateChange("FIXED_ITEM_DETAILS_CHANGED", "固定指标 " + item.code()
                        + " 的分项或牵头部门调整"));
            }
        }
        for (FixedItemTemplate item : before.fixedItems()) {
            if (!now.containsKey(item.code().value())) {
                changes.add(new TemplateChange("FIXED_ITEM_REMOVED", name + "删除固定指标 " + item.code() + "“"
                        + item.text() + "”"));
            }
        }
    }

    private static Map<String, CategoryTemplate> byKey(List<CategoryTemplate> categories) {
        return categories.stream().collect(Collectors.toMap(CategoryTemplate::key, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, FixedItemTemplate> items(CategoryTemplate category) {
        return category.fixedItems().stream().collect(Collectors.toMap(i -> i.code().value(), Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static String points(@Nullable Points points) {
        return points == null ? "不设分值" : points + " 分";
    }
}
