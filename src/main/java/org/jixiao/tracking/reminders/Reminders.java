package org.jixiao.tracking.reminders;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.organization.CurrentUser;
import org.jixiao.tracking.Board;
import org.jixiao.tracking.progress.Boards;
import org.jixiao.tracking.progress.ProgressAccess;
import org.jixiao.web.Refused;
import org.springframework.stereotype.Service;

/** 催报: the office reminds one unit's clerks now, naming the unit's overdue items. */
@Service
public class Reminders {

    private final Boards boards;
    private final Notifications notifications;
    private final Clock clock;

    Reminders(Boards boards, Notifications notifications, Clock clock) {
        this.boards = boards;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Returns how many clerks were reminded. */
    public int remind(long cycleId, long unitId, CurrentUser user) {
        ProgressAccess.requireOffice(user);
        Boards.View view = boards.board(cycleId, unitId, user);
        List<Board.OverdueItem> late = view.board().overdue();
        List<Long> clerks = notifications.clerksOf(unitId);
        if (clerks.isEmpty()) {
            throw Refused.conflict("NO_CLERK", "该单位没有可接收提醒的经办人账号");
        }
        String body = late.isEmpty() ? "请按时报送本单位各项指标的进展。"
                : late.stream().limit(20).map(o -> o.item().code() + " " + o.item().text() + "：" + o.flag().message())
                .collect(Collectors.joining("；\n"));
        for (long clerk : clerks) {
            notifications.notify(clerk, Notifications.Kind.REMINDER, "remind:" + cycleId + ":" + unitId + ":" + clock.millis(),
                    "考评办提醒：" + view.cycle().name() + (late.isEmpty() ? " 请按时报送进展" : " 有 " + late.size() + " 项逾期"),
                    body, "/tracking/cycles/" + cycleId + "/units/" + unitId);
        }
        return clerks.size();
    }
}
