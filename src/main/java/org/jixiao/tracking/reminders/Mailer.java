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
 * A notification is marked mailed once sent, so that no copy goes twice.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Notifications notifications;
    private final SystemSettingsService settings;

    Mailer(ObjectProvider<JavaMailSender> sender, Notifications notifications, SystemSettingsService settings) {
        this.sender = sender;
        this.notifications = notifications;
        this.settings = settings;
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
            message.setText(n.body());
            try {
                mail.send(message);
                notifications.mailed(n.id());
                sent++;
            } catch (MailException e) {
                log.warn("提醒邮件未能发出（{}）：{}", n.email(), e.getMessage());
            }
        }
        return sent;
    }
}
