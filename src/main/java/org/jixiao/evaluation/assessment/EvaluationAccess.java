package org.jixiao.evaluation.assessment;

import org.jixiao.evaluation.assessment.Participants.Participant;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the assessment. The office does everything; a unit acts on its own
 * self-evaluation and grades the other units of its group; a rater scores the units assigned to
 * them, never their own; a lead department grades its own items in every unit.
 */
@Component
class EvaluationAccess {

    private final AssessmentRepository assessment;
    private final UnitRepository units;

    EvaluationAccess(AssessmentRepository assessment, UnitRepository units) {
        this.assessment = assessment;
        this.units = units;
    }

    boolean isAssignedRater(long cycleId, CurrentUser user, Participant participant) {
        return user.role() == Role.RATER && !user.belongsTo(participant.unitId())
                && assessment.isAssigned(cycleId, user.accountId(), participant.unitId());
    }

    /** A clerk of another unit in the same series and group (同组互评). */
    boolean isPeerClerk(CurrentUser user, Participant participant) {
        if (user.role() != Role.UNIT_CLERK || user.unitId() == null || user.belongsTo(participant.unitId())) {
            return false;
        }
        Unit own = units.findById(user.unitId()).orElse(null);
        return own != null && participant.sameGroupAs(own);
    }

    boolean canReadAssessment(long cycleId, CurrentUser user, Participant participant) {
        return user.isAdmin() || user.actsFor(participant.unitId()) || user.role() == Role.LEAD_DEPARTMENT
                || isAssignedRater(cycleId, user, participant) || isPeerClerk(user, participant);
    }

    void requireReadAssessment(long cycleId, CurrentUser user, Participant participant) {
        if (!canReadAssessment(cycleId, user, participant)) {
            throw new AccessDeniedException("无权查看该单位的自评与考评");
        }
    }

    void requireScore(long cycleId, CurrentUser user, Participant participant) {
        if (user.role() != Role.RATER) {
            throw new AccessDeniedException("只有集中考评组成员可以打分");
        }
        if (user.belongsTo(participant.unitId())) {
            throw new AccessDeniedException("考评组成员不能为本单位打分");
        }
        if (!assessment.isAssigned(cycleId, user.accountId(), participant.unitId())) {
            throw new AccessDeniedException("该单位未分配给您考评");
        }
    }

    void requirePeer(CurrentUser user, Participant participant) {
        if (user.actsFor(participant.unitId())) {
            throw new AccessDeniedException("不能为本单位互评定档");
        }
        if (!isPeerClerk(user, participant)) {
            throw new AccessDeniedException("只有同组其他单位的经办人可以互评定档");
        }
    }

    static void requireOffice(CurrentUser user) {
        SettingsService.requireOffice(user);
    }
}
