package org.jixiao.administration.cycles;

import org.jixiao.cycle.CycleLevel;
import org.jixiao.table.Points;
import org.jixiao.table.TemplatePreset;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to open a cycle, already read from a form or a request body.
 *
 * @param totalPoints what a table totals (100, 1000 …); {@code null}: 100, or the copied cycle's
 * @param preset      the template to start from; {@code null}: the one for the level
 * @param copyFrom    an earlier cycle whose template, settings and (on request) tables are copied
 * @param copyTables  whether each unit's table of {@code copyFrom} is copied too
 */
public record NewCycle(int year, String series, CycleLevel level, @Nullable Points totalPoints,
                       @Nullable TemplatePreset preset, @Nullable Long copyFrom, boolean copyTables) {

    public static final Points DEFAULT_TOTAL = Points.of(100);

    /** The preset asked for, else the one for the level: 市直 for city cycles, 县区 for the others. */
    public TemplatePreset presetOrDefault() {
        if (preset != null) {
            return preset;
        }
        return level == CycleLevel.CITY ? TemplatePreset.CITY : TemplatePreset.DISTRICT;
    }
}
