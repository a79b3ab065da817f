package org.jixiao.tracking;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 完成时限 read into a date.
 *
 * @param text      the deadline as the table wrote it
 * @param kind      a date, a duty that runs all year (全年, 每季度), or text that names no date
 * @param due       the day by which the item must be 已完成; {@code null} only when unparseable
 * @param reason    for an unparseable deadline, why (Chinese, for the finding); empty otherwise
 */
public record Deadline(String text, Kind kind, @Nullable LocalDate due, String reason) {

    /** What the text says. */
    public enum Kind {
        /** A date, e.g. 6月底前, 12月31日前, 第三季度. */
        BY_DATE,
        /** Runs all year and is reported every period (全年, 全年实施, 每季度, 每月); due at year end. */
        YEAR_ROUND,
        /** No date can be read; the row is a finding until the table says when. */
        UNPARSEABLE
    }

    public Deadline {
        Objects.requireNonNull(text);
        if ((kind == Kind.UNPARSEABLE) != (due == null)) {
            throw new IllegalArgumentException("只有无法识别的完成时限没有日期");
        }
    }

    static Deadline by(String text, LocalDate due) {
        return new Deadline(text, Kind.BY_DATE, due, "");
    }

    static Deadline yearRound(String text, int year) {
        return new Deadline(text, Kind.YEAR_ROUND, LocalDate.of(year, 12, 31), "");
    }

    static Deadline unparseable(String text, String reason) {
        return new Deadline(text, Kind.UNPARSEABLE, null, reason);
    }

    public boolean isParsed() {
        return kind != Kind.UNPARSEABLE;
    }

    /** Whether the deadline has passed on {@code today} (the due day itself still counts as in time). */
    public boolean passedOn(LocalDate today) {
        return due != null && today.isAfter(due);
    }
}
