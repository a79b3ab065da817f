package org.jixiao.table.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Location;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableRule;

/** Every indicator says what is to be done. */
public final class TextPresent implements TableRule {

    public static final String TEXT_MISSING = "TEXT_MISSING";

    @Override
    public List<Finding> check(TableCheck check) {
        List<Finding> findings = new ArrayList<>();
        for (TableCategory category : check.table().categories()) {
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                if (l1.text().isEmpty()) {
                    findings.add(missing(Location.of(category, l1), "一级指标"));
                }
                for (SecondLevelIndicator l2 : l1.secondLevel()) {
                    if (l2.text().isEmpty()) {
                        findings.add(missing(Location.of(category, l2), "二级指标"));
                    }
                }
            }
        }
        return findings;
    }

    private static Finding missing(Location location, String level) {
        return Finding.error(TEXT_MISSING, location, location.category() + "的" + level + " "
                + Texts.codeOrRow(location.indicatorCode()) + " 没有内容，请填写指标内容或删除该行");
    }
}
