package org.jixiao.administration.cycles;

import java.util.List;

/**
 * What saving an edited template would do: the changes themselves and, for every unit that has a
 * table in the cycle, its findings under the current template and under the edited one.
 */
public record TemplateImpact(List<TemplateChange> changes, List<TableImpact> tables) {

    public TemplateImpact {
        changes = List.copyOf(changes);
        tables = List.copyOf(tables);
    }

    /**
     * One unit's table before and after.
     *
     * @param newFindings      what the rule checks would newly find
     * @param resolvedFindings what they would no longer find
     */
    public record TableImpact(long unitId, String unitName, long errorsBefore, long errorsAfter, long warningsBefore,
                              long warningsAfter, List<String> newFindings, List<String> resolvedFindings) {

        public TableImpact {
            newFindings = List.copyOf(newFindings);
            resolvedFindings = List.copyOf(resolvedFindings);
        }

        /** Whether the change alters what this table's check finds. */
        public boolean affected() {
            return !newFindings.isEmpty() || !resolvedFindings.isEmpty();
        }
    }

    public List<TableImpact> affectedTables() {
        return tables.stream().filter(TableImpact::affected).toList();
    }

    public long unaffectedCount() {
        return tables.size() - affectedTables().size();
    }
}
