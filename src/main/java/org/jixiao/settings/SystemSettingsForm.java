package org.jixiao.settings;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * The 系统设置 form, with the documented bounds (docs/operations.md); numbers are kept as typed, so
 * that a wrong one is shown back beside its message.
 */
public record SystemSettingsForm(
        @NotBlank(message = "请填写系统名称") @Size(max = 40, message = "不能超过 40 个字") @Nullable String siteName,
        @NotNull(message = "请填写") @Range(min = 1, max = 1024, message = "须为 1 到部署允许的上限之间的整数（MB）")
        @Nullable String evidenceMaxSizeMb,
        @NotEmpty(message = "请至少选择一种文件类型") @Nullable List<String> evidenceExtensions,
        @NotNull(message = "请填写") @Range(min = 0, max = 30, message = "须为 0 到 30 之间的整数")
        @Nullable String reminderDueInDays,
        @NotBlank(message = "请填写发件人地址") @Email(message = "不是有效的电子邮件地址，例如 jixiao@example.gov.cn")
        @Size(max = 100, message = "不能超过 100 个字符") @Nullable String mailFrom,
        @NotNull(message = "缺少版本号，请刷新页面") @Nullable String version) {

    static SystemSettingsForm of(SystemSettings s) {
        return new SystemSettingsForm(s.siteName(), "" + s.evidenceMaxSizeMb(), s.evidenceExtensions(),
                "" + s.reminderDueInDays(), s.mailFrom(), "" + s.version());
    }

    /** The fields whose (in-range) value is not a whole number, e.g. “2.5”. */
    Map<String, String> notIntegers() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (evidenceMaxSizeMb != null && !evidenceMaxSizeMb.strip().matches("\\d{1,9}")) {
            problems.put("evidenceMaxSizeMb", "须为整数（MB）");
        }
        if (reminderDueInDays != null && !reminderDueInDays.strip().matches("\\d{1,9}")) {
            problems.put("reminderDueInDays", "须为整数");
        }
        if (version != null && !version.strip().matches("\\d{1,9}")) {
            problems.put("version", "版本号无效，请刷新页面");
        }
        return problems;
    }

    /** The settings this form asks for; only once it validated (no value is then null). */
    @SuppressWarnings("NullAway")
    SystemSettings settings() {
        return new SystemSettings(siteName.strip(), Integer.parseInt(evidenceMaxSizeMb.strip()), evidenceExtensions,
                Integer.parseInt(reminderDueInDays.strip()), mailFrom.strip(), Integer.parseInt(version.strip()));
    }
}
