package org.jixiao.plan.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;

/**
 * Every row of a table a return or a comment can name, in table order, as a person recognises it:
 * its code and the start of its text ("1-3-2 建成企业服务线上平台…").
 */
final class RowLabels {

    private static final int TEXT_LENGTH = 30;

    private RowLabels() {
    }

    static Map<UUID, String> of(TargetTable table) {
        Map<UUID, String> labels = new LinkedHashMap<>();
        for (FirstLevelIndicator l1 : table.allFirstLevel()) {
            labels.put(l1.id(), label(l1.code(), l1.text()));
            for (SecondLevelIndicator l2 : l1.secondLevel()) {
                labels.put(l2.id(), label(l2.code(), l2.text()));
            }
        }
        return labels;
    }

    private static String label(@Nullable IndicatorCode code, String text) {
        String shortText = text.length() > TEXT_LENGTH ? text.substring(0, TEXT_LENGTH) + "…" : text;
        return code == null ? shortText : code.value() + " " + shortText;
    }
}
