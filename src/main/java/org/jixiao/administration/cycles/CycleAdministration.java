package org.jixiao.administration.cycles;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.cycle.CycleStatus;
import org.jixiao.organization.CurrentUser;
import org.jixiao.table.Points;
import org.jixiao.table.TableTemplate;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office opens, renames, closes and reopens cycles. Every refusal is a {@link Refused} with a
 * stable code, raised before anything is written.
 */
@Service
public class CycleAdministration {

    private final AssessmentCycles cycles;
    private final CycleCopier copier;
    private final CycleTrail trail;
    private final Clock clock;

    CycleAdministration(AssessmentCycles cycles, CycleCopier copier, CycleTrail trail, Clock clock) {
        this.cycles = cycles;
        this.copier = copier;
        this.trail = trail;
        this.clock = clock;
    }

    /** A cycle just opened, and what was copied into it. */
    public record Created(AssessmentCycle cycle, CycleCopier.Report copied) {
    }

    /** Every cycle, newest first, with its number of units; readable by anyone signed in. */
    public List<CycleRow> all() {
        Map<Long, Integer> units = cycles.unitCounts();
        return cycles.all().stream().map(c -> new CycleRow(c, units.getOrDefault(c.id(), 0))).toList();
    }

    public CycleRow row(long id) {
        return new CycleRow(cycle(id), cycles.unitCounts().getOrDefault(id, 0));
    }

    /** The cycle, or a refusal the API answers with 404 {@code CYCLE_NOT_FOUND}. */
    public AssessmentCycle cycle(long id) {
        return cycles.find(id).orElseThrow(() -> Refused.notFound("CYCLE_NOT_FOUND", "考评年度不存在：" + id));
    }

    /** The year a new cycle is most likely for: the year after the latest cycle, else this year. */
    public int nextYear() {
        return cycles.all().stream().mapToInt(AssessmentCycle::year).max().stream().map(y -> y + 1).findFirst()
                .orElse(Year.now(clock).getValue());
    }

    /**
     * Opens a cycle from a preset scaled to its total points or, with {@code copyFrom}, from that
     * earlier cycle's template (its year moved on), copying its settings and, on request, tables.
     */
    @Transactional
    public Created create(NewCycle request, CurrentUser user) {
        requireOffice(user);
        requireUnique(request.year(), request.series());
        AssessmentCycle source = request.copyFrom() == null ? null : source(request.copyFrom(), request);
        TableTemplate template = source == null ? presetTemplate(request) : copiedTemplate(source, request);
        AssessmentCycle created;
        try {
            created = cycles.open(request.year(), request.series(), request.level(), template,
                    source == null ? null : source.id());
        } catch (DuplicateKeyException e) {
            throw exists(request.year(), request.series());
        }
        CycleCopier.Report copied = source == null ? CycleCopier.Report.none()
                : copier.copy(source, created, request.copyTables(), user);
        trail.created(created, source, copied, user);
        return new Created(created, copied);
    }

    /** Renames the cycle's series or changes its level, provided nobody changed it since {@code version}. */
    @Transactional
    public AssessmentCycle change(long id, CycleChangeForm.Change change, @Nullable Long version, CurrentUser user) {
        requireOffice(user);
        AssessmentCycle cycle = requireOpen(cycle(id));
        if (!cycle.series().equals(change.series())) {
            requireUnique(cycle.year(), change.series());
        }
        AssessmentCycle changed = new AssessmentCycle(cycle.id(), cycle.year(), change.series(), change.level(),
                cycle.template(), cycle.status(), cycle.copiedFrom(), cycle.version());
        try {
            AssessmentCycle updated = cycles.update(changed, version == null ? cycle.version() : version);
            trail.changed(cycle, updated, user);
            return updated;
        } catch (DuplicateKeyException e) {
            throw exists(cycle.year(), change.series());
        } catch (OptimisticLockingFailureException e) {
            throw stale();
        }
    }

    /** 关闭: the year is over. Closing a closed cycle changes nothing. */
    @Transactional
    public AssessmentCycle close(long id, CurrentUser user) {
        return changeStatus(id, CycleStatus.CLOSED, user);
    }

    /** 重新开启: the office reopens a closed year, e.g. to correct it. */
    @Transactional
    public AssessmentCycle reopen(long id, CurrentUser user) {
        return changeStatus(id, CycleStatus.OPEN, user);
    }

    private AssessmentCycle changeStatus(long id, CycleStatus status, CurrentUser user) {
        requireOffice(user);
        AssessmentCycle cycle = cycle(id);
        if (cycle.status() == status) {
            return cycle;
        }
        AssessmentCycle changed = cycles.changeStatus(id, status);
        trail.statusChanged(cycle, changed, user);
        return changed;
    }

    static void requireOffice(CurrentUser user) {
        if (!user.isAdmin()) {
            throw Refused.forbidden("OFFICE_ONLY", "仅考评办可以管理考评年度");
        }
    }

    static AssessmentCycle requireOpen(AssessmentCycle cycle) {
        if (!cycle.isOpen()) {
            throw Refused.conflict("CYCLE_CLOSED", cycle.name() + "已关闭，不能修改；如需修改请先重新开启");
        }
        return cycle;
    }

    static Refused stale() {
        return Refused.conflict("STALE_VERSION", "考评年度已被他人修改，请刷新页面后重新修改");
    }

    private void requireUnique(int year, String series) {
        if (cycles.find(year, series).isPresent()) {
            throw exists(year, series);
        }
    }

    private static Refused exists(int year, String series) {
        return Refused.conflict("CYCLE_EXISTS", year + "年度“" + series + "”已存在，请换一个系列名称，或编辑已有的考评年度");
    }

    private AssessmentCycle source(long sourceId, NewCycle request) {
        AssessmentCycle source = cycles.find(sourceId).orElseThrow(() -> Refused.invalid("COPY_SOURCE_INVALID",
                "要复制的考评年度不存在：" + sourceId));
        if (source.year() >= request.year()) {
            throw Refused.invalid("COPY_SOURCE_INVALID", "只能复制更早年度的考评年度：" + source.name() + "不早于 "
                    + request.year() + " 年度");
        }
        return source;
    }

    private static TableTemplate presetTemplate(NewCycle request) {
        Points total = request.totalPoints() == null ? NewCycle.DEFAULT_TOTAL : request.totalPoints();
        try {
            return request.presetOrDefault().template(request.year(), total);
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("INVALID_TOTAL_POINTS", String.valueOf(e.getMessage()));
        }
    }

    private static TableTemplate copiedTemplate(AssessmentCycle source, NewCycle request) {
        Points total = source.totalPoints();
        if (request.totalPoints() != null && request.totalPoints().compareTo(total) != 0) {
            throw Refused.invalid("INVALID_TOTAL_POINTS", "复制" + source.name() + "时沿用其总分 " + total
                    + " 分；如需改用 " + request.totalPoints() + " 分制，请不复制往年，或复制后在模板中调整");
        }
        return source.template().forYear(request.year());
    }
}
