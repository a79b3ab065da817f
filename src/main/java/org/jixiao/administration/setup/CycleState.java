package org.jixiao.administration.setup;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.organization.PasswordPolicy;
import org.jixiao.organization.Department;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitLevel;

/**
 * What a cycle already has, as far as a set-up file can collide with it or refer to it.
 *
 * @param defaultLevel    the level of units whose row leaves 层级 empty (the cycle's own level)
 * @param groups          names of the cycle's groups
 * @param members         the units taking part in the cycle
 * @param departments     departments by unit id, of the members and of the registered units
 * @param takenUsernames  those of the file's usernames that some account already has
 * @param registeredUnits registered units by full name, as far as the file names them (as a unit to
 *                        join to the cycle, or as a parent)
 * @param passwordPolicy  the password rule in force (the 安全管理员's 安全策略), for the initial passwords
 */
record CycleState(UnitLevel defaultLevel, Set<String> groups, List<Unit> members,
                  Map<Long, List<Department>> departments, Set<String> takenUsernames,
                  Map<String, Long> registeredUnits, PasswordPolicy passwordPolicy) {

    /** With the default password rule. */
    CycleState(UnitLevel defaultLevel, Set<String> groups, List<Unit> members, Map<Long, List<Department>> departments,
               Set<String> takenUsernames, Map<String, Long> registeredUnits) {
        this(defaultLevel, groups, members, departments, takenUsernames, registeredUnits, PasswordPolicy.STANDARD);
    }

    CycleState {
        groups = Set.copyOf(groups);
        members = List.copyOf(members);
        departments = Map.copyOf(departments);
        takenUsernames = Set.copyOf(takenUsernames);
        registeredUnits = Map.copyOf(registeredUnits);
    }

    static CycleState empty(UnitLevel defaultLevel) {
        return new CycleState(defaultLevel, Set.of(), List.of(), Map.of(), Set.of(), Map.of());
    }
}
