package org.jixiao.table.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Location;
import org.jixiao.table.Points;
import org.jixiao.table.RuleSettings;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableRule;

/**
 * 动态工作目标: capped in points, at least a minimum number of items once set, a single item counts
 * a fixed number of points; an empty category means none is set this year.
 */
public final class DynamicWorkLimits implements TableRule {

    public static final String POINTS_OVER_MAX = "DYNAMIC_POINTS_OVER_MAX";
    public static final String SINGLE_ITEM_POINTS = "DYNAMIC_SINGLE_ITEM_POINTS";
    public static final String TOO_FEW_ITEMS = "DYNAMIC_TOO_FEW_ITEMS";

    @Override
    public List<Finding> check(TableCheck check) {
        List<Finding> findings = new ArrayList<>();
        for (TableCategory category : check.table().categories()) {
            if (category.role() == CategoryRole.DYNAMIC_WORK && !category.firstLevel().isEmpty()) {
                findings.addAll(check(category, check.rules()));
            }
        }
        return findings;
    }

    private static List<Finding> check(TableCategory category, RuleSettings rules) {
        List<Finding> findings = new ArrayList<>();
        Points actual = category.actualPoints();
        if (actual.exceeds(rules.dynamicMaxPoints())) {
            findings.add(Finding.error(POINTS_OVER_MAX, Location.of(category),
                    category.name() + "合计 " + actual + " 分，超过上限 " + rules.dynamicMaxPoints()
                            + " 分，请压减至 " + rules.dynamicMaxPoints() + " 分以内"));
        }
        int items = category.firstLevel().size();
        if (items == 1) {
            FirstLevelIndicator only = category.firstLevel().get(0);
            if (only.actualPoints().compareTo(rules.dynamicSingleItemPoints()) != 0) {
                findings.add(Finding.error(SINGLE_ITEM_POINTS, Location.of(category, only),
                        category.name() + "只有 1 项时按 " + rules.dynamicSingleItemPoints() + " 分计，一级指标 "
                                + Texts.codeOrRow(Location.of(category, only).indicatorCode()) + " 现为 "
                                + only.actualPoints() + " 分，请调整为 " + rules.dynamicSingleItemPoints() + " 分"));
            }
        } else if (items < rules.dynamicMinItems()) {
            findings.add(Finding.error(TOO_FEW_ITEMS, Location.of(category),
                    category.name() + "现有 " + items + " 项，至少应有 " + rules.dynamicMinItems()
                            + " 项，请补充或删至 1 项"));
        }
        return findings;
    }
}
