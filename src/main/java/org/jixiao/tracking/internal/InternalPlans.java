package org.jixiao.tracking.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.CurrentUser;
import org.jixiao.tracking.ProgressReport;
import org.jixiao.tracking.ProgressStatus;
import org.jixiao.tracking.ReportingPeriod;
import org.jixiao.tracking.RollUp;
import org.jixiao.tracking.TrackedItem;
import org.jixiao.tracking.progress.ProgressAccess;
import org.jixiao.tracking.progress.ProgressAudit;
import org.jixiao.tracking.progress.ProgressRepository;
import org.jixiao.tracking.progress.TrackedRows;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二级绩效: the unit's clerk decomposes the approved table into internal department plans — rows, or parts
 * of rows with their own target text and share — the departments report their parts per period, and the
 * unit sees per row how its parts add up ({@link RollUp}). Only the unit's own people (and people of
 * other units linked to its people) and the office see them; anyone else is told the unit does not exist.
 */
@Service
public class InternalPlans {

    public static final int MAX_NAME = 200;
    public static final int MAX_PERSON = 100;
    public static final int MAX_TARGET = 2000;

    private final InternalPlanRepository repository;
    private final TrackedRows rows;
    private final ProgressRepository progress;
    private final ProgressAccess access;
    private final ProgressAudit audit;
    private final AssessmentCycles cycles;
    private final Clock clock;

    InternalPlans(InternalPlanRepository repository, TrackedRows rows, ProgressRepository progress, ProgressAccess access,
                  ProgressAudit audit, AssessmentCycles cycles, Clock clock) {
        this.repository = repository;
        this.rows = rows;
        this.progress = progress;
        this.access = access;
        this.audit = audit;
        this.cycles = cycles;
        this.clock = clock;
    }

    /** A part with its row, its report in the period (or the latest before it) and whether the user reports it. */
    public record PartLine(InternalPart part, InternalPlan plan, TrackedItem item, @Nullable PartReport report,
                           @Nullable PartReport latest) {
    }

    /** A row of the unit's table with the parts it was split into and their roll-up. */
    public record RowLine(TrackedItem item, List<PartLine> parts, RollUp rollUp, @Nullable ProgressStatus reported) {
    }

    /** A plan with how many parts it has and how many are 已完成. */
    public record PlanLine(InternalPlan plan, int parts, int done) {
    }

    /**
     * The unit's internal plans in a period.
     *
     * @param edits whether the user may create plans and assign rows (the unit's clerk, the office)
     */
    public record Overview(AssessmentCycle cycle, long unitId, String unitName, List<ReportingPeriod> periods,
                           List<Integer> opened, int period, List<PlanLine> plans, List<RowLine> rows,
                           List<InternalPlanRepository.Department> departments, boolean edits) {

        public ReportingPeriod selected() {
            return periods.get(period - 1);
        }

        public List<RowLine> assigned() {
            return rows.stream().filter(r -> !r.parts().isEmpty()).toList();
        }
    }

    /** One plan's page: its parts in the period, and which of them the user may report. */
    public record PlanView(Overview overview, InternalPlan plan, List<PartLine> parts, boolean reports, boolean open) {
    }

    public Overview overview(long cycleId, long unitId, @Nullable Integer period, CurrentUser user) {
        ProgressAccess.Viewer viewer = access.forUnit(unitId, user);
        AssessmentCycle cycle = cycles.find(cycleId).orElseThrow(() -> new NotFound("考评年度不存在"));
        List<TrackedItem> items = rows.of(cycleId, unitId);
        if (items.isEmpty()) {
            throw new NotFound("该单位在本考评年度没有已批复的考评表");
        }
        ProgressRepository.Schedule schedule = progress.schedule(cycleId);
        List<ReportingPeriod> periods = schedule.scheme().periods(cycle.year(), schedule.graceDays());
        List<Integer> opened = progress.openedPeriods(cycleId);
        int selected = period != null && period >= 1 && period <= periods.size() ? period
                : opened.isEmpty() ? 1 : opened.get(opened.size() - 1);
        List<InternalPlan> plans = repository.plans(cycleId, unitId);
        Map<Long, InternalPlan> planById = plans.stream().collect(Collectors.toMap(InternalPlan::id, p -> p));
        Map<Long, List<PartReport>> reports = repository.reports(cycleId, unitId).stream()
                .collect(Collectors.groupingBy(PartReport::partId));
        Map<UUID, ProgressStatus> reported = progress.reports(cycleId, unitId).stream()
                .filter(r -> r.period() == selected).collect(Collectors.toMap(ProgressReport::rowId, ProgressReport::status));
        Map<UUID, List<PartLine>> partsByRow = new LinkedHashMap<>();
        Map<UUID, TrackedItem> itemByRow = items.stream().collect(Collectors.toMap(TrackedItem::rowId, i -> i));
        for (InternalPart part : repository.parts(cycleId, unitId)) {
            TrackedItem item = itemByRow.get(part.rowId());
            if (item == null) {
                continue; // the row left the table in a mid-year adjustment
            }
            List<PartReport> mine = reports.getOrDefault(part.id(), List.of());
            PartReport inPeriod = mine.stream().filter(r -> r.period() == selected).findFirst().orElse(null);
            PartReport latest = mine.stream().filter(r -> r.period() <= selected)
                    .max(Comparator.comparingInt(PartReport::period)).orElse(null);
            partsByRow.computeIfAbsent(part.rowId(), r -> new ArrayList<>())
                    .add(new PartLine(part, planById.get(part.planId()), item, inPeriod, latest));
        }
        List<RowLine> rowLines = items.stream().filter(viewer.sees()).map(item -> {
            List<PartLine> parts = partsByRow.getOrDefault(item.rowId(), List.of());
            return new RowLine(item, parts, rollUp(parts), reported.get(item.rowId()));
        }).toList();
        List<PlanLine> planLines = plans.stream().map(p -> {
            List<PartLine> parts = partsByRow.values().stream().flatMap(List::stream).filter(l -> l.plan().id() == p.id()).toList();
            return new PlanLine(p, parts.size(), (int) parts.stream()
                    .filter(l -> l.latest() != null && l.latest().status() == ProgressStatus.DONE).count());
        }).toList();
        return new Overview(cycle, unitId, items.get(0).unitName(), periods, opened, selected, planLines, rowLines,
                repository.departments(unitId), viewer.wholeUnit());
    }

    public PlanView plan(long cycleId, long unitId, long planId, @Nullable Integer period, CurrentUser user) {
        Overview overview = overview(cycleId, unitId, period, user);
        InternalPlan plan = overview.plans().stream().map(PlanLine::plan).filter(p -> p.id() == planId).findFirst()
                .orElseThrow(() -> new NotFound("二级绩效方案不存在"));
        List<PartLine> parts = new ArrayList<>();
        // every part of the plan, also of rows the user's own view of the table leaves out
        Map<UUID, TrackedItem> items = rows.of(cycleId, unitId).stream().collect(Collectors.toMap(TrackedItem::rowId, i -> i));
        Map<Long, List<PartReport>> reports = repository.reports(cycleId, unitId).stream()
                .collect(Collectors.groupingBy(PartReport::partId));
        for (InternalPart part : repository.parts(cycleId, unitId)) {
            if (part.planId() != planId || !items.containsKey(part.rowId())) {
                continue;
            }
            List<PartReport> mine = reports.getOrDefault(part.id(), List.of());
            parts.add(new PartLine(part, plan, items.get(part.rowId()),
                    mine.stream().filter(r -> r.period() == overview.period()).findFirst().orElse(null),
                    mine.stream().filter(r -> r.period() <= overview.period()).max(Comparator.comparingInt(PartReport::period))
                            .orElse(null)));
        }
        return new PlanView(overview, plan, parts, reports(plan, access.forUnit(unitId, user)),
                overview.opened().contains(overview.period()));
    }

    /** The unit's clerk (or the office) creates the plan of one internal department. */
    @Transactional
    public InternalPlan create(long cycleId, long unitId, @Nullable Long departmentId, String departmentName,
                               String responsible, CurrentUser user) {
        requireEditor(cycleId, unitId, user);
        String name = departmentName.strip();
        String person = responsible.strip();
        if (departmentId != null) {
            InternalPlanRepository.Department department = repository.departments(unitId).stream()
                    .filter(d -> d.id() == departmentId).findFirst()
                    .orElseThrow(() -> Refused.invalid("INTERNAL_DEPARTMENT", "请选择本单位的科室"));
            name = department.name();
            person = person.isEmpty() ? department.head() : person;
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw Refused.invalid("INTERNAL_DEPARTMENT", "请填写科室（处室）名称，不超过 " + MAX_NAME + " 个字");
        }
        if (person.isEmpty() || person.length() > MAX_PERSON) {
            throw Refused.invalid("INTERNAL_RESPONSIBLE", "请填写科室负责人，不超过 " + MAX_PERSON + " 个字");
        }
        if (repository.exists(cycleId, unitId, name)) {
            throw Refused.conflict("INTERNAL_PLAN_EXISTS", "“" + name + "”的二级绩效方案已经建立");
        }
        long id = repository.create(cycleId, unitId, departmentId, name, person, user.username(), clock.instant());
        InternalPlan plan = new InternalPlan(id, cycleId, unitId, departmentId, name, person);
        audit.internal(cycleId, unitId, "新建方案 " + name, null, Map.of("department", name, "responsible", person), user);
        return plan;
    }

    /**
     * Gives a row, or a part of it, to an internal plan: the department's target text (empty: the row's
     * own text) and an optional share in percent; the shares of a row's parts add up to at most 100.
     */
    @Transactional
    public InternalPart assign(long cycleId, long unitId, long planId, UUID rowId, String target,
                               @Nullable BigDecimal share, CurrentUser user) {
        requireEditor(cycleId, unitId, user);
        InternalPlan plan = repository.plans(cycleId, unitId).stream().filter(p -> p.id() == planId).findFirst()
                .orElseThrow(() -> new NotFound("二级绩效方案不存在"));
        TrackedItem item = rows.of(cycleId, unitId).stream().filter(i -> i.rowId().equals(rowId)).findFirst()
                .orElseThrow(() -> Refused.invalid("INTERNAL_ROW", "请选择本单位考评表中的二级指标"));
        String text = target.strip().isEmpty() ? item.text() : target.strip();
        if (text.length() > MAX_TARGET) {
            throw Refused.invalid("INTERNAL_TARGET_TOO_LONG", "分解目标不能超过 " + MAX_TARGET + " 个字");
        }
        List<InternalPart> ofRow = repository.parts(cycleId, unitId).stream().filter(p -> p.rowId().equals(rowId)).toList();
        if (ofRow.stream().anyMatch(p -> p.planId() == planId)) {
            throw Refused.conflict("INTERNAL_ROW_ASSIGNED", "指标 " + item.code() + " 已分解给" + plan.departmentName());
        }
        BigDecimal scaled = checkedShare(item, share, ofRow);
        long id = repository.assign(planId, rowId, text, scaled);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("row", item.code());
        after.put("target", text);
        after.put("share", scaled == null ? null : scaled.toPlainString());
        audit.internal(cycleId, unitId, plan.departmentName() + " 分解 行 " + item.code(), null, after, user);
        return new InternalPart(id, planId, rowId, text, scaled);
    }

    /**
     * The unit's clerk (or the office) renames a plan or changes its responsible person. A plan made from a
     * department of the organization stays linked to it while it keeps the department's name.
     */
    @Transactional
    public InternalPlan update(long cycleId, long unitId, long planId, String departmentName, String responsible,
                               CurrentUser user) {
        requireEditor(cycleId, unitId, user);
        InternalPlan plan = plan(cycleId, unitId, planId);
        String name = departmentName.strip();
        String person = responsible.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw Refused.invalid("INTERNAL_DEPARTMENT", "请填写科室（处室）名称，不超过 " + MAX_NAME + " 个字");
        }
        if (person.isEmpty() || person.length() > MAX_PERSON) {
            throw Refused.invalid("INTERNAL_RESPONSIBLE", "请填写科室负责人，不超过 " + MAX_PERSON + " 个字");
        }
        if (!name.equals(plan.departmentName()) && repository.exists(cycleId, unitId, name)) {
            throw Refused.conflict("INTERNAL_PLAN_EXISTS", "“" + name + "”的二级绩效方案已经建立");
        }
        Long departmentId = plan.departmentId() != null && repository.departments(unitId).stream()
                .anyMatch(d -> d.id() == plan.departmentId() && d.name().equals(name)) ? plan.departmentId() : null;
        try {
            if (repository.update(planId, departmentId, name, person) == 0) {
                throw gonePlan();
            }
        } catch (DuplicateKeyException e) {
            throw Refused.conflict("INTERNAL_PLAN_EXISTS", "“" + name + "”的二级绩效方案已经建立");
        }
        InternalPlan changed = new InternalPlan(planId, cycleId, unitId, departmentId, name, person);
        audit.internal(cycleId, unitId, "修改方案 " + plan.departmentName(), planContent(plan), planContent(changed), user);
        return changed;
    }

    /**
     * Removes a plan with its parts — refused while any of its parts has progress reported, so that what a
     * department reported is never lost (its parts are then edited, or the plan kept).
     */
    @Transactional
    public void remove(long cycleId, long unitId, long planId, CurrentUser user) {
        requireEditor(cycleId, unitId, user);
        InternalPlan plan = plan(cycleId, unitId, planId);
        List<InternalPart> parts = repository.parts(cycleId, unitId).stream().filter(p -> p.planId() == planId).toList();
        Map<UUID, String> codes = rows.of(cycleId, unitId).stream().collect(Collectors.toMap(TrackedItem::rowId, TrackedItem::code));
        List<String> reported = parts.stream().filter(p -> repository.reportCount(p.id()) > 0)
                .map(p -> codes.getOrDefault(p.rowId(), "（已调出）")).toList();
        if (!reported.isEmpty()) {
            throw Refused.conflict("INTERNAL_HAS_PROGRESS", plan.departmentName() + "的分解事项（行 " + String.join("、", reported)
                    + "）已报送进展，不能删除该方案；进展记录须保留，可修改方案名称或负责人");
        }
        if (repository.remove(planId) == 0) {
            // a part was reported, given or removed meanwhile: nothing is removed (the transaction rolls back)
            throw Refused.conflict("INTERNAL_PLAN_CHANGED", "该方案刚被他人修改（可能已删除或新报送了进展），请刷新页面后再试");
        }
        Map<String, Object> before = planContent(plan);
        before.put("parts", parts.stream().map(p -> codes.getOrDefault(p.rowId(), p.rowId().toString())).toList());
        audit.internal(cycleId, unitId, "删除方案 " + plan.departmentName(), before, null, user);
    }

    /**
     * Changes a part's target text (empty: the row's own text) and share; the shares of the row's parts
     * still add up to at most 100, as when it was given.
     */
    @Transactional
    public InternalPart updatePart(long cycleId, long unitId, long planId, long partId, String target,
                                   @Nullable BigDecimal share, CurrentUser user) {
        requireEditor(cycleId, unitId, user);
        InternalPlan plan = plan(cycleId, unitId, planId);
        List<InternalPart> all = repository.parts(cycleId, unitId);
        InternalPart part = part(all, planId, partId);
        TrackedItem item = rows.of(cycleId, unitId).stream().filter(i -> i.rowId().equals(part.rowId())).findFirst()
                .orElseThrow(() -> Refused.conflict("INTERNAL_ROW_GONE", "该指标已不在本单位考评表中，不能修改其分解事项"));
        String text = target.strip().isEmpty() ? item.text() : target.strip();
        if (text.length() > MAX_TARGET) {
            throw Refused.invalid("INTERNAL_TARGET_TOO_LONG", "分解目标不能超过 " + MAX_TARGET + " 个字");
        }
        BigDecimal scaled = checkedShare(item, share,
                all.stream().filter(p -> p.rowId().equals(part.rowId()) && p.id() != partId).toList());
        if (repository.updatePart(partId, text, scaled) == 0) {
            throw gonePart();
        }
        InternalPart changed = new InternalPart(partId, planId, part.rowId(), text, scaled);
        audit.internal(cycleId, unitId, plan.departmentName() + " 修改分解 行 " + item.code(), partContent(part, item),
                partContent(changed, item), user);
        return changed;
    }

    /** Removes a part — refused once it has progress reported; a part removed meanwhile is said so. */
    @Transactional
    public void removePart(long cycleId, long unitId, long planId, long partId, CurrentUser user) {
        requireEditor(cycleId, unitId, user);
        InternalPlan plan = plan(cycleId, unitId, planId);
        InternalPart part = part(repository.parts(cycleId, unitId), planId, partId);
        String code = rows.of(cycleId, unitId).stream().filter(i -> i.rowId().equals(part.rowId())).map(TrackedItem::code)
                .findFirst().orElse(part.rowId().toString());
        if (repository.removePart(partId) == 0) {
            if (repository.reportCount(partId) > 0) {
                throw Refused.conflict("INTERNAL_HAS_PROGRESS", plan.departmentName() + "的分解事项（行 " + code
                        + "）已报送进展，不能删除；进展记录须保留，可修改其分解目标和比重");
            }
            throw gonePart();
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("row", code);
        before.put("target", part.target());
        before.put("share", part.share() == null ? null : part.share().toPlainString());
        audit.internal(cycleId, unitId, plan.departmentName() + " 删除分解 行 " + code, before, null, user);
    }

    private InternalPlan plan(long cycleId, long unitId, long planId) {
        return repository.plans(cycleId, unitId).stream().filter(p -> p.id() == planId).findFirst().orElseThrow(InternalPlans::gonePlan);
    }

    private static InternalPart part(List<InternalPart> parts, long planId, long partId) {
        return parts.stream().filter(p -> p.id() == partId && p.planId() == planId).findFirst().orElseThrow(InternalPlans::gonePart);
    }

    private static Refused gonePlan() {
        return Refused.notFound("INTERNAL_PLAN_GONE", "二级绩效方案不存在（可能已被他人删除），请刷新页面");
    }

    private static Refused gonePart() {
        return Refused.notFound("INTERNAL_PART_GONE", "分解事项不存在（可能已被他人删除），请刷新页面");
    }

    private static Map<String, Object> planContent(InternalPlan plan) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("department", plan.departmentName());
        map.put("responsible", plan.responsible());
        return map;
    }

    private static Map<String, Object> partContent(InternalPart part, TrackedItem item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("row", item.code());
        map.put("target", part.target());
        map.put("share", part.share() == null ? null : part.share().toPlainString());
        return map;
    }

    /** The share checked and scaled: over 0, at most 100 with two decimals, and with the row's other parts at most 100. */
    private static @Nullable BigDecimal checkedShare(TrackedItem item, @Nullable BigDecimal share, List<InternalPart> others) {
        if (share == null) {
            return null;
        }
        if (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 2) {
            throw Refused.invalid("INTERNAL_SHARE", "分解比重应为大于 0、不超过 100 的百分数（最多两位小数），不填则平均分配");
        }
        BigDecimal scaled = share.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal given = others.stream().map(InternalPart::share).filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (given.add(scaled).compareTo(BigDecimal.valueOf(100)) > 0) {
            throw Refused.invalid("INTERNAL_SHARE_OVER", "指标 " + item.code() + " 已分配比重 " + given.stripTrailingZeros().toPlainString()
                    + "%，再加 " + scaled.stripTrailingZeros().toPlainString() + "% 将超过 100%");
        }
        return scaled;
    }

    /** The department (or the unit's clerk) reports its part for an opened period. */
    @Transactional
    public PartReport report(long cycleId, long unitId, long planId, long partId, int period, ProgressStatus status,
                             @Nullable Integer percent, String done, CurrentUser user) {
        ProgressAccess.Viewer viewer = access.forUnit(unitId, user);
        InternalPlan plan = repository.plans(cycleId, unitId).stream().filter(p -> p.id() == planId).findFirst()
                .orElseThrow(() -> new NotFound("二级绩效方案不存在"));
        InternalPart part = repository.parts(cycleId, unitId).stream().filter(p -> p.id() == partId && p.planId() == planId)
                .findFirst().orElseThrow(() -> new NotFound("分解事项不存在"));
        if (!reports(plan, viewer)) {
            throw Refused.forbidden("INTERNAL_NOT_REPORTER", "只有本单位经办人或" + plan.departmentName() + "可以报送该事项");
        }
        if (!progress.openedPeriods(cycleId).contains(period)) {
            throw Refused.conflict("PERIOD_NOT_OPEN", "该报告期尚未开放，考评办开放后才能报送");
        }
        ProgressReport.Outcome checked = ProgressReport.submit(null, cycleId, unitId, part.rowId(), period, status, percent,
                done, user.username(), clock.instant());
        if (checked.isRefused()) {
            throw Refused.invalid(checked.code(), checked.message());
        }
        Optional<PartReport> before = repository.report(partId, period);
        PartReport report = new PartReport(partId, period, status, percent, checked.report().done(), clock.instant(),
                user.username());
        repository.save(report);
        audit.internal(cycleId, unitId, plan.departmentName() + " 第 " + period + " 期进展 事项 " + partId,
                before.map(InternalPlans::content).orElse(null), content(report), user);
        return report;
    }

    private static Map<String, Object> content(PartReport r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", r.status().name());
        map.put("percent", r.percent());
        map.put("done", r.done());
        return map;
    }

    /** The unit's clerk reports every part; a linked person the parts of their own department's plan. */
    private static boolean reports(InternalPlan plan, ProgressAccess.Viewer viewer) {
        if (!viewer.reports()) {
            return false;
        }
        return viewer.people().isEmpty() || viewer.people().stream().anyMatch(p -> p.department().equals(plan.departmentName())
                || p.name().equals(plan.responsible()));
    }

    private void requireEditor(long cycleId, long unitId, CurrentUser user) {
        if (!access.forUnit(unitId, user).wholeUnit()) {
            throw Refused.forbidden("INTERNAL_CLERK_ONLY", "只有本单位经办人（或考评办）可以建立、修改或删除二级绩效方案和分解指标");
        }
        cycles.find(cycleId).orElseThrow(() -> new NotFound("考评年度不存在"));
    }

    private static RollUp rollUp(List<PartLine> parts) {
        return RollUp.of(parts.stream().map(l -> new RollUp.Part(l.part().share(),
                l.latest() == null ? null : l.latest().status(), l.latest() == null ? null : l.latest().percent())).toList());
    }
}
