package org.jixiao.exchange;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.table.Finding;
import org.jixiao.table.Points;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The {@code --json} output of {@code table check}: one object per file, one per line (docs/table-check.md). */
final class CheckJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private CheckJson() {
    }

    static String of(CheckSummary summary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", summary.file());
        json.put("unit", summary.unit());
        json.put("categories", summary.categories().stream().map(c -> {
            Map<String, Object> category = new LinkedHashMap<>();
            category.put("name", c.name());
            category.put("declaredPoints", number(c.declaredPoints()));
            category.put("actualPoints", number(c.actualPoints()));
            category.put("firstLevelCount", c.firstLevelCount());
            category.put("secondLevelCount", c.secondLevelCount());
            return category;
        }).toList());
        json.put("groups", summary.groups().stream().map(g -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", g.name());
            group.put("declaredPoints", number(g.declaredPoints()));
            group.put("actualPoints", number(g.actualPoints()));
            return group;
        }).toList());
        json.put("totalPoints", number(summary.total()));
        json.put("requiredTotalPoints", number(summary.required()));
        json.put("findings", summary.notes().stream().map(CheckJson::finding).toList());
        json.put("skipped", summary.skipped().stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", s.row().number());
            if (!s.row().origin().isEmpty()) {
                row.put("origin", s.row().origin());
            }
            row.put("reason", s.reason().name());
            row.put("reasonText", s.reason().text());
            return row;
        }).toList());
        return MAPPER.writeValueAsString(json);
    }

    static String rejected(String file, ImportResult.Rejected rejected) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("error", Map.of("code", rejected.problem().name(), "message", rejected.message()));
        return MAPPER.writeValueAsString(json);
    }

    private static Map<String, Object> finding(ImportNote note) {
        Finding f = note.finding();
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("category", f.location().category());
        location.put("indicatorCode", f.location().indicatorCode());
        location.put("row", note.row() == null ? null : note.row().number());
        if (note.row() != null && !note.row().origin().isEmpty()) {
            location.put("origin", note.row().origin());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", f.code());
        json.put("severity", f.severity().name());
        json.put("location", location);
        json.put("message", f.message());
        return json;
    }

    private static @Nullable BigDecimal number(@Nullable Points points) {
        return points == null ? null : new BigDecimal(points.toString());
    }
}
