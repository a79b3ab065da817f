package org.jixiao.tracking.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jixiao.settings.SystemSettingsService;
import org.jixiao.tracking.Board;
import org.jixiao.tracking.ReportingPeriod;
import org.jixiao.tracking.TrackedItem;
import org.jixiao.tracking.progress.Boards;
import org.jixiao.tracking.progress.ProgressRepository;
import org.jixiao.tracking.progress.TrackedRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminder run: a period opened, a report due within N days, items overdue. Safe on several
 * nodes — the run takes the {@code job_lock} row for a while, so one node sends; idempotent — every
 * reminder has a key per account ({@link Notifications#notify}), so a second run sends nothing new.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final String LOCK = "tracking-reminders";
    private static final java.time.Instant RELEASED = java.time.Instant.parse("2000-01-01T00:00:00Z");

    private final JdbcClient jdbc;
    private final ProgressRepository progress;
    private final Boards boards;
    private final TrackedRows rows;
    private final Notifications notifications;
    private final Recipients recipients;
    private final SystemSettingsService settings;
    private final Mailer mailer;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    ReminderJob(JdbcClient jdbc, ProgressRepository progress, Boards boards, TrackedRows rows, Notifications notifications,
                Recipients recipients, SystemSettingsService settings, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.boards = boards;
        this.rows = rows;
        this.notifications = notifications;
        this.recipients = recipients;
        this.settings = settings;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(cron = "${jixiao.tracking.reminders.cron:0 0 7 * * *}")
    void daily() {
        int sent = run();
        log.info("催报提醒：新建 {} 条", sent);
    }

    /** Runs once if this node gets the lock; returns the number of notifications created (-1: another node runs). */
    public int run() {
        if (!lock()) {
            return -1;
        }
        try {
            int created = 0;
            LocalDate today = LocalDate.now(clock);
            Map<Long, List<Integer>> openedByCycle = progress.openings().stream().collect(Collectors.groupingBy(
                    ProgressRepository.Opened::cycleId, Collectors.mapping(ProgressRepository.Opened::period,
                            Collectors.toList())));
            Map<Long, List<Recipients.Recipient>> everyone = recipients.all();
            for (var cycle : openedByCycle.entrySet()) {
                created += remind(boards.system(cycle.getKey()), rows.of(cycle.getKey(), null), everyone, today);
            }
            // after the notifications are stored: a mail server that fails leaves them in the centre, to be mailed next run
            mailer.sendPending();
            return created;
        } finally {
            unlock();
        }
    }

    private int remind(Boards.View view, List<TrackedItem> items, Map<Long, List<Recipients.Recipient>> everyone,
                       LocalDate today) {
        int created = 0;
        long cycleId = view.cycle().id();
        Map<Long, List<Board.OverdueItem>> overdue = view.board().overdue().stream()
                .collect(Collectors.groupingBy(o -> o.item().unitId()));
        Map<Long, List<TrackedItem>> itemsByUnit = items.stream().collect(Collectors.groupingBy(TrackedItem::unitId));
        for (Board.UnitLine unit : view.board().units()) {
            String link = "/tracking/cycles/" + cycleId + "/units/" + unit.unitId();
            List<TrackedItem> unitItems = itemsByUnit.getOrDefault(unit.unitId(), List.of());
            for (Recipients.Recipient recipient : everyone.getOrDefault(unit.unitId(), List.of())) {
                if (recipient.of(unitItems).isEmpty()) {
                    continue;
                }
                long account = recipient.accountId();
                String who = recipient.clerk() ? "本单位各项指标" : "您负责的指标";
                for (ReportingPeriod period : view.periods()) {
                    if (!view.opened().contains(period.number())) {
                        continue;
                    }
                    String name = view.cycle().name() + " " + period.label();
                    String key = cycleId + ":" + period.number() + ":" + unit.unitId();
                    created += count(notifications.notify(account, Notifications.Kind.PERIOD_OPENED,
                            "open:" + key, name + "进展报送已开放（" + unit.unitName() + "）",
                            "请于 " + period.reportDue() + " 前报送" + who + "的" + period.label() + "进展。", link + "?period=" + period.number()));
                    long days = ChronoUnit.DAYS.between(today, period.reportDue());
                    if (days >= 0 && days <= settings.current().reminderDueInDays() && !today.isBefore(period.end())) {
                        created += count(notifications.notify(account, Notifications.Kind.REPORT_DUE,
                                "due:" + key, name + "进展将于 " + days + " 天后截止（" + unit.unitName() + "）",
                                "报送截止日 " + period.reportDue() + "，请及时报送" + who + "中未报的进展。", link + "?period=" + period.number()));
                    }
                }
                List<Board.OverdueItem> late = overdue.getOrDefault(unit.unitId(), List.of()).stream()
                        .filter(o -> recipient.answersFor(o.item())).toList();
                if (!late.isEmpty()) {
                    TreeSet<String> keys = late.stream().map(o -> o.item().rowId() + "/" + o.flag().kind() + "/" + o.flag().period())
                            .collect(Collectors.toCollection(TreeSet::new));
                    String body = late.stream().limit(10).map(o -> o.item().code() + " " + o.flag().message())
                            .collect(Collectors.joining("；")) + (late.size() > 10 ? "……共 " + late.size() + " 项" : "");
                    created += count(notifications.notify(account, Notifications.Kind.OVERDUE,
                            "overdue:" + cycleId + ":" + unit.unitId() + ":" + Integer.toHexString(keys.hashCode()) + ":" + keys.size(),
                            view.cycle().name() + " " + unit.unitName() + " 有 " + late.size() + " 项指标逾期", body, link));
                }
            }
        }
        return created;
    }

    private boolean lock() {
        var now = clock.instant();
        return jdbc.sql("update job_lock set locked_until = ?, locked_by = ? where name = ? and locked_until < ?")
                .params(Timestamp.from(now.plus(Duration.ofMinutes(30))), node, LOCK, Timestamp.from(now)).update() == 1;
    }

    /**
     * Releases the lock to a time long past, not to "now": a node whose clock is a little behind this one's
     * (or a test clock set to the same day again) can take it at once.
     */
    private void unlock() {
        jdbc.sql("update job_lock set locked_until = ? where name = ? and locked_by = ?")
                .params(Timestamp.from(RELEASED), LOCK, node).update();
    }

    private static int count(boolean created) {
        return created ? 1 : 0;
    }
}
