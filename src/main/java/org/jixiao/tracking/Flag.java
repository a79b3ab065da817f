package org.jixiao.tracking;

/**
 * A warning on a tracked item, with a stable code and a Chinese message saying what is late.
 *
 * @param period the reporting period it concerns, 0 when it concerns the whole item
 */
public record Flag(Kind kind, int period, String message) {

    /** What is wrong. */
    public enum Kind {
        /** 完成时限已过 — the deadline passed and the item is not 已完成. */
        DEADLINE_PASSED("逾期未完成"),
        /** 报告缺报 — an opened period's report is missing after its due day. */
        REPORT_MISSING("进展缺报"),
        /** 滞后 — the unit itself reports the item behind. */
        BEHIND("进展滞后"),
        /** 完成时限无法识别 — the deadline text names no date. */
        DEADLINE_UNREADABLE("时限无法识别");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Overdue, as the dashboards count it: late completion or a missing report. */
        public boolean isOverdue() {
            return this == DEADLINE_PASSED || this == REPORT_MISSING;
        }
    }
}
