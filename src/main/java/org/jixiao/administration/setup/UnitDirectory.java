package org.jixiao.administration.setup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.administration.setup.SetupPlan.UnitRef;
import org.jixiao.organization.Unit;

/**
 * Finds the unit a row names, by full name or short name, among the cycle's units and the units the
 * file creates. A full name always wins; a short name two units share finds both, and the row must
 * then give the full name.
 */
final class UnitDirectory {

    private final Map<String, UnitRef> byName = new HashMap<>();
    private final Map<String, Set<UnitRef>> byShortName = new HashMap<>();
    private final Set<String> members = new HashSet<>();

    /**
     * @param registered units registered outside the cycle by full name: a file row naming one joins
     *                   it to the cycle instead of creating a new unit
     */
    UnitDirectory(List<Unit> members, List<SetupRow> unitRows, Map<String, Long> registered) {
        for (Unit unit : members) {
            add(UnitRef.registered(unit.id(), unit.name()), unit.shortName());
            this.members.add(unit.name());
        }
        for (SetupRow row : unitRows) {
            String name = row.get(SetupColumn.UNIT_NAME);
            if (!name.isEmpty() && !byName.containsKey(name)) {
                Long id = registered.get(name);
                add(id == null ? UnitRef.created(name) : UnitRef.registered(id, name),
                        row.get(SetupColumn.UNIT_SHORT_NAME));
            }
        }
    }

    private void add(UnitRef ref, String shortName) {
        byName.put(ref.name(), ref);
        if (!shortName.isEmpty()) {
            byShortName.computeIfAbsent(shortName, s -> new LinkedHashSet<>()).add(ref);
        }
    }

    /** The units the text may mean: none (unknown), one, or several (an ambiguous short name). */
    List<UnitRef> candidates(String text) {
        UnitRef named = byName.get(text);
        if (named != null) {
            return List.of(named);
        }
        return new ArrayList<>(byShortName.getOrDefault(text, Set.of()));
    }

    /** Whether a unit of that full name is in the cycle already. */
    boolean isMember(String name) {
        return members.contains(name);
    }
}
