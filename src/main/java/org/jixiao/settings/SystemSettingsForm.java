package org.jixiao.settings;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The 系统设置 form, with the documented bounds (docs/operations.md). */
public record SystemSettingsForm(
        @NotBlank(message = "请填写系统名称") @Size(max = 40, message = "不能超过 40 个字") @Nullable String siteName,
        @NotNull(message = "请填写") @Min(value = 1, message = "须为至少 1 的整数（MB）")
        @Max(value = 1024, message = "不能超过部署允许的上限")
        @Nullable Integer evidenceMaxSizeMb,
        @NotEmpty(message = "请至少选择一种文件类型") @Nullable List<String> evidenceExtensions,
        @NotNull(message = "请填写") @Min(value = 0, message = "须为 0 到 30 之间的整数")
        @Max(value = 30, message = "须为 0 到 30 之间的整数") @Nullable Integer reminderDueInDays,
        @NotBlank(message = "请填写发件人地址") @Email(message = "不是有效的电子邮件地址，例如 jixiao@example.gov.cn")
        @Size(max = 100, message = "不能超过 100 个字符") @Nullable String mailFrom,
        @NotNull(message = "缺少版本号，请刷新页面") @Nullable Integer version) {

    static SystemSettingsForm of(SystemSettings s) {
        return new SystemSettingsForm(s.siteName(), s.evidenceMaxSizeMb(), s.evidenceExtensions(), s.reminderDueInDays(),
                s.mailFrom(), s.version());
    }

    /** The settings this form asks for; only once it validated (no value is then null). */
    @SuppressWarnings("NullAway")
    SystemSettings settings() {
        return new SystemSettings(siteName.strip(), evidenceMaxSizeMb, evidenceExtensions, reminderDueInDays,
                mailFrom.strip(), version);
    }
}
