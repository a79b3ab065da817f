package org.jixiao.administration.accounts;

import org.jixiao.evaluation.RaterPanels;
import org.jixiao.organization.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Assigning a rater to a whole group, or taking the assignment back, for the API. The assessment
 * records both in the audit trail itself (设置: the rater's groups before and after), whichever page
 * or call made the change.
 */
@Service
class RaterGroupAssignments {

    private final RaterPanels panels;

    RaterGroupAssignments(RaterPanels panels) {
        this.panels = panels;
    }

    RaterPanels.Panel assign(long cycleId, long raterAccountId, long groupId, CurrentUser by) {
        return panels.assignGroup(cycleId, raterAccountId, groupId, by);
    }

    void unassign(long cycleId, long raterAccountId, long groupId, CurrentUser by) {
        panels.unassignGroup(cycleId, raterAccountId, groupId, by);
    }
}
