package org.jixiao.evaluation.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of a read of a cycle's data, of one unit only when one is given: the unit is bound
 * as a parameter (the query's {@code and unit_id = ?}), never written into the SQL, so that the
 * database plans each statement once rather than once per unit.
 */
final class UnitFilter {

    private UnitFilter() {
    }

    static Object[] args(long cycleId, @Nullable Long unitId) {
        return unitId == null ? new Object[] {cycleId} : new Object[] {cycleId, unitId};
    }
}
