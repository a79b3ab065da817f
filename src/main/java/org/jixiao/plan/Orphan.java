package org.jixiao.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.table.IndicatorCode;

/**
 * A row a change would drop although year-end work recorded data on it: its id, code and text, and
 * what data ("自评 1 条", "考评组打分 3 条"), for the refusal and the import preview.
 */
public record Orphan(UUID rowId, String code, String text, List<String> data) {

    public Orphan {
        data = List.copyOf(data);
    }

    static Orphan of(RowContent row, Map<YearEndKind, Integer> counts) {
        return new Orphan(row.id(), row.code(), row.text(), counts.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue() + " 条").toList());
    }

    /** "1-3-2 建成企业服务线上平台…（自评 1 条、考评组打分 3 条）". */
    public String describe() {
        return RowContent.label(code.isEmpty() ? null : new IndicatorCode(code), text)
                + "（" + String.join("、", data) + "）";
    }
}
