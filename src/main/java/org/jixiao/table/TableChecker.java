package org.jixiao.table;

import java.util.Comparator;
import java.util.List;
import org.jixiao.table.rules.StandardRules;

/**
 * Runs every rule over a table and returns the findings, errors first, then in table order of
 * the rules. The same findings feed the table page, the API, imports and the command line.
 */
public final class TableChecker {

    private final List<TableRule> rules;

    public TableChecker(List<TableRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The checker with every rule of the real documents (DOMAIN.md, "Rules a table must satisfy"). */
    public static TableChecker standard() {
        return new TableChecker(StandardRules.all());
    }

    public List<Finding> check(TableCheck check) {
        return rules.stream()
                .flatMap(rule -> rule.check(check).stream())
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
    }

    public List<Finding> check(TargetTable table, TableTemplate template) {
        return check(new TableCheck(table, template, null));
    }
}
