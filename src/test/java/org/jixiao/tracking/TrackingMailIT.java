package org.jixiao.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jixiao.organization.Account;
import org.jixiao.organization.CurrentUser;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestWorlds;
import org.jixiao.tracking.progress.ProgressService;
import org.jixiao.tracking.reminders.Notifications;
import org.jixiao.tracking.reminders.ReminderJob;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With SMTP configured (spring.mail.host/port, Spring Boot's mail starter) the reminder job also mails each
 * notification to the account's address — here to a real SMTP server (GreenMail) on a free loopback port.
 * A mail server that is down does not stop the in-app notification; the copy goes out on the next run.
 */
@IntegrationTest
class TrackingMailIT {

    static final int PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
        registry.add("jixiao.tracking.reminders.base-url", () -> "https://jixiao.example.gov.cn");
    }

    @Autowired TestWorlds worlds;
    @Autowired ProgressService progress;
    @Autowired Notifications notifications;
    @Autowired ReminderJob job;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        SMTP.stop();
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void remindersAreMailedWithAChineseSubjectAndALinkAndAFailedMailLeavesTheNotificationForTheNextRun() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        Account clerk = world.clerkA();
        notifications.changeAddress(CurrentUser.of(clerk), "jingbanren@example.gov.cn");
        clock.advance(Duration.between(Instant.now(), Instant.parse("2025-04-08T02:00:00Z")));
        progress.openPeriod(cycle, 1, CurrentUser.of(world.admin()));

        // the mail server is down: the notifications are there, nothing is marked mailed
        assertThat(job.run()).isPositive();
        List<Notifications.Notification> inApp = notifications.of(CurrentUser.of(clerk));
        assertThat(inApp).extracting(Notifications.Notification::kind).contains(Notifications.Kind.PERIOD_OPENED);
        assertThat(unmailed(clerk)).isEqualTo(inApp.size());

        // up again: the next run sends each notification once
        SMTP.start();
        assertThat(job.run()).isZero();
        assertThat(SMTP.waitForIncomingEmail(5000, inApp.size())).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(inApp.size());
        MimeMessage opened = java.util.Arrays.stream(received)
                .filter(m -> subject(m).contains("进展报送已开放")).findFirst().orElseThrow();
        assertThat(subject(opened)).startsWith("【绩效考评】").contains(world.cycle().name()).contains("第一季度");
        assertThat(opened.getAllRecipients()[0].toString()).isEqualTo("jingbanren@example.gov.cn");
        String body = ((String) opened.getContent()).replace("\r\n", "\n");
        assertThat(body).contains("请于 2025-04-10 前报送")
                .contains("https://jixiao.example.gov.cn/tracking/cycles/" + cycle + "/units/" + world.unitA().id() + "?period=1");
        assertThat(unmailed(clerk)).isZero();

        // a third run sends nothing again
        assertThat(job.run()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(inApp.size());
    }

    @Test
    void anInvalidAddressIsRefusedWithAChineseMessage() {
        TestWorlds.World world = worlds.create();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notifications.changeAddress(CurrentUser.of(world.clerkA()), "不是邮箱"))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.code()).isEqualTo("NOTIFICATION_EMAIL");
                    assertThat(r.getMessage()).contains("电子邮件地址");
                });
        notifications.changeAddress(CurrentUser.of(world.clerkA()), " ");
        assertThat(notifications.address(CurrentUser.of(world.clerkA()))).isEmpty();
    }

    private int unmailed(Account account) {
        return jdbc.sql("select count(*) from notification where account_id = ? and mailed_at is null").param(account.id())
                .query(Integer.class).single();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
