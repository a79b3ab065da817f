package org.jixiao.table.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Location;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableRule;

/**
 * Every scored row (second-level indicators and items without second level) has a deadline within
 * the year, a responsible department and a supervising leader.
 */
public final class ResponsibilityComplete implements TableRule {

    public static final String DEADLINE_MISSING = "DEADLINE_MISSING";
    public static final String DEADLINE_OUTSIDE_YEAR = "DEADLINE_OUTSIDE_YEAR";
    public static final String DEADLINE_UNCLEAR = "DEADLINE_UNCLEAR";
    public static final String DEPARTMENT_MISSING = "DEPARTMENT_MISSING";
    public static final String LEADER_MISSING = "LEADER_MISSING";

    @Override
    public List<Finding> check(TableCheck check) {
        int year = check.template().year();
        List<Finding> findings = new ArrayList<>();
        for (TableCategory category : check.table().categories()) {
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                if (l1.isItem()) {
                    findings.addAll(check(l1.responsibility(), Location.of(category, l1), "指标", year));
                }
                for (SecondLevelIndicator l2 : l1.secondLevel()) {
                    findings.addAll(check(l2.responsibility(), Location.of(category, l2), "二级指标", year));
                }
            }
        }
        return findings;
    }

    private static List<Finding> check(Responsibility responsibility, Location location, String row, int year) {
        List<Finding> findings = new ArrayList<>();
        String name = row + " " + Texts.codeOrRow(location.indicatorCode());
        String deadline = responsibility.deadline();
        if (deadline.isEmpty()) {
            findings.add(Finding.error(DEADLINE_MISSING, location,
                    name + " 没有完成时限，请填写 " + year + " 年内的时限，如“12月底前”"));
        } else {
            switch (Deadlines.read(deadline, year)) {
                case OUTSIDE_YEAR -> findings.add(Finding.error(DEADLINE_OUTSIDE_YEAR, location,
                        name + " 的完成时限“" + deadline + "”不在 " + year + " 年度内，请改为 " + year
                                + " 年内的时限，如“12月底前”"));
                case UNCLEAR -> findings.add(Finding.warning(DEADLINE_UNCLEAR, location,
                        name + " 的完成时限“" + deadline + "”无法识别，请写明月份，如“9月”“12月底前”或“全年”"));
                case WITHIN_YEAR -> { }
            }
        }
        if (responsibility.departments().isEmpty()) {
            findings.add(Finding.error(DEPARTMENT_MISSING, location, name + " 没有责任科室，请填写责任科室及其负责人"));
        }
        if (responsibility.leaders().isEmpty()) {
            findings.add(Finding.error(LEADER_MISSING, location, name + " 没有分管领导，请填写分管领导"));
        }
        return findings;
    }
}
