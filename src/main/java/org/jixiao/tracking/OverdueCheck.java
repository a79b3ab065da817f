package org.jixiao.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 逾期与风险: which flags an item carries on a given day. An item is overdue when its 完成时限 has passed
 * without a report of 已完成, or when an opened period's report is missing after that period's due day
 * (an item reported 已完成 earlier needs no further reports). A report of 滞后 and an unreadable deadline
 * are flags too, but not overdue.
 */
public final class OverdueCheck {

    private OverdueCheck() {
    }

    /**
     * @param deadline the item's deadline read from its text
     * @param reports  the item's reports by period number
     * @param opened   the periods the office has opened, in order
     */
    public static List<Flag> flags(Deadline deadline, Map<Integer, ProgressStatus> reports, List<ReportingPeriod> opened,
                                   LocalDate today) {
        List<Flag> flags = new ArrayList<>();
        Optional<Integer> doneIn = reports.entrySet().stream().filter(e -> e.getValue() == ProgressStatus.DONE)
                .map(Map.Entry::getKey).min(Comparator.naturalOrder());
        if (!deadline.isParsed()) {
            flags.add(new Flag(Flag.Kind.DEADLINE_UNREADABLE, 0, deadline.reason()));
        } else if (doneIn.isEmpty() && deadline.passedOn(today)) {
            flags.add(new Flag(Flag.Kind.DEADLINE_PASSED, 0,
                    "完成时限“" + deadline.text().strip() + "”（" + deadline.due() + "）已过，尚未报告已完成"));
        }
        for (ReportingPeriod period : opened) {
            boolean afterDone = doneIn.isPresent() && doneIn.get() < period.number();
            if (!afterDone && !reports.containsKey(period.number()) && period.reportOverdueOn(today)) {
                flags.add(new Flag(Flag.Kind.REPORT_MISSING, period.number(),
                        period.label() + "进展应于 " + period.reportDue() + " 前报送，至今未报"));
            }
        }
        latest(reports).filter(s -> s == ProgressStatus.BEHIND)
                .ifPresent(s -> flags.add(new Flag(Flag.Kind.BEHIND, 0, "单位最近一期报告进展滞后")));
        return flags;
    }

    /** The status of the latest period reported. */
    public static Optional<ProgressStatus> latest(Map<Integer, ProgressStatus> reports) {
        return reports.keySet().stream().max(Comparator.naturalOrder()).map(reports::get);
    }
}
