package org.jixiao.tracking.progress;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.tracking.PeriodScheme;
import org.jixiao.tracking.ProgressReport;
import org.jixiao.tracking.Review;
import org.jixiao.tracking.TrackedProgress;
import org.springframework.stereotype.Component;

/** The year's reports, returned ones left out, as the self-evaluation's starting text. */
@Component
class ReportedProgress implements TrackedProgress {

    private final ProgressRepository repository;
    private final AssessmentCycles cycles;

    ReportedProgress(ProgressRepository repository, AssessmentCycles cycles) {
        this.repository = repository;
        this.cycles = cycles;
    }

    @Override
    public Map<UUID, String> completionText(long cycleId, long unitId) {
        ProgressRepository.Schedule schedule = repository.schedule(cycleId);
        int year = cycles.find(cycleId).map(c -> c.year()).orElse(2000);
        PeriodScheme scheme = schedule.scheme();
        Map<UUID, List<ProgressReport>> byRow = repository.reports(cycleId, unitId).stream()
                .filter(r -> r.review() != Review.RETURNED && !r.done().isEmpty())
                .collect(Collectors.groupingBy(ProgressReport::rowId));
        Map<UUID, String> result = new HashMap<>();
        byRow.forEach((row, reports) -> result.put(row, reports.stream()
                .sorted(Comparator.comparingInt(ProgressReport::period))
                .map(r -> scheme.period(year, r.period(), schedule.graceDays()).label() + "（" + r.status().label()
                        + (r.percent() == null ? "" : " " + r.percent() + "%") + "）：" + r.done())
                .collect(Collectors.joining("\n"))));
        return result;
    }
}
