package org.jixiao.plan;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A unit's plan as one user sees it on the table page and in the API: its state, what the user may
 * do now, the last return's reason and rows (while the table is back with the unit), the peer
 * comments the user may read and the steps so far.
 *
 * @param lastReturn  the reason the table was last sent back, while it is a draft because of it
 * @param planVersion the number of the latest frozen version, {@code null} before the 批复
 */
public record PlanSheet(Plan plan, PlanRole role, Set<PlanAction> actions, boolean peerReviewEnabled,
                        @Nullable ReturnNote lastReturn, List<ReturnNote> returns, List<PeerComment> comments,
                        List<PlanTransition> history, boolean canComment, @Nullable Integer planVersion) {

    public PlanSheet {
        actions = Set.copyOf(actions);
        returns = List.copyOf(returns);
        comments = List.copyOf(comments);
        history = List.copyOf(history);
    }

    public PlanStatus status() {
        return plan.status();
    }

    /** Whether the user may take the action now, by its name (for templates). */
    public boolean may(String action) {
        return actions.contains(PlanAction.valueOf(action));
    }

    public boolean hasActions() {
        return !actions.isEmpty() || canComment;
    }

    /** Whether the row is named by the return the unit is working on. */
    public boolean isReturned(@Nullable UUID rowId) {
        return rowId != null && lastReturn != null && lastReturn.names(rowId);
    }

    /** The open mid-year adjustment, if any. */
    public @Nullable PlanAdjustment adjustment() {
        return plan.adjustment();
    }

    /** Whether the open adjustment names the row (for marking it on the table page). */
    public boolean isAdjusted(@Nullable UUID rowId) {
        return rowId != null && plan.adjustment() != null && plan.adjustment().names(rowId);
    }

    /**
     * Whether the row may be edited as far as the plan goes: any row of a draft; while an adjustment
     * is open, a named row, or a second-level row under a named first-level row ({@code parentId}).
     */
    public boolean mayEdit(@Nullable UUID rowId, @Nullable UUID parentId) {
        if (plan.adjustment() == null) {
            return !plan.isLocked();
        }
        return isAdjusted(rowId) || isAdjusted(parentId);
    }

    public List<PeerComment> commentsOn(@Nullable UUID rowId) {
        return comments.stream().filter(c -> c.rowId().equals(rowId)).toList();
    }
}
