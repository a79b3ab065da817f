package org.jixiao.table;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 序号 — an indicator's code such as {@code 1-3} (first level) or {@code 1-3-2} (second level).
 */
public record IndicatorCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{1,3}(-\\d{1,3}){0,3}");

    public IndicatorCode {
        if (value == null || !FORMAT.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("序号“" + value + "”格式不正确，应为数字加短横线，如 1-3 或 1-3-2");
        }
        value = value.strip();
    }

    /** Whether {@code text} is a well-formed code; lets parsers test before constructing. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.strip()).matches();
    }

    public List<Integer> parts() {
        return Arrays.stream(value.split("-")).map(Integer::valueOf).toList();
    }

    /** The leading number, which numbers the category in the table's own scheme (1 for 重点, …). */
    public int leadingNumber() {
        return parts().get(0);
    }

    public int depth() {
        return parts().size();
    }

    /** True when {@code other} extends this code by exactly one more number (1-3 → 1-3-2). */
    public boolean isParentOf(IndicatorCode other) {
        return other.depth() == depth() + 1 && other.value.startsWith(value + "-");
    }

    @Override
    public String toString() {
        return value;
    }
}
