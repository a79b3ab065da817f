package org.jixiao.table.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 完成时限 as units write it ("12月底前", "9 月", "全年实施", "第三季度", "2025年12月") and
 * tells whether it falls within the assessment year.
 */
final class Deadlines {

    enum Reading { WITHIN_YEAR, OUTSIDE_YEAR, UNCLEAR }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*[日号]");
    private static final Pattern CHINESE_MONTH = Pattern.compile("(十[一二]?|[一二三四五六七八九])月");
    private static final Pattern QUARTER = Pattern.compile("第?[一二三四1-4]季度");
    /** Spans of time that need no month: the whole year, recurring or standing duties. */
    private static final List<String> SPANS = List.of(
            "全年", "长期", "年底", "年末", "年内", "年中", "上半年", "下半年", "每季度", "季度", "每月", "每年",
            "常态", "持续");

    private Deadlines() {
    }

    static Reading read(String deadline, int year) {
        String text = deadline.strip();
        Matcher years = YEAR.matcher(text);
        boolean dated = false;
        while (years.find()) {
            if (Integer.parseInt(years.group(1)) != year) {
                return Reading.OUTSIDE_YEAR;
            }
            dated = true;
        }
        Matcher months = MONTH.matcher(text);
        while (months.find()) {
            int month = Integer.parseInt(months.group(1));
            if (month < 1 || month > 12) {
                return Reading.OUTSIDE_YEAR;
            }
            dated = true;
        }
        Matcher days = DAY.matcher(text);
        while (days.find()) {
            int day = Integer.parseInt(days.group(1));
            if (day < 1 || day > 31) {
                return Reading.OUTSIDE_YEAR;
            }
        }
        if (dated || CHINESE_MONTH.matcher(text).find() || QUARTER.matcher(text).find()
                || SPANS.stream().anyMatch(text::contains)) {
            return Reading.WITHIN_YEAR;
        }
        return Reading.UNCLEAR;
    }
}
