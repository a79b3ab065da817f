package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;

/** Adapts a target table to the engine's input: one unscored item per scored row. */
public final class ScoredItems {

    private ScoredItems() {
    }

    /**
     * The scored rows of a table, in table order: every second-level indicator, and every first-level
     * item without second level. A row without 序号 gets its position (category-first-second, from 1)
     * so that it can still be scored; a row without weight weighs 0.
     */
    public static List<ScoredItem> from(TargetTable table, String scheme) {
        List<ScoredItem> items = new ArrayList<>();
        List<TableCategory> categories = table.categories();
        for (int c = 0; c < categories.size(); c++) {
            List<FirstLevelIndicator> firstLevel = categories.get(c).firstLevel();
            for (int f = 0; f < firstLevel.size(); f++) {
                FirstLevelIndicator l1 = firstLevel.get(f);
                if (l1.secondLevel().isEmpty()) {
                    items.add(ScoredItem.unscored(codeOr(l1.code(), c + 1, f + 1), l1.text(), l1.actualPoints(),
                            scheme));
                    continue;
                }
                for (int s = 0; s < l1.secondLevel().size(); s++) {
                    SecondLevelIndicator l2 = l1.secondLevel().get(s);
                    items.add(ScoredItem.unscored(codeOr(l2.code(), c + 1, f + 1, s + 1), l2.text(),
                            l2.weightOrZero(), scheme));
                }
            }
        }
        return items;
    }

    private static IndicatorCode codeOr(@org.jspecify.annotations.Nullable IndicatorCode code, int... position) {
        if (code != null) {
            return code;
        }
        StringBuilder text = new StringBuilder();
        for (int p : position) {
            text.append(text.isEmpty() ? "" : "-").append(p);
        }
        return new IndicatorCode(text.toString());
    }
}
