package org.jixiao.plan;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.table.Finding;
import org.jixiao.table.Severity;
import org.jixiao.table.TargetTable;

/**
 * A table as a page or the API shows it: the table, its cycle, the version it was read at and
 * what the rule checks found.
 */
public record TableView(TargetTable table, AssessmentCycle cycle, long version, List<Finding> findings,
                        boolean editable) {

    public TableView {
        findings = List.copyOf(findings);
    }

    /** The worst severity found on each row, for marking rows. */
    public Map<UUID, Severity> rowSeverity() {
        Map<UUID, Severity> result = new LinkedHashMap<>();
        for (Finding finding : findings) {
            UUID rowId = finding.location().rowId();
            if (rowId != null) {
                result.merge(rowId, finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return result;
    }

    /** The codes of the findings on each row, space-separated, for marking rows. */
    public Map<UUID, String> codesByRow() {
        Map<UUID, String> result = new LinkedHashMap<>();
        for (Finding finding : findings) {
            UUID rowId = finding.location().rowId();
            if (rowId != null) {
                result.merge(rowId, finding.code(), (a, b) -> (" " + a + " ").contains(" " + b + " ") ? a : a + " " + b);
            }
        }
        return result;
    }

    public Map<Severity, Long> counts() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, findings.stream().filter(f -> f.severity() == severity).count());
        }
        return counts;
    }

    public long errorCount() {
        return counts().get(Severity.ERROR);
    }

    public long warningCount() {
        return counts().get(Severity.WARNING);
    }

    /** "2025年度泉州半导体高新区管委会绩效目标考评表". */
    public String title() {
        return table.year() + "年度" + table.unitName() + "绩效目标考评表";
    }
}
