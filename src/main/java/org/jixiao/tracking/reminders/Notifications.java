package org.jixiao.tracking.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jixiao.organization.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 消息中心: notifications per account. Each has a key that is unique per account, so the same reminder
 * is never created twice; the header shows the unread count ({@code @notifications.unread(...)}).
 */
@Component("notifications")
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a notification is about. */
    public enum Kind {
        PERIOD_OPENED("报告期开放"), REPORT_DUE("报送提醒"), OVERDUE("逾期预警"), RETURNED("退回修改"), REMINDER("考评办提醒");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Notification(long id, Kind kind, String title, String body, String link, Instant createdAt,
                               boolean read) {

        public String when() {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(createdAt.atZone(java.time.ZoneId.systemDefault()));
        }
    }

    /** Creates the notification unless the account already has one with the key; true when created. */
    @Transactional
    public boolean notify(long accountId, Kind kind, String key, String title, String body, String link) {
        Integer existing = jdbc.sql("select count(*) from notification where account_id = ? and dedupe_key = ?")
                .params(accountId, key).query(Integer.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("""
                        insert into notification (account_id, kind, title, body, link, dedupe_key, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(accountId, kind.name(), cut(title, 300), cut(body, 2000), cut(link, 300), cut(key, 200),
                        Timestamp.from(clock.instant()))
                .update();
        return true;
    }

    /** The unread count for the header; 0 for nobody signed in. */
    public int unread(Object user) {
        if (!(user instanceof CurrentUser current)) {
            return 0;
        }
        return jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
                .param(current.accountId()).query(Integer.class).single();
    }

    public List<Notification> of(CurrentUser user) {
        return jdbc.sql("""
                        select id, kind, title, body, link, created_at, read_at from notification where account_id = ?
                        order by created_at desc, id desc limit 200""")
                .param(user.accountId())
                .query((rs, n) -> new Notification(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("body"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
                .list();
    }

    public void markAllRead(CurrentUser user) {
        jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), user.accountId()).update();
    }

    /** The address the account's notifications are also mailed to, "" when none. */
    public String address(CurrentUser user) {
        return jdbc.sql("select email from notification_address where account_id = ?").param(user.accountId())
                .query(String.class).optional().orElse("");
    }

    /** The longest e-mail address (the column {@code notification_address.email}). */
    public static final int MAX_EMAIL = 200;

    /** Sets (or, when blank, removes) the account's own address for e-mail copies. */
    @Transactional
    public void changeAddress(CurrentUser user, String email) {
        String address = email.strip();
        if (!address.isEmpty() && (address.length() > MAX_EMAIL || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw org.jixiao.web.Refused.invalid("NOTIFICATION_EMAIL", "请填写有效的电子邮件地址（如 zhangsan@example.gov.cn），不需要邮件提醒则留空");
        }
        jdbc.sql("delete from notification_address where account_id = ?").param(user.accountId()).update();
        if (!address.isEmpty()) {
            jdbc.sql("insert into notification_address (account_id, email) values (?, ?)").params(user.accountId(), address).update();
        }
    }

    /** Notifications not yet mailed whose account has an e-mail address: (id, address, title, body). */
    record Unmailed(long id, String email, String title, String body, String link) {
    }

    List<Unmailed> unmailed() {
        return jdbc.sql("""
                        select n.id, a.email, n.title, n.body, n.link from notification n
                        join notification_address a on a.account_id = n.account_id
                        where n.mailed_at is null order by n.id""")
                .query((rs, i) -> new Unmailed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    void mailed(long id) {
        jdbc.sql("update notification set mailed_at = ? where id = ?").params(Timestamp.from(clock.instant()), id).update();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
