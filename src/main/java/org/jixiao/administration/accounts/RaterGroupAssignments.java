package org.jixiao.administration.accounts;

import java.util.List;
import java.util.Map;
import org.jixiao.administration.trail.AdministrationTrail;
import org.jixiao.audit.AuditKind;
import org.jixiao.evaluation.RaterPanels;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning a rater to a whole group, or taking the assignment back, with an audit entry (设置) in
 * the same transaction: the rater's groups in the cycle before and after. Assignments to single
 * units are recorded by the assessment itself, which keeps them.
 */
@Service
class RaterGroupAssignments {

    private final RaterPanels panels;
    private final Accounts accounts;
    private final AdministrationTrail trail;

    RaterGroupAssignments(RaterPanels panels, Accounts accounts, AdministrationTrail trail) {
        this.panels = panels;
        this.accounts = accounts;
        this.trail = trail;
    }

    @Transactional
    RaterPanels.Panel assign(long cycleId, long raterAccountId, long groupId, CurrentUser by) {
        RaterPanels.Panel before = panels.panel(cycleId, raterAccountId, by);
        RaterPanels.Panel after = panels.assignGroup(cycleId, raterAccountId, groupId, by);
        record("考评组分配：", before, after, by);
        return after;
    }

    @Transactional
    void unassign(long cycleId, long raterAccountId, long groupId, CurrentUser by) {
        RaterPanels.Panel before = panels.panel(cycleId, raterAccountId, by);
        panels.unassignGroup(cycleId, raterAccountId, groupId, by);
        record("取消考评组分配：", before, panels.panel(cycleId, raterAccountId, by), by);
    }

    private void record(String action, RaterPanels.Panel before, RaterPanels.Panel after, CurrentUser by) {
        String rater = accounts.get(after.raterAccountId(), by).username();
        trail.record(AuditKind.SETTINGS, by, after.cycleId(), null, action + rater, groups(rater, before),
                groups(rater, after));
    }

    private static Map<String, @Nullable Object> groups(String rater, RaterPanels.Panel panel) {
        List<String> names = panel.groups().stream().map(RaterPanels.Group::name).toList();
        return AdministrationTrail.fields("考评组成员", rater, "考评组", names);
    }
}
