package org.jixiao.exchange;

import java.util.stream.Collectors;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;

/** A table's content as text, without row identities, to compare a table with its export read back. */
final class TableSnapshot {

    private TableSnapshot() {
    }

    static String of(TargetTable table) {
        StringBuilder out = new StringBuilder(table.year() + " " + table.unitName() + "\n");
        for (TableCategory category : table.categories()) {
            out.append("# ").append(category.name()).append(" ").append(category.declaredPoints()).append('\n');
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                out.append("  ").append(l1.code()).append(" [").append(l1.points()).append("] ").append(l1.text())
                        .append(" {").append(l1.basis().stream().map(PolicyReference::title)
                                .collect(Collectors.joining("|"))).append("} ")
                        .append(l1.responsibility()).append('\n');
                for (SecondLevelIndicator l2 : l1.secondLevel()) {
                    out.append("    ").append(l2.code()).append(" [").append(l2.weight()).append("] ")
                            .append(l2.text()).append(" ").append(l2.responsibility()).append('\n');
                }
            }
        }
        return out.toString();
    }
}
