package org.jixiao.administration.cycles;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.Points;
import org.jixiao.table.TableTemplate;

/**
 * Whether a template can be given to units: without these, every table written to it would carry
 * findings no unit can fix. Returns each problem keyed by the form field it belongs to.
 */
final class TemplateValidation {

    private TemplateValidation() {
    }

    static Map<String, String> problems(TableTemplate template) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<CategoryTemplate> categories = template.categories();
        if (categories.isEmpty()) {
            problems.put("categories", "模板至少需要一个考评项目");
            return problems;
        }
        Map<String, Integer> names = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            CategoryTemplate category = categories.get(i);
            String field = "categories[" + i + "]";
            Integer earlier = names.putIfAbsent(category.name(), i);
            if (earlier != null) {
                problems.put(field + ".name", "考评项目名称“" + category.name() + "”重复，请改名或删除其中一个");
            }
            if (category.role().isFunctional() && !category.fixedItems().isEmpty()) {
                problems.put(field + ".role", category.name() + "属于职能工作目标，由单位填写，不能设固定指标；"
                        + "请删除其固定指标或改为行政能力/其他类别");
            }
            if (!category.fixedItems().isEmpty()) {
                fixedItems(category, field, codes, problems);
            }
        }
        Points declared = Points.sum(categories.stream().map(CategoryTemplate::points).filter(Objects::nonNull).toList());
        Points total = template.rules().totalPoints();
        if (declared.compareTo(total) != 0) {
            problems.put("rules.totalPoints", "各考评项目分值合计 " + declared + " 分，与总分 " + total
                    + " 分不一致，请调整项目分值或总分");
        }
        return problems;
    }

    private static void fixedItems(CategoryTemplate category, String field, Map<String, String> codes,
                                   Map<String, String> problems) {
        List<FixedItemTemplate> items = category.fixedItems();
        for (int j = 0; j < items.size(); j++) {
            FixedItemTemplate item = items.get(j);
            String earlier = codes.putIfAbsent(item.code().value(), category.name());
            if (earlier != null) {
                problems.put(field + ".items[" + j + "].code", "序号 " + item.code() + " 已在" + earlier
                        + "中使用，请重新编号");
            }
        }
        Points weights = Points.sum(items.stream().map(FixedItemTemplate::weight).toList());
        if (category.points() == null) {
            problems.put(field + ".points", category.name() + "设有固定指标，请填写项目分值（固定指标权重合计 "
                    + weights + " 分）");
        } else if (category.points().compareTo(weights) != 0) {
            problems.put(field + ".points", category.name() + "分值 " + category.points() + " 分，固定指标权重合计 "
                    + weights + " 分，请使两者一致");
        }
    }
}
