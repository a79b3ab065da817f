package org.jixiao.exchange;

import org.jixiao.table.TableTemplate;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;

/**
 * Where an imported table goes: the cycle and unit it is for, the cycle's template (categories,
 * fixed items, rules) and last year's table of the unit for the year-on-year rules.
 *
 * @param template {@code null} to derive one from the file itself (the command line): its
 *                 categories with the points the file declares, its own fixed items
 */
public record ImportTarget(long cycleId, long unitId, @Nullable TableTemplate template, @Nullable TargetTable lastYear) {

    /** A file checked on its own, against nothing but what it says itself. */
    public static ImportTarget standalone() {
        return new ImportTarget(0, 0, null, null);
    }

    public static ImportTarget of(long cycleId, long unitId, TableTemplate template) {
        return new ImportTarget(cycleId, unitId, template, null);
    }
}
