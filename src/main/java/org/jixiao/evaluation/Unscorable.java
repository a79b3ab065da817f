package org.jixiao.evaluation;

/**
 * A unit that takes part but cannot be scored (its table repeats a 序号, a score no longer fits a
 * changed weight…). It stays in the results, the exports and every published version with the
 * reason, and has no composite, no band and no rank.
 */
public record Unscorable(String id, String name, String series, String group, String reason) {

    public Unscorable {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("无法计分的单位须有标识");
        }
        name = name == null || name.isBlank() ? id : name.strip();
        series = series == null ? "" : series.strip();
        group = group == null ? "" : group.strip();
        reason = reason == null || reason.isBlank() ? "未说明原因" : reason.strip();
    }
}
