package org.jixiao.tracking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 跟踪看板 — the figures of a cycle's tracking computed from its items and reports in memory, so that a
 * page of any number of units needs the same few queries: completion by unit and by category, overdue
 * items, report timeliness and each unit's statuses over the periods.
 */
public final class Board {

    /** One unit's line. {@code expected} reports were due; {@code onTime} of them came by the due day. */
    public record UnitLine(long unitId, String unitName, int items, int done, int overdue, int behind, int expected,
                           int onTime, int late) {

        public int completionPercent() {
            return items == 0 ? 0 : Math.round(done * 100f / items);
        }

        public int timelinessPercent() {
            return expected == 0 ? 100 : Math.round(onTime * 100f / expected);
        }
    }

    public record CategoryLine(String category, int items, int done) {
        public int completionPercent() {
            return items == 0 ? 0 : Math.round(done * 100f / items);
        }
    }

    public record OverdueItem(TrackedItem item, Flag flag) {
    }

    private final List<UnitLine> units = new ArrayList<>();
    private final List<CategoryLine> categories = new ArrayList<>();
    private final List<OverdueItem> overdue = new ArrayList<>();
    private final Map<Long, Map<Integer, Map<String, Integer>>> statusesByUnit = new HashMap<>();

    /**
     * @param reports     every report of the items, by row and period
     * @param periods     every period of the year
     * @param opened      the numbers of the opened periods
     * @param zone        the zone in which a submission's day is counted
     */
    public static Board of(List<TrackedItem> items, Map<UUID, Map<Integer, ProgressReport>> reports,
                           List<ReportingPeriod> periods, List<Integer> opened, LocalDate today, ZoneId zone) {
        Board board = new Board();
        List<ReportingPeriod> openedPeriods = periods.stream().filter(p -> opened.contains(p.number())).toList();
        Map<Long, int[]> unitFigures = new LinkedHashMap<>();
        Map<Long, String> unitNames = new LinkedHashMap<>();
        Map<String, int[]> categoryFigures = new LinkedHashMap<>();
        for (TrackedItem item : items) {
            Map<Integer, ProgressReport> mine = reports.getOrDefault(item.rowId(), Map.of());
            Map<Integer, ProgressStatus> statuses = new HashMap<>();
            mine.forEach((p, r) -> statuses.put(p, r.status()));
            List<Flag> flags = OverdueCheck.flags(item.deadline(), statuses, openedPeriods, today);
            boolean done = statuses.containsValue(ProgressStatus.DONE);
            int[] u = unitFigures.computeIfAbsent(item.unitId(), k -> new int[7]);
            unitNames.putIfAbsent(item.unitId(), item.unitName());
            u[0]++;
            u[1] += done ? 1 : 0;
            u[2] += flags.stream().anyMatch(f -> f.kind().isOverdue()) ? 1 : 0;
            u[3] += OverdueCheck.latest(statuses).filter(s -> s == ProgressStatus.BEHIND).isPresent() ? 1 : 0;
            Integer doneIn = statuses.entrySet().stream().filter(e -> e.getValue() == ProgressStatus.DONE)
                    .map(Map.Entry::getKey).min(Integer::compare).orElse(null);
            for (ReportingPeriod period : openedPeriods) {
                if (!period.reportOverdueOn(today) || (doneIn != null && doneIn < period.number())) {
                    continue;
                }
                u[4]++;
                ProgressReport report = mine.get(period.number());
                if (report != null && !LocalDate.ofInstant(report.submittedAt(), zone).isAfter(period.reportDue())) {
                    u[5]++;
                } else if (report != null) {
                    u[6]++;
                }
            }
            int[] c = categoryFigures.computeIfAbsent(item.category(), k -> new int[2]);
            c[0]++;
            c[1] += done ? 1 : 0;
            flags.stream().filter(f -> f.kind().isOverdue()).forEach(f -> board.overdue.add(new OverdueItem(item, f)));
            Map<Integer, Map<String, Integer>> overPeriods = board.statusesByUnit.computeIfAbsent(item.unitId(),
                    k -> new LinkedHashMap<>());
            for (int number : opened) {
                ProgressReport report = mine.get(number);
                String label = report == null ? "未报" : report.status().label();
                overPeriods.computeIfAbsent(number, k -> new LinkedHashMap<>()).merge(label, 1, Integer::sum);
            }
        }
        unitFigures.forEach((id, u) -> board.units.add(new UnitLine(id, unitNames.get(id), u[0], u[1], u[2], u[3],
                u[4], u[5], u[6])));
        categoryFigures.forEach((name, c) -> board.categories.add(new CategoryLine(name, c[0], c[1])));
        return board;
    }

    public List<UnitLine> units() {
        return units;
    }

    public List<CategoryLine> categories() {
        return categories;
    }

    public List<OverdueItem> overdue() {
        return overdue;
    }

    /** A unit's item count per status label (and 未报) in each opened period. */
    public Map<Integer, Map<String, Integer>> statusesOverPeriods(long unitId) {
        return statusesByUnit.getOrDefault(unitId, Map.of());
    }

    /** Status labels in display order, 未报 last. */
    public static List<String> statusLabels() {
        List<String> labels = new ArrayList<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            labels.add(s.label());
        }
        labels.add("未报");
        return labels;
    }
}
