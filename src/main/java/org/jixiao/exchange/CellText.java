package org.jixiao.exchange;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;

/** What a single cell's text looks like: a code, a weight, a deadline, points, formula residue. */
final class CellText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("[－—–]");
    private static final Pattern POINTS_MARKER = Pattern.compile("[（(]?\\s*\\d{1,3}(\\.\\d{1,2})?\\s*分\\s*[)）]?");

    private static final Pattern CODE = Pattern.compile("\\d{1,2}(\\s*[-－—–]\\s*\\d{1,3}){1,2}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(\\.\\d{1,2})?\\s*分?");
    private static final Pattern DEADLINE = Pattern.compile(
            "((\\d{4}\\s*年\\s*)?(\\d{1,2}\\s*月\\s*(\\d{1,2}\\s*日)?)(底|末|中旬|上旬|下旬|份)?\\s*(前|以前|之前)?(完成)?"
                    + "|全年(实施|持续|推进)?|年底前?|年内|长期|持续(推进|开展)?|常态化|按季度|每季度|每月|[一二三四]季度(末|底)?(前)?)");
    private static final Pattern BRACKETED_POINTS =
            Pattern.compile("[（(]\\s*(\\d{1,3}(\\.\\d{1,2})?)\\s*分\\s*[)）]");
    private static final Pattern TRAILING_POINTS =
            Pattern.compile("[（(]?\\s*(\\d{1,3}(\\.\\d{1,2})?)\\s*分\\s*[)）]?\\s*[。.]?$");
    private static final Pattern RESIDUE = Pattern.compile("#(DIV/0!|REF!|VALUE!|N/A|NAME\\?|NUM!|NULL!|SPILL!|CALC!)");
    private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][^>]{0,40}>");
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=[\\p{IsHan}（(])\\s+(?=[\\p{IsHan}（(）)])");

    private CellText() {
    }

    /** Cleans a cell as read: HTML tags from PDF extraction removed, whitespace trimmed. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replace('\u00a0', ' ').replace('\u3000', ' ');
        if (text.indexOf('<') >= 0) {
            text = TAGS.matcher(text).replaceAll("");
        }
        return text.strip();
    }

    /** Text without any whitespace, for comparing labels and headers broken by spaces or line breaks. */
    static String compact(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }

    /** Text with the spaces removed that PDF extraction puts between Chinese characters ("职 能 工 作"). */
    static String joinedHan(String text) {
        return SPACE_BETWEEN_HAN.matcher(text.strip()).replaceAll("");
    }

    static boolean isResidue(String text) {
        return RESIDUE.matcher(text.strip()).matches();
    }

    static Optional<IndicatorCode> code(String text) {
        String t = text.strip();
        if (!CODE.matcher(t).matches()) {
            return Optional.empty();
        }
        String normalized = DASHES.matcher(WHITESPACE.matcher(t).replaceAll("")).replaceAll("-");
        return IndicatorCode.isValid(normalized) ? Optional.of(new IndicatorCode(normalized)) : Optional.empty();
    }

    static boolean isNumber(String text) {
        return NUMBER.matcher(text.strip()).matches() && !text.isBlank();
    }

    static Optional<Points> number(String text) {
        if (!isNumber(text)) {
            return Optional.empty();
        }
        String digits = text.strip().replace("分", "").strip();
        return Optional.of(new Points(new BigDecimal(digits)));
    }

    static boolean isDeadline(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= 16 && DEADLINE.matcher(t).matches();
    }

    /** Points written in an indicator's text or a label: "（4分）", "(4 分)", or "4分" at the end. */
    static Optional<Points> points(String text) {
        Matcher bracketed = BRACKETED_POINTS.matcher(text);
        String found = null;
        while (bracketed.find()) {
            found = bracketed.group(1);
        }
        if (found == null) {
            Matcher trailing = TRAILING_POINTS.matcher(text.strip());
            if (trailing.find()) {
                found = trailing.group(1);
            }
        }
        return Optional.ofNullable(found).map(s -> new Points(new BigDecimal(s)));
    }

    /** The text without a points marker at its very end ("……创建示范活动。（5分）" → "……创建示范活动。"). */
    static String withoutTrailingPoints(String text) {
        String stripped = text.strip();
        Matcher bracketed = Pattern.compile("[（(]\\s*\\d{1,3}(\\.\\d{1,2})?\\s*分\\s*[)）]\\s*$").matcher(stripped);
        if (bracketed.find()) {
            return stripped.substring(0, bracketed.start()).strip();
        }
        Matcher bare = Pattern.compile("(?<=[。；;，,）)\\p{IsHan}])\\s*\\d{1,3}(\\.\\d{1,2})?\\s*分\\s*$").matcher(stripped);
        if (bare.find()) {
            return stripped.substring(0, bare.start()).strip();
        }
        return stripped;
    }

    /** Every points marker removed, for recognizing a label such as "重点工作目标（15分）". */
    static String withoutPoints(String text) {
        return POINTS_MARKER.matcher(text).replaceAll("");
    }
}
