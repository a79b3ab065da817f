package org.jixiao.administration.cycles;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.CycleLevel;
import org.jixiao.cycle.CycleStatus;
import org.jspecify.annotations.Nullable;

/** The JSON API's shapes for cycles. */
final class CycleJson {

    private CycleJson() {
    }

    /** A cycle as the API shows it. */
    record Cycle(long id, int year, String series, String name, CycleLevel level, BigDecimal totalPoints,
                 CycleStatus status, @Nullable Long copiedFrom, long version, int units) {

        static Cycle of(CycleRow row) {
            AssessmentCycle c = row.cycle();
            return new Cycle(c.id(), c.year(), c.series(), c.name(), c.level(),
                    new BigDecimal(c.totalPoints().toString()), c.status(), c.copiedFrom(), c.version(), row.units());
        }
    }

    /**
     * {@code POST /api/v1/cycles}: year and series required; level CITY by default; totalPoints 100 (or
     * the copied cycle's); preset by level; copyFrom an earlier cycle; copyTables its units' tables too.
     */
    record NewCycleRequest(@Nullable Integer year, @Nullable String series, @Nullable String level,
                           @Nullable BigDecimal totalPoints, @Nullable String preset, @Nullable Long copyFrom,
                           @Nullable Boolean copyTables) {

        CycleForm toForm() {
            return new CycleForm(year == null ? null : year.toString(), series, level,
                    totalPoints == null ? null : totalPoints.toPlainString(), preset,
                    copyFrom == null ? null : copyFrom.toString(), copyTables);
        }
    }

    /** {@code 201}: the new cycle's id and what was copied into it. */
    record Created(long id, int copiedTables, List<String> skippedUnits) {
    }

    /** {@code PUT /api/v1/cycles/{id}}: series and level; version, when given, must be the current one. */
    record ChangeRequest(@Nullable String series, @Nullable String level, @Nullable Long version) {
    }

    /** {@code PUT /api/v1/cycles/{id}/template}: whether anything was stored, and the cycle's version. */
    record TemplateSaved(long id, boolean changed, long version) {
    }
}
