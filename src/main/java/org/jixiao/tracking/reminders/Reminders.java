package org.jixiao.tracking.reminders;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.organization.CurrentUser;
import org.jixiao.tracking.Board;
import org.jixiao.tracking.progress.Boards;
import org.jixiao.tracking.progress.ProgressAccess;
import org.jixiao.tracking.progress.TrackedRows;
import org.jixiao.web.Refused;
import org.springframework.stereotype.Service;

/**
 * 催报: the office reminds one unit now — its clerks about every overdue item, the accounts responsible for
 * rows (科室负责人, 责任人) about their own — each account once.
 */
@Service
public class Reminders {

    private final Boards boards;
    private final TrackedRows rows;
    private final Notifications notifications;
    private final Recipients recipients;
    private final Clock clock;

    Reminders(Boards boards, TrackedRows rows, Notifications notifications, Recipients recipients, Clock clock) {
        this.boards = boards;
        this.rows = rows;
        this.notifications = notifications;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** Returns how many accounts were reminded. */
    public int remind(long cycleId, long unitId, CurrentUser user) {
        ProgressAccess.requireOffice(user);
        Boards.View view = boards.board(cycleId, unitId, user);
        var items = rows.of(cycleId, unitId);
        List<Recipients.Recipient> everyone = recipients.of(unitId).stream().filter(r -> !r.of(items).isEmpty()).toList();
        if (everyone.isEmpty()) {
            throw Refused.conflict("NO_CLERK", "该单位没有可接收提醒的经办人或科室账号");
        }
        long now = clock.millis();
        for (Recipients.Recipient recipient : everyone) {
            List<Board.OverdueItem> late = view.board().overdue().stream().filter(o -> recipient.answersFor(o.item())).toList();
            String body = late.isEmpty() ? "请按时报送" + (recipient.clerk() ? "本单位各项指标" : "您负责的指标") + "的进展。"
                    : late.stream().limit(20).map(o -> o.item().code() + " " + o.item().text() + "：" + o.flag().message())
                    .collect(Collectors.joining("；\n"));
            notifications.notify(recipient.accountId(), Notifications.Kind.REMINDER, "remind:" + cycleId + ":" + unitId + ":" + now,
                    "考评办提醒：" + view.cycle().name() + (late.isEmpty() ? " 请按时报送进展" : " 有 " + late.size() + " 项逾期"),
                    body, "/tracking/cycles/" + cycleId + "/units/" + unitId);
        }
        return everyone.size();
    }
}
