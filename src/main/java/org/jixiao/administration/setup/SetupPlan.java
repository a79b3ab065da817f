package org.jixiao.administration.setup;

import java.util.List;
import org.jixiao.organization.Duty;
import org.jixiao.organization.Role;
import org.jixiao.organization.UnitLevel;
import org.jspecify.annotations.Nullable;

/**
 * What a set-up workbook will create in a cycle, in the order it is applied (groups, units with
 * parents before their townships, departments, people, accounts), and every finding that keeps it
 * from being applied. Rows with findings are not in the lists.
 */
public record SetupPlan(List<String> groups, List<NewUnit> units, List<NewDepartment> departments,
                        List<NewPerson> people, List<NewAccount> accounts, List<SetupFinding> findings) {

    public SetupPlan {
        groups = List.copyOf(groups);
        units = List.copyOf(units);
        departments = List.copyOf(departments);
        people = List.copyOf(people);
        accounts = List.copyOf(accounts);
        findings = List.copyOf(findings);
    }

    /**
     * A unit a row refers to, by its full name: one already registered ({@code id} set; in the cycle
     * or joining it through this file), or one this file creates.
     */
    public record UnitRef(@Nullable Long id, String name) {

        static UnitRef registered(long id, String name) {
            return new UnitRef(id, name);
        }

        static UnitRef created(String name) {
            return new UnitRef(null, name);
        }
    }

    /** @param parent the district a township belongs to, if any */
    public record NewUnit(int row, String name, String shortName, String group, UnitLevel level,
                          @Nullable UnitRef parent) {
    }

    public record NewDepartment(int row, UnitRef unit, String name, String head) {
    }

    /** @param department the department's name within the unit, empty for none */
    public record NewPerson(int row, UnitRef unit, String name, String title, String department, Duty duty) {
    }

    /** An account to create; it must change its initial password at first sign-in. */
    public record NewAccount(int row, String username, String displayName, Role role, @Nullable UnitRef unit,
                             String password) {

        @Override
        public String toString() {
            return "NewAccount[row=" + row + ", username=" + username + ", role=" + role + ", unit=" + unit + "]";
        }
    }

    /** How many of each the plan creates. */
    public record Counts(int groups, int units, int departments, int people, int accounts) {
    }

    public Counts counts() {
        return new Counts(groups.size(), units.size(), departments.size(), people.size(), accounts.size());
    }

    /** Whether the file may be applied: it has no finding at all. */
    public boolean applicable() {
        return findings.isEmpty();
    }
}
