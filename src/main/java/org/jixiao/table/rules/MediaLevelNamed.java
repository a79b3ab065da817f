package org.jixiao.table.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.table.Finding;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Location;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TableCheck;
import org.jixiao.table.TableRule;

/** A second-level indicator that counts media coverage as evidence names the media level in its remark [001]. */
public final class MediaLevelNamed implements TableRule {

    public static final String MEDIA_LEVEL_MISSING = "MEDIA_LEVEL_MISSING";

    /**
     * A one-character level (省, 市) counts only where it qualifies media ("省级", "市媒体", "省报"),
     * so that 市场 or 省略 do not pass for a level.
     */
    private static final String QUALIFIED = "[级媒报台电广网主官日新]";

    @Override
    public List<Finding> check(TableCheck check) {
        List<String> mediaKeywords = check.rules().mediaKeywords();
        List<String> levels = check.rules().mediaLevels();
        List<Finding> findings = new ArrayList<>();
        for (TableCategory category : check.table().categories()) {
            for (FirstLevelIndicator l1 : category.firstLevel()) {
                for (SecondLevelIndicator l2 : l1.secondLevel()) {
                    String remark = l2.responsibility().remark();
                    List<String> mentioned = Texts.keywordsIn(l2.text() + " " + remark, mediaKeywords);
                    if (!mentioned.isEmpty() && !namesLevel(remark, levels)) {
                        Location location = Location.of(category, l2);
                        findings.add(Finding.warning(MEDIA_LEVEL_MISSING, location, "二级指标 "
                                + Texts.codeOrRow(location.indicatorCode()) + " 以“" + mentioned.get(0)
                                + "”作为佐证，请在备注中注明媒体级别（如 " + String.join("、", levels.stream()
                                .filter(level -> level.length() > 1).limit(3).toList()) + "）"));
                    }
                }
            }
        }
        return findings;
    }

    private static boolean namesLevel(String remark, List<String> levels) {
        String text = Texts.normalized(remark);
        return levels.stream().filter(level -> !level.isBlank()).anyMatch(level -> level.length() > 1
                ? text.contains(level)
                : Pattern.compile(Pattern.quote(level) + QUALIFIED).matcher(text).find());
    }
}
