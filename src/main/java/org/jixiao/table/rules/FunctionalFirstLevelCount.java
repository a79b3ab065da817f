package org.jixiao.table.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.Finding;
import org.jixiao.table.Location;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableRule;
import org.jixiao.table.TargetTable;

/**
 * 重点 + 常规 together carry at least the minimum number of 一级指标 and, where the cycle caps it
 * (district rule [004]), no more than last year's table.
 */
public final class FunctionalFirstLevelCount implements TableRule {

    public static final String BELOW_MINIMUM = "FUNCTIONAL_L1_BELOW_MINIMUM";
    public static final String ABOVE_LAST_YEAR = "FUNCTIONAL_L1_ABOVE_LAST_YEAR";

    @Override
    public List<Finding> check(TableCheck check) {
        List<Finding> findings = new ArrayList<>();
        int count = count(check.table());
        Location location = check.table().categories().stream()
                .filter(c -> c.role() == CategoryRole.KEY_WORK)
                .findFirst()
                .map(Location::of)
                .orElse(Location.TABLE);
        int minimum = check.rules().minFunctionalFirstLevel();
        if (count < minimum) {
            findings.add(Finding.error(BELOW_MINIMUM, location,
                    "重点工作目标和常规工作目标共有一级指标 " + count + " 项，少于要求的 " + minimum
                            + " 项，请再设定 " + (minimum - count) + " 项能体现本单位职能的一级指标"));
        }
        if (check.rules().capFunctionalAtLastYear()) {
            check.lastYearTable().ifPresent(lastYear -> {
                int last = count(lastYear);
                if (count > last) {
                    findings.add(Finding.error(ABOVE_LAST_YEAR, location,
                            "重点工作目标和常规工作目标共有一级指标 " + count + " 项，多于上年度的 " + last
                                    + " 项，请合并或删减至不超过 " + last + " 项"));
                }
            });
        }
        return findings;
    }

    private static int count(TargetTable table) {
        return table.categories().stream()
                .filter(c -> c.role() == CategoryRole.KEY_WORK || c.role() == CategoryRole.ROUTINE_WORK)
                .mapToInt(c -> c.firstLevel().size())
                .sum();
    }
}
