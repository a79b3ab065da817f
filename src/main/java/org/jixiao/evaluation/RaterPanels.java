package org.jixiao.evaluation;

import java.util.List;
import org.jixiao.organization.CurrentUser;

/**
 * 考评组成员分配 — which units a rater (集中考评组成员) scores in a cycle: whole groups (考评组), so that
 * every unit of the group is theirs, or single units. A rater never scores their own unit, whatever
 * the assignment says. Changed by the office only.
 */
public interface RaterPanels {

    /** A unit taking part in a cycle. */
    record Member(long unitId, String name) {
    }

    /** A group (考评组) of a cycle with its units. */
    record Group(long id, String name, List<Member> units) {
    }

    /** One rater's assignments in one cycle. */
    record Panel(long cycleId, String cycleName, long raterAccountId, List<Group> groups, List<Member> units) {
    }

    /** The rater's assignments in the cycle; empty lists when there are none. */
    Panel panel(long cycleId, long raterAccountId, CurrentUser by);

    /** The rater's assignments in every cycle where they have any, newest cycle first. */
    List<Panel> panels(long raterAccountId, CurrentUser by);

    /** Assigns the rater to every unit of a group of the cycle; assigning twice changes nothing. */
    Panel assignGroup(long cycleId, long raterAccountId, long groupId, CurrentUser by);

    void unassignGroup(long cycleId, long raterAccountId, long groupId, CurrentUser by);

    /** Assigns the rater to one unit of the cycle (never their own). */
    Panel assignUnit(long cycleId, long raterAccountId, long unitId, CurrentUser by);

    void unassignUnit(long cycleId, long raterAccountId, long unitId, CurrentUser by);
}
