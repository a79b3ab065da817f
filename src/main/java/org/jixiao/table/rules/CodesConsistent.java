package org.jixiao.table.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Location;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableRule;
import org.jspecify.annotations.Nullable;

/**
 * 序号: every indicator has one, none is used twice (003 repeats 4-1…4-4), a second-level code
 * extends its first-level code, and a category numbers its rows with one leading number. Which
 * number a category gets differs between documents, so only consistency within it is checked;
 * categories with fixed items follow their template's numbering and are left out of that check.
 */
public final class CodesConsistent implements TableRule {

    public static final String CODE_MISSING = "CODE_MISSING";
    public static final String CODE_DUPLICATE = "CODE_DUPLICATE";
    public static final String CODE_NOT_UNDER_PARENT = "CODE_NOT_UNDER_PARENT";
    public static final String CODE_CATEGORY_NUMBER_INCONSISTENT = "CODE_CATEGORY_NUMBER_INCONSISTENT";

    @Override
    public List<Finding> check(TableCheck check) {
        Set<String> fixedCategories = check.template().categories().stream()
                .filter(c -> !c.fixedItems().isEmpty())
                .map(CategoryTemplate::key)
                .collect(Collectors.toSet());
        Map<String, Location> firstUse = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (TableCategory category : check.table().categories()) {
            Integer number = null;
            boolean numbered = !fixedCategories.contains(category.key());
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                Location location = Location.of(category, l1);
                code(l1.code(), location, "一级指标", firstUse, findings);
                if (numbered && l1.code() != null) {
                    number = number == null ? l1.code().leadingNumber() : number;
                    leadingNumber(l1.code(), number, location, findings);
                }
                for (SecondLevelIndicator l2 : l1.secondLevel()) {
                    Location at = Location.of(category, l2);
                    code(l2.code(), at, "二级指标", firstUse, findings);
                    if (l2.code() != null && l1.code() != null && !l1.code().isParentOf(l2.code())) {
                        findings.add(Finding.error(CODE_NOT_UNDER_PARENT, at, "二级指标 " + l2.code()
                                + " 不属于一级指标 " + l1.code() + "，请改为 " + l1.code() + "-"
                                + (l1.secondLevel().indexOf(l2) + 1) + " 这样的序号"));
                    }
                    if (numbered && l2.code() != null) {
                        number = number == null ? l2.code().leadingNumber() : number;
                        leadingNumber(l2.code(), number, at, findings);
                    }
                }
            }
        }
        return findings;
    }

    private static void code(@Nullable IndicatorCode code, Location location, String level,
                             Map<String, Location> firstUse, List<Finding> findings) {
        if (code == null) {
            findings.add(Finding.warning(CODE_MISSING, location,
                    location.category() + "中有一条" + level + "没有序号，请填写序号"));
            return;
        }
        Location first = firstUse.putIfAbsent(code.value(), location);
        if (first != null) {
            findings.add(Finding.error(CODE_DUPLICATE, location, "序号 " + code + " 重复（" + first
                    + " 已使用），请重新编号"));
        }
    }

    private static void leadingNumber(IndicatorCode code, int number, Location location, List<Finding> findings) {
        if (code.leadingNumber() != number) {
            findings.add(Finding.error(CODE_CATEGORY_NUMBER_INCONSISTENT, location, location.category()
                    + "的序号以 " + number + " 开头，" + code + " 却以 " + code.leadingNumber()
                    + " 开头，请统一编号"));
        }
    }
}
