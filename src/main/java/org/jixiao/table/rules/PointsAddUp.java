package org.jixiao.table.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Location;
import org.jixiao.table.Points;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableRule;

/**
 * Points add up: second-level weights to their first-level points, first-level points to the
 * category's declared points, categories to the table total. Seeds 003 and 004 show that real
 * tables declare one total and add up to another.
 */
public final class PointsAddUp implements TableRule {

    public static final String L2_WEIGHTS_DIFFER = "L2_WEIGHTS_DIFFER_FROM_L1_POINTS";
    public static final String CATEGORY_POINTS_DIFFER = "CATEGORY_POINTS_DIFFER";
    public static final String TOTAL_POINTS_DIFFER = "TOTAL_POINTS_DIFFER";
    public static final String L1_POINTS_MISSING = "L1_POINTS_MISSING";
    public static final String WEIGHT_MISSING = "WEIGHT_MISSING";

    @Override
    public List<Finding> check(TableCheck check) {
        List<Finding> findings = new ArrayList<>();
        for (TableCategory category : check.table().categories()) {
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                findings.addAll(firstLevel(category, l1));
            }
            Points declared = category.declaredPoints();
            Points actual = category.actualPoints();
            if (declared != null && declared.compareTo(actual) != 0) {
                findings.add(Finding.error(CATEGORY_POINTS_DIFFER, Location.of(category),
                        category.name() + "标明 " + declared + " 分，各一级指标合计 " + actual + " 分，相差 "
                                + declared.minus(actual) + " 分，请调整指标分值使其合计为 " + declared + " 分"));
            }
        }
        Points total = check.table().totalPoints();
        Points required = check.rules().totalPoints();
        if (total.compareTo(required) != 0) {
            findings.add(Finding.error(TOTAL_POINTS_DIFFER, Location.TABLE, "考评表合计 " + total + " 分，应为 "
                    + required + " 分，相差 " + total.minus(required) + " 分，请调整各项目分值"));
        }
        return findings;
    }

    private static List<Finding> firstLevel(TableCategory category, FirstLevelIndicator l1) {
        List<Finding> findings = new ArrayList<>();
        Location location = Location.of(category, l1);
        String code = Texts.codeOrRow(location.indicatorCode());
        if (l1.points() == null && !l1.isItem()) {
            findings.add(Finding.warning(L1_POINTS_MISSING, location, "一级指标 " + code + " 未标明分值"
                    + (l1.secondLevel().isEmpty() ? "" : "，现按二级指标权重合计 " + l1.secondLevelWeight() + " 分计")
                    + "，请填写分值"));
        }
        if (l1.points() != null && !l1.secondLevel().isEmpty()
                && l1.points().compareTo(l1.secondLevelWeight()) != 0) {
            findings.add(Finding.error(L2_WEIGHTS_DIFFER, location, "一级指标 " + code + " 的二级指标权重合计 "
                    + l1.secondLevelWeight() + " 分，与其分值 " + l1.points() + " 分不一致，请调整权重或分值"));
        }
        for (SecondLevelIndicator l2 : l1.secondLevel()) {
            if (l2.weight() == null) {
                Location at = Location.of(category, l2);
                findings.add(Finding.error(WEIGHT_MISSING, at, "二级指标 " + Texts.codeOrRow(at.indicatorCode())
                        + " 没有权重，请填写权重"));
            }
        }
        return findings;
    }
}
