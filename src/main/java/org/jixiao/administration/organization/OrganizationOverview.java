package org.jixiao.administration.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.organization.AssessmentGroup;
import org.jixiao.organization.Member;
import org.jixiao.organization.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A cycle's organization as its page shows it: every group with its units (an empty group too),
 * and the registered units a district or township unit may name as its parent.
 */
public record OrganizationOverview(AssessmentCycle cycle, List<GroupOfUnits> groups, List<Unit> registeredUnits) {

    /** A group and its units in their order. */
    public record GroupOfUnits(AssessmentGroup group, List<Member> members) {
    }

    static OrganizationOverview of(AssessmentCycle cycle, List<AssessmentGroup> groups, List<Member> members,
                                   List<Unit> registeredUnits) {
        Map<Long, GroupOfUnits> byGroup = new LinkedHashMap<>();
        groups.forEach(g -> byGroup.put(g.id(), new GroupOfUnits(g, members.stream()
                .filter(m -> m.group().id().equals(g.id())).toList())));
        return new OrganizationOverview(cycle, List.copyOf(byGroup.values()), registeredUnits);
    }

    public int unitCount() {
        return groups.stream().mapToInt(g -> g.members().size()).sum();
    }

    /** The parent's name for the list, "" when there is none. */
    public String parentName(@Nullable Long parentId) {
        if (parentId == null) {
            return "";
        }
        return registeredUnits.stream().filter(u -> parentId.equals(u.id())).map(Unit::name).findFirst()
                .orElse("");
    }
}
