package org.jixiao.tracking;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 完成时限 texts real tables contain (“6月底前”, “12月31日前”, “10 月”, “第三季度”, “上半年”,
 * “全年实施”, “每季度”, “年底前”, “2025年6月30日前”, “3-6月”) into the date by which the item must be done,
 * in the table's year. Where the text names several dates the latest counts (the item is done when its
 * last step is). Anything else is {@link Deadline.Kind#UNPARSEABLE} with the reason.
 */
public final class DeadlineParser {

    private static final List<String> YEAR_ROUND = List.of("全年", "每季度", "每个季度", "按季度", "每月", "按月", "每年",
            "长期", "常态化", "持续");
    private static final List<String> YEAR_END = List.of("年底", "年末", "年内", "年前", "本年度");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})月");
    private static final Pattern QUARTER = Pattern.compile("第?([1-4])季度");
    private static final Pattern HALF = Pattern.compile("([上下])半年");

    private DeadlineParser() {
    }

    public static Deadline parse(String text, int year) {
        String original = text == null ? "" : text;
        String t = normalize(original);
        if (t.isEmpty()) {
            return Deadline.unparseable(original, "未填写完成时限");
        }
        Matcher y = EXPLICIT_YEAR.matcher(t);
        int inYear = year;
        if (y.find()) {
            inYear = Integer.parseInt(y.group(1));
            t = t.replace(y.group(), "");
        }
        LocalDate latest = null;
        try {
            latest = latest(latest, monthDays(t, inYear));
            String withoutDays = MONTH_DAY.matcher(t).replaceAll("");
            latest = latest(latest, months(withoutDays, inYear));
            latest = latest(latest, quarters(t, inYear));
            latest = latest(latest, halves(t, inYear));
        } catch (DateTimeException e) {
            return Deadline.unparseable(original, "完成时限“" + original.strip() + "”不是有效日期");
        }
        if (latest != null) {
            return Deadline.by(original, latest);
        }
        if (YEAR_ROUND.stream().anyMatch(t::contains)) {
            return Deadline.yearRound(original, inYear);
        }
        if (YEAR_END.stream().anyMatch(t::contains)) {
            return Deadline.by(original, LocalDate.of(inYear, 12, 31));
        }
        return Deadline.unparseable(original, "无法从完成时限“" + original.strip() + "”读出日期，请写明月份，如“6月底前”");
    }

    private static LocalDate monthDays(String t, int year) {
        LocalDate latest = null;
        Matcher m = MONTH_DAY.matcher(t);
        while (m.find()) {
            latest = latest(latest, LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return latest;
    }

    /** A month named alone (“10月”, “6月底前”, “3-6月”) means by its last day. */
    private static LocalDate months(String t, int year) {
        LocalDate latest = null;
        Matcher m = MONTH.matcher(t);
        while (m.find()) {
            latest = latest(latest, YearMonth.of(year, Integer.parseInt(m.group(1))).atEndOfMonth());
        }
        return latest;
    }

    private static LocalDate quarters(String t, int year) {
        LocalDate latest = null;
        Matcher m = QUARTER.matcher(t);
        while (m.find()) {
            latest = latest(latest, YearMonth.of(year, Integer.parseInt(m.group(1)) * 3).atEndOfMonth());
        }
        return latest;
    }

    private static LocalDate halves(String t, int year) {
        LocalDate latest = null;
        Matcher m = HALF.matcher(t);
        while (m.find()) {
            latest = latest(latest, m.group(1).equals("上") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
        }
        return latest;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** Full-width digits and Chinese numerals to ASCII digits, without spaces: “十二 月” → “12月”. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        return chineseNumerals(out.toString());
    }

    private static final Pattern CHINESE_NUMBER = Pattern.compile("([一二三四五六七八九十]{1,3})(?=[月日号季])");

    private static String chineseNumerals(String t) {
        Matcher m = CHINESE_NUMBER.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(value(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int value(String numeral) {
        String digits = "一二三四五六七八九";
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(numeral.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(numeral.charAt(0)) + 1;
        int units = ten == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }
}
