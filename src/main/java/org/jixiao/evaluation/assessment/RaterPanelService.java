package org.jixiao.evaluation.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.evaluation.RaterPanels;
import org.jixiao.organization.Account;
import org.jixiao.organization.AccountRepository;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitRepository;
import org.jixiao.web.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns raters to whole groups of a cycle; single units go through {@link AssessmentService}.
 * A group assignment makes the rater assigned to every unit of the group (the repository's
 * {@code isAssigned} reads both), except their own unit, which the access rules never let them score.
 */
@Service
public class RaterPanelService implements RaterPanels {

    private final RaterGroupRepository groups;
    private final AssessmentRepository assessment;
    private final AssessmentService units;
    private final SettingsService settings;
    private final AssessmentCycles cycles;
    private final AccountRepository accounts;
    private final UnitRepository unitRepository;
    private final Clock clock;
    private final EvaluationAudit audit;

    RaterPanelService(RaterGroupRepository groups, AssessmentRepository assessment, AssessmentService units,
                      SettingsService settings, AssessmentCycles cycles, AccountRepository accounts,
                      UnitRepository unitRepository, Clock clock, EvaluationAudit audit) {
        this.audit = audit;
        this.groups = groups;
        this.assessment = assessment;
        this.units = units;
        this.settings = settings;
        this.cycles = cycles;
        this.accounts = accounts;
        this.unitRepository = unitRepository;
        this.clock = clock;
    }

    /**
     * A group of the cycle with the raters assigned to all of it and its 应评人数 ({@code null}: every
     * rater assigned to each unit), for the office's raters page.
     */
    public record GroupPanel(Group group, List<RaterGroupRepository.GroupAssignment> raters,
                             @org.jspecify.annotations.Nullable Integer panelSize) {
    }

    public List<GroupPanel> groupPanels(long cycleId, CurrentUser by) {
        SettingsService.requireOffice(by);
        cycle(cycleId);
        List<RaterGroupRepository.GroupAssignment> assigned = groups.assignments(cycleId);
        Map<Long, Integer> sizes = groups.panelSizes(cycleId);
        return groups.groups(cycleId).stream()
                .map(g -> new GroupPanel(g, assigned.stream().filter(a -> a.groupId() == g.id()).toList(),
                        sizes.get(g.id())))
                .toList();
    }

    /**
     * 应评人数 of a group: how many rater scores each item of its units expects before it is complete
     * ({@code null}: every rater assigned to the unit, at most the cycle's 集中考评组人数). At most the
     * cycle's 集中考评组人数; recorded in the audit trail.
     */
    @Transactional
    public void setPanelSize(long cycleId, long groupId, @org.jspecify.annotations.Nullable Integer size,
                             CurrentUser by) {
        SettingsService.requireOffice(by);
        cycle(cycleId);
        Group group = group(cycleId, groupId);
        int max = settings.settings(cycleId).scoring().maxRaters();
        if (size != null && (size < 1 || size > max)) {
            throw Refused.invalid("PANEL_SIZE_INVALID", "“" + group.name() + "”的应评人数应在 1 到 " + max
                    + " 人之间（评分规则的集中考评组人数为 " + max + "）；留空则为分配给单位的全部考评员");
        }
        Integer before = groups.panelSizes(cycleId).get(groupId);
        if (java.util.Objects.equals(before, size)) {
            return;
        }
        groups.setPanelSize(cycleId, groupId, size, by.username(), clock.instant());
        audit.record(org.jixiao.audit.AuditKind.SETTINGS, by, cycleId, null, "应评人数：" + group.name(),
                EvaluationAudit.fields("应评人数", before == null ? "全部已分配考评员" : before),
                EvaluationAudit.fields("应评人数", size == null ? "全部已分配考评员" : size));
    }

    @Override
    public Panel panel(long cycleId, long raterAccountId, CurrentUser by) {
        SettingsService.requireOffice(by);
        return panel(cycle(cycleId), rater(raterAccountId));
    }

    @Override
    public List<Panel> panels(long raterAccountId, CurrentUser by) {
        SettingsService.requireOffice(by);
        Account rater = rater(raterAccountId);
        return groups.cyclesOf(raterAccountId).stream().map(id -> panel(cycle(id), rater)).toList();
    }

    @Override
    @Transactional
    public Panel assignGroup(long cycleId, long raterAccountId, long groupId, CurrentUser by) {
        SettingsService.requireOffice(by);
        AssessmentCycle cycle = cycle(cycleId);
        Account rater = rater(raterAccountId);
        Group group = group(cycleId, groupId);
        if (!rater.enabled()) {
            throw Refused.conflict("RATER_DISABLED", rater.displayName() + "的账号已停用，不能分配");
        }
        if (groups.isAssigned(cycleId, raterAccountId, groupId)) {
            return panel(cycle, rater);
        }
        int max = settings.settings(cycleId).scoring().maxRaters();
        List<String> full = group.units().stream()
                .filter(u -> !isOwn(rater, u.unitId()) && !assessment.isAssigned(cycleId, raterAccountId, u.unitId()))
                .filter(u -> assessment.assignedCount(cycleId, u.unitId()) >= max)
                .map(Member::name).toList();
        if (!full.isEmpty()) {
            throw Refused.conflict("TOO_MANY_RATERS", String.join("、", full) + "已分配 " + max
                    + " 名考评组成员，达到评分规则的人数上限");
        }
        Panel before = panel(cycle, rater);
        Instant now = clock.instant();
        groups.assign(cycleId, raterAccountId, groupId, by.username(), now);
        for (Member unit : group.units()) {
            assessment.history(cycleId, unit.unitId(), null, "ASSIGN_RATER_GROUP", by.username(), null,
                    rater.username() + "（" + group.name() + "）", now);
        }
        Panel after = panel(cycle, rater);
        recordGroups("考评组分配：", rater, before, after, by);
        return after;
    }

    /** One audit entry per change of a rater's groups, from the raters page and the API alike. */
    private void recordGroups(String action, Account rater, Panel before, Panel after, CurrentUser by) {
        audit.record(org.jixiao.audit.AuditKind.SETTINGS, by, after.cycleId(), null, action + rater.username(),
                groupNames(rater, before), groupNames(rater, after));
    }

    private static java.util.Map<String, @org.jspecify.annotations.Nullable Object> groupNames(Account rater,
                                                                                               Panel panel) {
        return EvaluationAudit.fields("考评组成员", rater.username(), "考评组",
                panel.groups().stream().map(Group::name).toList());
    }

    @Override
    @Transactional
    public void unassignGroup(long cycleId, long raterAccountId, long groupId, CurrentUser by) {
        SettingsService.requireOffice(by);
        AssessmentCycle cycle = cycle(cycleId);
        Account rater = rater(raterAccountId);
        Group group = group(cycleId, groupId);
        Panel before = panel(cycle, rater);
        if (groups.unassign(cycleId, raterAccountId, groupId) == 0) {
            return;
        }
        recordGroups("取消考评组分配：", rater, before, panel(cycle, rater), by);
        Instant now = clock.instant();
        for (Member unit : group.units()) {
            assessment.history(cycleId, unit.unitId(), null, "UNASSIGN_RATER_GROUP", by.username(),
                    rater.username() + "（" + group.name() + "）", null, now);
        }
    }

    @Override
    public Panel assignUnit(long cycleId, long raterAccountId, long unitId, CurrentUser by) {
        SettingsService.requireOffice(by);
        AssessmentCycle cycle = cycle(cycleId);
        Account rater = rater(raterAccountId);
        units.assign(cycleId, raterAccountId, unitId, by);
        return panel(cycle, rater);
    }

    @Override
    public void unassignUnit(long cycleId, long raterAccountId, long unitId, CurrentUser by) {
        SettingsService.requireOffice(by);
        cycle(cycleId);
        rater(raterAccountId);
        units.unassign(cycleId, raterAccountId, unitId, by);
    }

    private Panel panel(AssessmentCycle cycle, Account rater) {
        List<Long> assignedGroups = groups.groupsOf(cycle.id(), rater.id());
        List<Group> byGroup = groups.groups(cycle.id()).stream().filter(g -> assignedGroups.contains(g.id())).toList();
        List<Long> unitIds = assessment.assignments(cycle.id()).stream()
                .filter(a -> a.raterAccountId() == rater.id()).map(AssessmentRepository.Assignment::unitId).toList();
        Map<Long, Unit> named = unitRepository.findAllById(unitIds).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Member> byUnit = new ArrayList<>();
        for (long unitId : unitIds) {
            byUnit.add(new Member(unitId, named.get(unitId).name()));
        }
        return new Panel(cycle.id(), cycle.name(), rater.id(), byGroup, byUnit);
    }

    private static boolean isOwn(Account rater, long unitId) {
        return rater.unitId() != null && rater.unitId() == unitId;
    }

    private AssessmentCycle cycle(long cycleId) {
        return cycles.find(cycleId)
                .orElseThrow(() -> Refused.notFound("CYCLE_NOT_FOUND", "考评年度不存在：" + cycleId));
    }

    private Group group(long cycleId, long groupId) {
        return groups.group(cycleId, groupId)
                .orElseThrow(() -> Refused.notFound("GROUP_NOT_FOUND", "本考评年度没有这个考评组：" + groupId));
    }

    private Account rater(long accountId) {
        return accounts.findById(accountId).filter(a -> a.role() == Role.RATER)
                .orElseThrow(() -> Refused.notFound("RATER_NOT_FOUND", "考评组成员账号不存在：" + accountId));
    }
}
