package org.jixiao.tracking.progress;

import java.util.function.Predicate;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.tracking.TrackedItem;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.springframework.stereotype.Component;

/**
 * Who sees and reports which items of a unit: the office everything (and reviews); the unit's clerk all
 * its items; an account linked to a 科室负责人 or 责任人 only the rows naming that person or their
 * department (and reports them); the unit's leader all, read-only. Anyone else is told the unit does not
 * exist, so that other units' rows stay unseen.
 */
@Component
public class ProgressAccess {

    private final ProgressRepository repository;

    ProgressAccess(ProgressRepository repository) {
        this.repository = repository;
    }

    /** What the user may do with one unit's items. */
    public record Viewer(boolean office, boolean reports, String scope, Predicate<TrackedItem> sees) {
    }

    public Viewer forUnit(long unitId, CurrentUser user) {
        if (user.isAdmin()) {
            return new Viewer(true, false, "", item -> true);
        }
        if (!user.actsFor(unitId)) {
            throw new NotFound("参评单位不存在");
        }
        var person = repository.linkedPerson(user.accountId()).filter(p -> p.unitId() == unitId)
                .filter(p -> p.duty().equals("DEPARTMENT_HEAD") || p.duty().equals("RESPONSIBLE_STAFF"));
        if (person.isPresent()) {
            var p = person.get();
            String scope = p.department().isEmpty() ? p.name() : p.department() + " " + p.name();
            return new Viewer(false, true, scope, item -> item.names(p.department(), p.name()));
        }
        return new Viewer(false, user.role() == Role.UNIT_CLERK, "", item -> true);
    }

    public static void requireOffice(CurrentUser user) {
        if (!user.isAdmin()) {
            throw Refused.forbidden("TRACKING_OFFICE_ONLY", "只有考评办可以进行此操作");
        }
    }
}
