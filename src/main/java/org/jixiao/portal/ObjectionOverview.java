package org.jixiao.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Member;
import org.jixiao.organization.Memberships;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Unit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The office's list of objections with names filled in, the filter choices and the cycle's 公示期. */
@Service
class ObjectionOverview {

    private final Objections objections;
    private final AssessmentCycles cycles;
    private final Memberships memberships;
    private final Organization organization;
    private final PortalProperties properties;

    ObjectionOverview(Objections objections, AssessmentCycles cycles, Memberships memberships,
                      Organization organization, PortalProperties properties) {
        this.properties = properties;
        this.objections = objections;
        this.cycles = cycles;
        this.memberships = memberships;
        this.organization = organization;
    }

    /** The filter as chosen; {@code null}: any. */
    record Filter(@Nullable Long cycle, @Nullable Long unit, @Nullable ObjectionStatus status) {
    }

    record Row(Objection objection, String cycleName, String unitName) {
    }

    /**
     * @param units      the chosen cycle's units to filter by (none before a cycle is chosen)
     * @param windowDays  the chosen cycle's 公示期 in working days, {@code null} before a cycle is chosen
     * @param defaultDays the 公示期 of a cycle for which the office set none
     */
    record Overview(List<Row> rows, List<AssessmentCycle> cycles, List<Member> units, @Nullable Integer windowDays,
                    int defaultDays) {
    }

    /** A constant number of queries whatever the number of objections. */
    Overview overview(Filter filter, CurrentUser user) {
        List<Objection> found = objections.search(user, filter.cycle(), filter.unit(), filter.status());
        List<AssessmentCycle> all = cycles.all().stream()
                .sorted(Comparator.comparing(AssessmentCycle::year).reversed().thenComparing(AssessmentCycle::series))
                .toList();
        Map<Long, String> cycleNames = all.stream()
                .collect(Collectors.toMap(AssessmentCycle::id, AssessmentCycle::name));
        Map<Long, String> unitNames = organization.registeredUnits().stream()
                .filter(unit -> unit.id() != null)
                .collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
        List<Row> rows = found.stream().map(o -> new Row(o, cycleNames.getOrDefault(o.cycleId(), "#" + o.cycleId()),
                unitNames.getOrDefault(o.unitId(), "#" + o.unitId()))).toList();
        Long cycle = filter.cycle();
        return new Overview(rows, all, cycle == null ? List.of() : memberships.members(cycle),
                cycle == null ? null : objections.windowDays(cycle), properties.objectionDays());
    }
}
