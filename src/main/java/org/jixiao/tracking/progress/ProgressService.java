package org.jixiao.tracking.progress;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.evidence.EvidenceFile;
import org.jixiao.evidence.EvidenceFiles;
import org.jixiao.organization.CurrentUser;
import org.jixiao.tracking.Flag;
import org.jixiao.tracking.OverdueCheck;
import org.jixiao.tracking.ProgressReport;
import org.jixiao.tracking.ProgressStatus;
import org.jixiao.tracking.ReportingPeriod;
import org.jixiao.tracking.TrackedItem;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 进展报送与审核: a unit reports each item per opened period with evidence; the office reviews. */
@Service
public class ProgressService {

    private final TrackedRows rows;
    private final ProgressRepository repository;
    private final ProgressAccess access;
    private final EvidenceFiles evidence;
    private final AssessmentCycles cycles;
    private final ApplicationEventPublisher events;
    private final ProgressAudit audit;
    private final Clock clock;

    ProgressService(TrackedRows rows, ProgressRepository repository, ProgressAccess access, EvidenceFiles evidence,
                    AssessmentCycles cycles, ApplicationEventPublisher events, ProgressAudit audit, Clock clock) {
        this.rows = rows;
        this.repository = repository;
        this.access = access;
        this.evidence = evidence;
        this.cycles = cycles;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** One item on the unit's page: its reports by period, the selected period's evidence and its flags. */
    public record Line(TrackedItem item, Map<Integer, ProgressReport> reports, List<EvidenceFile> evidence,
                       List<Flag> flags) {

        public @Nullable ProgressReport in(int period) {
            return reports.get(period);
        }

        public boolean overdue() {
            return flags.stream().anyMatch(f -> f.kind().isOverdue());
        }
    }

    /** A unit's progress in one period as its page shows it. */
    public record UnitView(AssessmentCycle cycle, long unitId, String unitName, List<ReportingPeriod> periods,
                           List<Integer> opened, int period, List<Line> lines, ProgressAccess.Viewer viewer,
                           LocalDate today) {

        public boolean isOpen(int number) {
            return opened.contains(number);
        }

        public ReportingPeriod selected() {
            return periods.get(period - 1);
        }

        /**
         * Items by responsible department: department ("" where the row names none) → count per status
         * ({@code null}: not reported in the period).
         */
        public Map<String, Map<@Nullable ProgressStatus, Long>> byDepartment() {
            Map<String, Map<@Nullable ProgressStatus, Long>> result = new java.util.TreeMap<>();
            for (Line line : lines) {
                List<String> departments = line.item().departments().isEmpty() ? List.of("") : line.item().departments();
                ProgressReport report = line.in(period);
                ProgressStatus status = report == null ? null : report.status();
                for (String d : departments) {
                    result.computeIfAbsent(d, k -> new java.util.LinkedHashMap<>()).merge(status, 1L, Long::sum);
                }
            }
            return result;
        }
    }

    public UnitView unit(long cycleId, long unitId, @Nullable Integer period, CurrentUser user) {
        AssessmentCycle cycle = cycle(cycleId);
        ProgressAccess.Viewer viewer = access.forUnit(unitId, user);
        List<TrackedItem> items = rows.of(cycleId, unitId);
        if (items.isEmpty()) {
            throw new NotFound("该单位在本考评年度没有已批复的考评表");
        }
        String unitName = items.get(0).unitName();
        ProgressRepository.Schedule schedule = repository.schedule(cycleId);
        List<ReportingPeriod> periods = schedule.scheme().periods(cycle.year(), schedule.graceDays());
        List<Integer> opened = repository.openedPeriods(cycleId);
        int selected = period != null && period >= 1 && period <= periods.size() ? period
                : opened.isEmpty() ? 1 : opened.get(opened.size() - 1);
        Map<UUID, Map<Integer, ProgressReport>> reports = byRow(repository.reports(cycleId, unitId));
        Map<UUID, List<EvidenceFile>> files = evidence.ofPeriod(cycleId, unitId, selected).stream()
                .collect(Collectors.groupingBy(EvidenceFile::rowId));
        LocalDate today = LocalDate.now(clock);
        List<ReportingPeriod> openedPeriods = periods.stream().filter(p -> opened.contains(p.number())).toList();
        List<Line> lines = new ArrayList<>();
        for (TrackedItem item : items) {
            if (!viewer.sees().test(item)) {
                continue;
            }
            Map<Integer, ProgressReport> mine = reports.getOrDefault(item.rowId(), Map.of());
            lines.add(new Line(item, mine, files.getOrDefault(item.rowId(), List.of()),
                    OverdueCheck.flags(item.deadline(), statuses(mine), openedPeriods, today)));
        }
        return new UnitView(cycle, unitId, unitName, periods, opened, selected, lines, viewer, today);
    }

    /** The unit reports an item for an opened period (again, until the office accepts it). */
    @Transactional
    public ProgressReport submit(long cycleId, long unitId, UUID rowId, int period, ProgressStatus status,
                                 @Nullable Integer percent, String done, CurrentUser user) {
        TrackedItem item = reportable(cycleId, unitId, rowId, period, user);
        ProgressReport before = repository.report(cycleId, rowId, period).orElse(null);
        ProgressReport.Outcome outcome = ProgressReport.submit(before,
                cycleId, item.unitId(), rowId, period, status, percent, done, user.username(), clock.instant());
        ProgressReport report = orRefuse(outcome);
        repository.save(report);
        audit.reported(item, before, report, user);
        return report;
    }

    /** The office accepts a report or returns it with a reason; a return tells the unit. */
    @Transactional
    public ProgressReport review(long cycleId, long unitId, UUID rowId, int period, boolean accept, String comment,
                                 CurrentUser user) {
        ProgressAccess.requireOffice(user);
        TrackedItem item = item(cycleId, unitId, rowId);
        ProgressReport before = repository.report(cycleId, rowId, period)
                .orElseThrow(() -> Refused.conflict("PROGRESS_NOT_REPORTED", "该指标本期尚未报送进展，无法审核"));
        ProgressReport after = orRefuse(accept ? before.accept(comment, user.username(), clock.instant())
                : before.returnWithReason(comment, user.username(), clock.instant()));
        repository.save(after);
        audit.reviewed(item, before, after, user);
        if (!accept) {
            events.publishEvent(new ProgressReturned(cycleId, unitId, rowId, item.code(), item.text(), period,
                    after.reviewComment()));
        }
        return after;
    }

    /** A report returned by the office, for the notification centre. */
    public record ProgressReturned(long cycleId, long unitId, UUID rowId, String code, String text, int period, String reason) {
    }

    @Transactional
    public EvidenceFile upload(long cycleId, long unitId, UUID rowId, int period, EvidenceFiles.Upload upload,
                               CurrentUser user) {
        TrackedItem item = reportable(cycleId, unitId, rowId, period, user);
        repository.report(cycleId, rowId, period).filter(r -> r.review() == org.jixiao.tracking.Review.ACCEPTED)
                .ifPresent(r -> {
                    throw Refused.conflict("PROGRESS_ACCEPTED", "该指标本期进展已审核通过，不能再添加佐证材料");
                });
        EvidenceFile file = evidence.store(cycleId, unitId, rowId, period, upload, user.username());
        audit.evidence(cycleId, item, period, file.fileName(), file.id(), user);
        return file;
    }

    /** An evidence file of a row the user sees, with its content. */
    public record Download(EvidenceFile file, InputStream content) {
    }

    public Download download(long cycleId, UUID fileId, CurrentUser user) {
        EvidenceFile file = evidence.find(fileId).filter(f -> f.cycleId() == cycleId)
                .orElseThrow(() -> new NotFound("文件不存在"));
        ProgressAccess.Viewer viewer = access.forUnit(file.unitId(), user);
        TrackedItem item = item(cycleId, file.unitId(), file.rowId());
        if (!viewer.sees().test(item)) {
            throw new NotFound("文件不存在");
        }
        try {
            return new Download(file, evidence.open(file));
        } catch (IOException e) {
            throw new NotFound("文件内容缺失");
        }
    }

    @Transactional
    public boolean openPeriod(long cycleId, int period, CurrentUser user) {
        ProgressAccess.requireOffice(user);
        AssessmentCycle cycle = cycle(cycleId);
        ProgressRepository.Schedule schedule = repository.schedule(cycleId);
        if (period < 1 || period > schedule.scheme().count()) {
            throw Refused.invalid("PERIOD_INVALID", "报告期应在 1 到 " + schedule.scheme().count() + " 之间");
        }
        boolean opened = repository.open(cycleId, period, user.username(), clock.instant());
        if (opened) {
            events.publishEvent(new PeriodOpened(cycleId, period,
                    schedule.scheme().period(cycle.year(), period, schedule.graceDays())));
        }
        return opened;
    }

    /** The office opened a reporting period. */
    public record PeriodOpened(long cycleId, int number, ReportingPeriod period) {
    }

    @Transactional
    public void changeSchedule(long cycleId, org.jixiao.tracking.PeriodScheme scheme, int graceDays, CurrentUser user) {
        ProgressAccess.requireOffice(user);
        cycle(cycleId);
        if (!repository.openedPeriods(cycleId).isEmpty() && repository.schedule(cycleId).scheme() != scheme) {
            throw Refused.conflict("SCHEDULE_LOCKED", "已开放报告期后不能再更改报告周期");
        }
        if (graceDays < 0 || graceDays > 60) {
            throw Refused.invalid("GRACE_DAYS", "报送宽限天数应在 0 到 60 之间");
        }
        repository.saveSchedule(cycleId, new ProgressRepository.Schedule(scheme, graceDays), user.username(),
                clock.instant());
    }

    /** The office's export of every unit's progress in one period. */
    public record Export(String cycleName, ReportingPeriod period, List<ExportLine> lines) {
    }

    public record ExportLine(TrackedItem item, @Nullable ProgressReport report) {
    }

    public Export export(long cycleId, int period, CurrentUser user) {
        ProgressAccess.requireOffice(user);
        AssessmentCycle cycle = cycle(cycleId);
        ProgressRepository.Schedule schedule = repository.schedule(cycleId);
        if (period < 1 || period > schedule.scheme().count()) {
            throw Refused.invalid("PERIOD_INVALID", "报告期应在 1 到 " + schedule.scheme().count() + " 之间");
        }
        Map<UUID, Map<Integer, ProgressReport>> reports = byRow(repository.reports(cycleId, null));
        List<ExportLine> lines = rows.of(cycleId, null).stream()
                .map(i -> new ExportLine(i, reports.getOrDefault(i.rowId(), Map.of()).get(period))).toList();
        return new Export(cycle.name(), schedule.scheme().period(cycle.year(), period, schedule.graceDays()), lines);
    }

    /** An account or a person the office may link, or an existing link. */
    public record Choice(long id, String label) {
    }

    /** An account of the unit, offered by user name. */
    public record AccountChoice(long id, String username, String name) {
    }

    /** The unit's accounts and people for the office's link form, and the links to the unit's people. */
    public record LinkChoices(List<AccountChoice> accounts, List<Choice> people, List<ProgressRepository.Link> links) {
    }

    public LinkChoices linkChoices(long unitId, CurrentUser user) {
        ProgressAccess.requireOffice(user);
        return new LinkChoices(repository.accountsOf(unitId), repository.peopleOf(unitId), repository.linksOf(unitId));
    }

    /**
     * The office links an account — of this unit or of another one (one official responsible in several
     * units) — to a person of this unit (科室负责人 or 责任人): the account then sees and reports the rows
     * naming that person or their department, besides what it saw before.
     */
    @Transactional
    public void link(long unitId, long accountId, long personId, CurrentUser user) {
        ProgressAccess.requireOffice(user);
        String username = repository.unitAccount(accountId).orElseThrow(() -> Refused.invalid("LINK_ACCOUNT",
                "请选择参评单位的经办人或领导账号（已停用的账号不能关联）"));
        if (repository.peopleOf(unitId).stream().noneMatch(c -> c.id() == personId)) {
            throw Refused.invalid("LINK_OTHER_UNIT", "人员必须属于本单位，且须为科室负责人或责任人");
        }
        repository.link(accountId, personId);
        audit.linked(unitId, username, personId, true, user);
    }

    /** The same by user name, as the office types it on the unit's page. */
    @Transactional
    public void link(long unitId, String username, long personId, CurrentUser user) {
        ProgressAccess.requireOffice(user);
        long accountId = repository.unitAccount(username.strip()).orElseThrow(() -> Refused.invalid("LINK_ACCOUNT",
                "没有用户名为“" + username.strip() + "”的参评单位账号（经办人或领导，未停用）"));
        link(unitId, accountId, personId, user);
    }

    @Transactional
    public void unlink(long unitId, long accountId, long personId, CurrentUser user) {
        ProgressAccess.requireOffice(user);
        if (repository.linksOf(unitId).stream().noneMatch(l -> l.accountId() == accountId && l.personId() == personId)) {
            throw new NotFound("关联不存在");
        }
        repository.unlink(accountId, personId);
        audit.linked(unitId, repository.unitAccount(accountId).orElse(String.valueOf(accountId)), personId, false, user);
    }

    /**
     * 我的事项 across every unit the user belongs to or is responsible in, in the cycle: for each unit
     * its page's view (only the rows the user sees there), units without such rows left out.
     */
    public List<UnitView> myItems(long cycleId, CurrentUser user) {
        List<UnitView> result = new ArrayList<>();
        for (long unitId : access.unitsOf(user)) {
            try {
                UnitView view = unit(cycleId, unitId, null, user);
                if (!view.lines().isEmpty()) {
                    result.add(view);
                }
            } catch (NotFound noApprovedTable) {
                // the unit has no approved table in this cycle: nothing to track there
            }
        }
        return result;
    }

    private TrackedItem reportable(long cycleId, long unitId, UUID rowId, int period, CurrentUser user) {
        ProgressAccess.Viewer viewer = access.forUnit(unitId, user);
        TrackedItem item = item(cycleId, unitId, rowId);
        if (!viewer.sees().test(item)) {
            throw new NotFound("指标不存在");
        }
        if (!viewer.reports()) {
            throw Refused.forbidden("PROGRESS_NOT_REPORTER", "只有本单位经办人或责任科室可以报送进展");
        }
        if (!repository.openedPeriods(cycleId).contains(period)) {
            throw Refused.conflict("PERIOD_NOT_OPEN", "该报告期尚未开放，考评办开放后才能报送");
        }
        return item;
    }

    private TrackedItem item(long cycleId, long unitId, UUID rowId) {
        return rows.of(cycleId, unitId).stream().filter(i -> i.rowId().equals(rowId)).findFirst()
                .orElseThrow(() -> new NotFound("指标不存在"));
    }

    private AssessmentCycle cycle(long cycleId) {
        return cycles.find(cycleId).orElseThrow(() -> new NotFound("考评年度不存在"));
    }

    static Map<UUID, Map<Integer, ProgressReport>> byRow(List<ProgressReport> reports) {
        Map<UUID, Map<Integer, ProgressReport>> result = new HashMap<>();
        reports.forEach(r -> result.computeIfAbsent(r.rowId(), k -> new HashMap<>()).put(r.period(), r));
        return result;
    }

    static Map<Integer, ProgressStatus> statuses(Map<Integer, ProgressReport> reports) {
        Map<Integer, ProgressStatus> result = new HashMap<>();
        reports.forEach((p, r) -> result.put(p, r.status()));
        return result;
    }

    private static ProgressReport orRefuse(ProgressReport.Outcome outcome) {
        if (outcome.isRefused()) {
            throw Refused.invalid(outcome.code(), outcome.message());
        }
        return outcome.report();
    }
}
