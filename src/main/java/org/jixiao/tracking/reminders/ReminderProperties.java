package org.jixiao.tracking.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders (催报). The 系统管理员 may change the days and the sender at run time (系统设置, which
 * reads these same properties as its initial values); the job and the mailer use those.
 *
 * @param dueInDays remind this many days before a period's report is due
 * @param mailFrom  the sender of e-mail copies (used only when spring.mail.host is set)
 * @param baseUrl   the address people open the application at, for the links in e-mail copies
 */
@ConfigurationProperties("jixiao.tracking.reminders")
public record ReminderProperties(@DefaultValue("3") int dueInDays, @DefaultValue("jixiao@localhost") String mailFrom,
                                 @DefaultValue("http://localhost:8080") String baseUrl) {
}
