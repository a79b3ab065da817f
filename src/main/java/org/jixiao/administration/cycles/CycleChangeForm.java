package org.jixiao.administration.cycles;

import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.CycleLevel;
import org.jspecify.annotations.Nullable;

/** The 编辑考评年度 form: the series name and level; year and template are changed elsewhere. */
public record CycleChangeForm(
        @Size(max = CycleForm.MAX_SERIES_LENGTH, message = "{cycle.form.series}{field.tooLong}") @Nullable String series,
        @Size(max = CycleForm.MAX_CHOICE_LENGTH, message = "{cycle.form.level}{field.tooLong}") @Nullable String level) {

    /** The change, read. */
    record Change(String series, CycleLevel level) {
    }

    static CycleChangeForm of(AssessmentCycle cycle) {
        return new CycleChangeForm(cycle.series(), cycle.level().name());
    }

    Parsed<Change> parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = CycleForm.series(series, errors);
        CycleLevel parsedLevel = CycleForm.level(level, errors);
        return new Parsed<>(errors.isEmpty() && parsedLevel != null ? new Change(name, parsedLevel) : null, errors);
    }
}
