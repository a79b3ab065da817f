package org.jixiao.tracking.reminders;

import java.util.Optional;
import org.jixiao.tracking.TrackedItem;
import org.jixiao.tracking.progress.ProgressService;
import org.jixiao.tracking.progress.TrackedRows;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the unit's clerks and the accounts responsible for the row at once when the office returns a
 * report, with the reason; each of them once.
 */
@Component
class ReturnedListener {

    private final Notifications notifications;
    private final Recipients recipients;
    private final TrackedRows rows;

    ReturnedListener(Notifications notifications, Recipients recipients, TrackedRows rows) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.rows = rows;
    }

    @EventListener
    void on(ProgressService.ProgressReturned returned) {
        Optional<TrackedItem> item = rows.of(returned.cycleId(), returned.unitId()).stream()
                .filter(i -> i.rowId().equals(returned.rowId())).findFirst();
        String key = "returned:" + returned.cycleId() + ":" + returned.rowId() + ":" + returned.period() + ":" + System.nanoTime();
        for (Recipients.Recipient recipient : recipients.of(returned.unitId())) {
            if (item.isPresent() && !recipient.answersFor(item.get())) {
                continue;
            }
            notifications.notify(recipient.accountId(), Notifications.Kind.RETURNED, key,
                    "指标 " + returned.code() + " 的进展被退回", "退回原因：" + returned.reason() + "（" + returned.text() + "）",
                    "/tracking/cycles/" + returned.cycleId() + "/units/" + returned.unitId() + "?period=" + returned.period()
                            + "#row-" + returned.rowId());
        }
    }
}
