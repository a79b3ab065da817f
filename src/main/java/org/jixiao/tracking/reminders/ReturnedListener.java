package org.jixiao.tracking.reminders;

import org.jixiao.tracking.progress.ProgressService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the unit's clerks at once when the office returns a report, with the reason. */
@Component
class ReturnedListener {

    private final Notifications notifications;

    ReturnedListener(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(ProgressService.ProgressReturned returned) {
        for (long clerk : notifications.clerksOf(returned.unitId())) {
            notifications.notify(clerk, Notifications.Kind.RETURNED,
                    "returned:" + returned.cycleId() + ":" + returned.code() + ":" + returned.period() + ":" + System.nanoTime(),
                    "指标 " + returned.code() + " 的进展被退回", "退回原因：" + returned.reason() + "（" + returned.text() + "）",
                    "/tracking/cycles/" + returned.cycleId() + "/units/" + returned.unitId() + "?period=" + returned.period());
        }
    }
}
