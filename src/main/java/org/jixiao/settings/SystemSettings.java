package org.jixiao.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 系统设置 in force.
 *
 * @param siteName           the name in the header, the sign-in page and the browser title
 * @param evidenceMaxSizeMb  the largest evidence file accepted, in MB (never above the container's upload limit)
 * @param evidenceExtensions the evidence file types accepted: a subset of those the deployment permits
 * @param reminderDueInDays  how many days before a report is due the daily run reminds (催报)
 * @param mailFrom           the sender of e-mail copies of reminders
 * @param version            the row's version: a change must name the one it was made on
 */
public record SystemSettings(String siteName, int evidenceMaxSizeMb, List<String> evidenceExtensions,
                             int reminderDueInDays, String mailFrom, int version) {

    public SystemSettings {
        evidenceExtensions = List.copyOf(evidenceExtensions);
    }

    public long evidenceMaxSizeBytes() {
        return evidenceMaxSizeMb * 1024L * 1024L;
    }

    /** The values by their Chinese names, for the audit trail. */
    Map<String, Object> described() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("系统名称", siteName);
        values.put("佐证材料大小上限（MB）", evidenceMaxSizeMb);
        values.put("佐证材料类型", String.join("、", evidenceExtensions));
        values.put("催报提前天数", reminderDueInDays);
        values.put("邮件发件人", mailFrom);
        return values;
    }

    /** The same settings apart from the version, for telling whether anything changed. */
    boolean sameValuesAs(SystemSettings other) {
        return described().equals(other.described());
    }
}
