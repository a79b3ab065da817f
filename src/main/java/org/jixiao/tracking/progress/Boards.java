package org.jixiao.tracking.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.CurrentUser;
import org.jixiao.tracking.Board;
import org.jixiao.tracking.ReportingPeriod;
import org.jixiao.tracking.TrackedItem;
import org.jixiao.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The dashboards' figures: for the office the whole cycle, for a unit's people their own unit (as far as
 * they see it). Four queries for the office's board, six for a unit's, whatever the number of units.
 */
@Service
public class Boards {

    private final TrackedRows rows;
    private final ProgressRepository repository;
    private final ProgressAccess access;
    private final AssessmentCycles cycles;
    private final Clock clock;

    Boards(TrackedRows rows, ProgressRepository repository, ProgressAccess access, AssessmentCycles cycles, Clock clock) {
        this.rows = rows;
        this.repository = repository;
        this.access = access;
        this.cycles = cycles;
        this.clock = clock;
    }

    /** A computed board with what it covers. */
    public record View(AssessmentCycle cycle, @Nullable Long unitId, List<ReportingPeriod> periods, List<Integer> opened,
                       Board board, LocalDate today) {

        public boolean office() {
            return unitId == null;
        }
    }

    /** The office's board of the cycle (unitId null) or one unit's board. */
    public View board(long cycleId, @Nullable Long unitId, CurrentUser user) {
        AssessmentCycle cycle = cycles.find(cycleId).orElseThrow(() -> new NotFound("考评年度不存在"));
        List<TrackedItem> items;
        if (unitId == null) {
            ProgressAccess.requireOffice(user);
            items = rows.forOfficeBoard(cycleId);
        } else {
            ProgressAccess.Viewer viewer = access.forUnit(unitId, user);
            items = rows.of(cycleId, unitId).stream().filter(viewer.sees()).toList();
        }
        return compute(cycle, unitId, items);
    }

    /** The whole cycle's board without a user, for the reminder job. */
    public View system(long cycleId) {
        AssessmentCycle cycle = cycles.find(cycleId).orElseThrow(() -> new NotFound("考评年度不存在"));
        return compute(cycle, null, rows.of(cycleId, null));
    }

    private View compute(AssessmentCycle cycle, @Nullable Long unitId, List<TrackedItem> items) {
        ProgressRepository.Schedule schedule = repository.schedule(cycle.id());
        List<ReportingPeriod> periods = schedule.scheme().periods(cycle.year(), schedule.graceDays());
        List<Integer> opened = repository.openedPeriods(cycle.id());
        LocalDate today = LocalDate.now(clock);
        Board board = Board.of(items, ProgressService.byRow(repository.reports(cycle.id(), unitId)), periods, opened,
                today, clock.getZone());
        return new View(cycle, unitId, periods, opened, board, today);
    }
}
