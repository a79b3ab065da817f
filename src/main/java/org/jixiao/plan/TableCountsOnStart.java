package org.jixiao.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Backfills the finding counts kept with the tables once the application is up: tables stored before
 * the counts were kept (V51) and tables of cycles whose template changed since their last check. Safe
 * on several nodes: a count is stored only for the table version it was checked at.
 */
@Component
class TableCountsOnStart {

    private static final Logger log = LoggerFactory.getLogger(TableCountsOnStart.class);

    private final TargetTableService tables;

    TableCountsOnStart(TargetTableService tables) {
        this.tables = tables;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recount() {
        int counted = tables.recountStale();
        if (counted > 0) {
            log.info("考评表审核意见计数已更新：{} 张表", counted);
        }
    }
}
