package org.jixiao.tracking.reminders;

import org.jixiao.settings.SystemSettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail copies of notifications, only when SMTP is configured (spring.mail.host makes Spring Boot
 * provide a {@link JavaMailSender}) and the account gave an address; otherwise the in-app centre is all.
 * A notification is marked mailed once sent, so that no copy goes twice; one the mail server refuses stays
 * unmailed (logged) and is tried again on the next run — the in-app notification is there either way.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Notifications notifications;
    private final SystemSettingsService settings;
    private final ReminderProperties properties;

    Mailer(ObjectProvider<JavaMailSender> sender, Notifications notifications, SystemSettingsService settings,
           ReminderProperties properties) {
        this.sender = sender;
        this.notifications = notifications;
        this.settings = settings;
        this.properties = properties;
    }

    private String link(String path) {
        String base = properties.baseUrl().endsWith("/") ? properties.baseUrl().substring(0, properties.baseUrl().length() - 1)
                : properties.baseUrl();
        return base + path;
    }

    int sendPending() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        for (Notifications.Unmailed n : notifications.unmailed()) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.current().mailFrom());
            message.setTo(n.email());
            message.setSubject("【绩效考评】" + n.title());
            message.setText(n.body() + "\n\n" + link(n.link()) + "\n\n（本邮件由绩效目标考评系统发出，请登录系统查看和办理。）");
            try {
                mail.send(message);
                notifications.mailed(n.id());
                sent++;
            } catch (MailException | IllegalStateException e) {
                log.warn("提醒邮件未能发出（{}），下次运行时重试：{}", n.email(), e.getMessage());
            }
        }
        return sent;
    }
}
