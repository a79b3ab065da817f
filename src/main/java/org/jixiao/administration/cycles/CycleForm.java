package org.jixiao.administration.cycles;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jixiao.web.DecimalText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.cycle.CycleLevel;
import org.jixiao.table.Points;
import org.jixiao.table.TemplatePreset;
import org.jspecify.annotations.Nullable;

/**
 * The 新建考评年度 form as typed (and the API body, read the same way), so that a wrong value comes
 * back beside its field instead of failing the request.
 */
public record CycleForm(@Size(max = MAX_YEAR_LENGTH, message = "{cycle.form.year}{field.tooLong}") @Nullable String year,
                        @Size(max = MAX_SERIES_LENGTH, message = "{cycle.form.series}{field.tooLong}")
                        @Nullable String series,
                        @Size(max = MAX_CHOICE_LENGTH, message = "{cycle.form.level}{field.tooLong}") @Nullable String level,
                        @Size(max = MAX_POINTS_LENGTH, message = "{cycle.form.totalPoints}{field.tooLong}")
                        @Nullable String totalPoints,
                        @Size(max = MAX_CHOICE_LENGTH, message = "{cycle.form.preset}{field.tooLong}") @Nullable String preset,
                        @Size(max = MAX_CHOICE_LENGTH, message = "{cycle.form.copyFrom}{field.tooLong}")
                        @Nullable String copyFrom,
                        @Nullable Boolean copyTables) {

    /** The column {@code assessment_cycle.series}. */
    static final int MAX_SERIES_LENGTH = 100;
    static final int MAX_YEAR_LENGTH = 4;
    /** Up to 100000.00. */
    static final int MAX_POINTS_LENGTH = 9;
    /** An enum name or an id chosen from a list. */
    static final int MAX_CHOICE_LENGTH = 20;

    /** The suggestions offered for the series name (系列). */
    public static final java.util.List<String> SERIES_SUGGESTIONS =
            java.util.List.of("市直政府系列", "市直党群系列", "县（市、区）系列", "乡镇（街道）系列");

    /** An empty form for next year, 100 points. */
    static CycleForm blank(int year) {
        return new CycleForm(Integer.toString(year), "", CycleLevel.CITY.name(), "100", "", "", false);
    }

    /** The first field with an error decides the API's code. */
    static String codeFor(Map<String, String> errors) {
        if (errors.containsKey("totalPoints")) {
            return "INVALID_TOTAL_POINTS";
        }
        return errors.containsKey("copyFrom") ? "COPY_SOURCE_INVALID" : "CYCLE_INVALID";
    }

    Parsed<NewCycle> parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer parsedYear = year(year, errors);
        String name = series(series, errors);
        CycleLevel parsedLevel = level(level, errors);
        Points total = totalPoints(totalPoints, errors);
        TemplatePreset parsedPreset = preset(preset, errors);
        Long source = copyFrom(copyFrom, errors);
        if (!errors.isEmpty() || parsedYear == null || parsedLevel == null) {
            return new Parsed<>(null, errors);
        }
        return new Parsed<>(new NewCycle(parsedYear, name, parsedLevel, total, parsedPreset, source,
                Boolean.TRUE.equals(copyTables)), errors);
    }

    static @Nullable Integer year(@Nullable String value, Map<String, String> errors) {
        try {
            int parsed = Integer.parseInt(value == null ? "" : value.strip());
            if (parsed >= 2000 && parsed <= 2100) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put("year", "请填写 2000 至 2100 之间的四位年度，如 2026");
        return null;
    }

    static String series(@Nullable String value, Map<String, String> errors) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            errors.put("series", "请填写系列名称，如 市直政府系列");
        } else if (name.length() > MAX_SERIES_LENGTH) {
            errors.put("series", "系列名称不能超过 " + MAX_SERIES_LENGTH + " 个字");
        }
        return name;
    }

    static @Nullable CycleLevel level(@Nullable String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return CycleLevel.CITY;
        }
        try {
            return CycleLevel.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put("level", "考评层级只能是 CITY（市直）、DISTRICT（县区）或 TOWNSHIP（乡镇街道）");
            return null;
        }
    }

    static @Nullable Points totalPoints(@Nullable String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal parsed = DecimalText.parse(value);
            if (parsed.signum() > 0 && parsed.compareTo(BigDecimal.valueOf(100_000)) <= 0) {
                return new Points(parsed);
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException, or more than two decimals: reported below
        }
        errors.put("totalPoints", "总分应为大于 0、不超过 100000、最多两位小数的数，如 100 或 1000");
        return null;
    }

    private static @Nullable TemplatePreset preset(@Nullable String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TemplatePreset.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put("preset", "模板预设只能是 CITY（市直）或 DISTRICT（县区）");
            return null;
        }
    }

    private static @Nullable Long copyFrom(@Nullable String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put("copyFrom", "请从列表中选择要复制的考评年度");
            return null;
        }
    }
}
