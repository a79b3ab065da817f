package org.jixiao.tracking.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.tracking.Board;
import org.jixiao.tracking.progress.Boards;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options computed on the server from the board, one JSON document per chart; the page's script
 * only hands them to ECharts (no inline script under the content security policy). Every chart has a
 * table beside it with the same figures.
 */
final class Charts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Charts() {
    }

    static Map<String, String> office(Board board, Labels labels) {
        Map<String, String> charts = new LinkedHashMap<>();
        List<String> units = board.units().stream().map(Board.UnitLine::unitName).toList();
        charts.put("completion", bar(labels.get("tr.chart.completion.title"), units,
                Map.of(labels.get("tr.chart.completion.series"), board.units().stream().map(u -> (Object) u.completionPercent()).toList())));
        charts.put("overdue", bar(labels.get("tr.chart.overdue"), units,
                Map.of(labels.get("tr.overdue.title"), board.units().stream().map(u -> (Object) u.overdue()).toList())));
        charts.put("timeliness", bar(labels.get("tr.chart.timeliness.title"), units,
                Map.of(labels.get("tr.chart.timeliness.series"), board.units().stream().map(u -> (Object) u.timelinessPercent()).toList())));
        charts.put("categories", bar(labels.get("tr.chart.categories.title"), board.categories().stream().map(Board.CategoryLine::category).toList(),
                Map.of(labels.get("tr.chart.completion.series"), board.categories().stream().map(c -> (Object) c.completionPercent()).toList())));
        return charts;
    }

    static Map<String, String> unit(Boards.View view, long unitId, Labels labels) {
        Map<Integer, Map<String, Integer>> over = view.board().statusesOverPeriods(unitId);
        List<String> periods = view.periods().stream().filter(p -> view.opened().contains(p.number()))
                .map(p -> p.label()).toList();
        Map<String, List<Object>> series = new LinkedHashMap<>();
        for (String label : Board.statusLabels()) {
            List<Object> values = new ArrayList<>();
            for (int number : view.opened()) {
                values.add(over.getOrDefault(number, Map.of()).getOrDefault(label, 0));
            }
            series.put(label, values);
        }
        return Map.of("statuses", stacked(labels.get("tr.chart.statuses"), periods, series));
    }

    private static String bar(String title, List<String> categories, Map<String, List<Object>> series) {
        return option(title, categories, series, false);
    }

    private static String stacked(String title, List<String> categories, Map<String, List<Object>> series) {
        return option(title, categories, series, true);
    }

    private static String option(String title, List<String> categories, Map<String, List<Object>> series, boolean stack) {
        List<Map<String, Object>> s = new ArrayList<>();
        series.forEach((name, data) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", name);
            one.put("type", "bar");
            if (stack) {
                one.put("stack", "total");
            }
            one.put("data", data);
            s.add(one);
        });
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 24));
        option.put("animation", false);
        option.put("grid", Map.of("left", 40, "right", 20, "top", 60, "bottom", 90, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("rotate", 30, "interval", 0)));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", s);
        return JSON.writeValueAsString(option);
    }
}
