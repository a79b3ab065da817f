package org.jixiao.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the lines above a table say: the unit (参评单位（盖章）：…, or the title) and the year of the title. */
final class Preamble {

    private static final Pattern UNIT = Pattern.compile("参评单位\\s*[（(]?\\s*盖章\\s*[)）]?\\s*[：:]\\s*(.*)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?");

    private String unitFromLine = "";
    private String unitFromTitle = "";
    private int year;

    void read(SourceRow row) {
        for (String cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            Matcher unit = UNIT.matcher(cell);
            if (unit.find()) {
                String name = unit.group(1).strip();
                if (isName(name)) {
                    unitFromLine = name;
                }
                continue;
            }
            String title = cell.replaceFirst("^[#\\s]*", "").replaceFirst("^附件\\s*\\d*\\s*[：:]?", "")
                    .replaceFirst("^[（(]?\\d{1,2}[)）.、．]\\s*", "").strip();
            if (title.length() <= 80 && title.endsWith("考评表")) {
                title(title);
            }
        }
    }

    private void title(String title) {
        Matcher year = YEAR.matcher(title);
        String unit;
        if (year.find()) {
            this.year = Integer.parseInt(year.group(1));
            unit = title.substring(0, year.start()).strip();
            if (unit.isEmpty()) {
                unit = title.substring(year.end()).replaceFirst("(绩效管理|绩效)?目标考评表$", "").strip();
            }
        } else {
            unit = title.replaceFirst("(绩效管理|绩效)?目标考评表$", "").strip();
        }
        if (isName(unit)) {
            unitFromTitle = unit;
        }
    }

    /** A unit's name has Chinese characters: a list number ("2.") or a date is none. */
    private static boolean isName(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    String unitName() {
        return unitFromLine.isEmpty() ? unitFromTitle : unitFromLine;
    }

    int year() {
        return year;
    }
}
