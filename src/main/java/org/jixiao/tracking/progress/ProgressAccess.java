package org.jixiao.tracking.progress;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.tracking.TrackedItem;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.springframework.stereotype.Component;

/**
 * Who sees and reports which items of a unit: the office everything (and reviews); the unit's clerk all
 * its items; an account linked to 科室负责人 or 责任人 of the unit — its own unit or another one — only
 * the rows naming those people or their departments (and reports them); the unit's leader all, read-only.
 * Anyone else is told the unit does not exist, so that other units' rows stay unseen.
 */
@Component
public class ProgressAccess {

    private final ProgressRepository repository;

    ProgressAccess(ProgressRepository repository) {
        this.repository = repository;
    }

    /**
     * What the user may do with one unit's items.
     *
     * @param people the linked people the view is limited to (empty: not limited by a link)
     */
    public record Viewer(boolean office, boolean reports, String scope, Predicate<TrackedItem> sees,
                         List<ProgressRepository.LinkedPerson> people) {

        /** Whether the user acts for the whole unit (office or clerk), not for some of its people only. */
        public boolean wholeUnit() {
            return office || (reports && people.isEmpty());
        }
    }

    public Viewer forUnit(long unitId, CurrentUser user) {
        if (user.isAdmin()) {
            return new Viewer(true, false, "", item -> true, List.of());
        }
        if (user.actsFor(unitId) && user.role() == Role.UNIT_CLERK) {
            return new Viewer(false, true, "", item -> true, List.of());
        }
        List<ProgressRepository.LinkedPerson> people = repository.linkedPersons(user.accountId()).stream()
                .filter(p -> p.unitId() == unitId).toList();
        if (!people.isEmpty()) {
            String scope = people.stream().map(ProgressRepository.LinkedPerson::scope).collect(Collectors.joining("、"));
            return new Viewer(false, true, scope, item -> people.stream().anyMatch(p -> p.sees(item)), people);
        }
        if (!user.actsFor(unitId)) {
            throw new NotFound("参评单位不存在");
        }
        return new Viewer(false, false, "", item -> true, List.of());
    }

    /** The units whose items the user sees: their own unit (clerk or leader) and those of linked people. */
    public List<Long> unitsOf(CurrentUser user) {
        java.util.LinkedHashSet<Long> units = new java.util.LinkedHashSet<>();
        if (user.unitId() != null && user.role().actsForUnit()) {
            units.add(user.unitId());
        }
        repository.linkedPersons(user.accountId()).forEach(p -> units.add(p.unitId()));
        return List.copyOf(units);
    }

    public static void requireOffice(CurrentUser user) {
        if (!user.isAdmin()) {
            throw Refused.forbidden("TRACKING_OFFICE_ONLY", "只有考评办可以进行此操作");
        }
    }
}
