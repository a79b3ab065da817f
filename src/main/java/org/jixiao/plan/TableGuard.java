package org.jixiao.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jixiao.table.TargetTable;
import org.jixiao.web.Refused;
import org.springframework.stereotype.Component;

/**
 * Checks a change of a table before it is stored: that it stays within an open mid-year adjustment,
 * and that it drops no row on which year-end work recorded data (self-evaluation, evidence, scores,
 * tiers, peer grades, promotions), unless the person confirmed the loss.
 */
@Component
class TableGuard {

    /** The code of the refusal of a change that would leave year-end data without its row. */
    static final String ORPHANS = "ROWS_WOULD_BE_ORPHANED";
    private static final int LISTED = 5;

    private final YearEndRecords yearEnd;

    TableGuard(YearEndRecords yearEnd) {
        this.yearEnd = yearEnd;
    }

    /** Refuses (409 PLAN_LOCKED) a change that touches rows outside the open adjustment, listing them. */
    void requireWithin(Optional<PlanAdjustment> adjustment, TargetTable before, TargetTable after) {
        if (adjustment.isEmpty()) {
            return;
        }
        List<String> outside = new AdjustmentScope(adjustment.get()).outside(before, after);
        if (!outside.isEmpty()) {
            throw new Refused(Refused.Kind.CONFLICT, PlanProblem.LOCKED.code(),
                    "年中调整只能修改调整申请中列出的指标，以下内容不在本次调整范围内：" + listed(outside), outside);
        }
    }

    /** The rows of {@code before} that {@code after} no longer has and that carry year-end data. */
    List<Orphan> orphans(TargetTable before, TargetTable after) {
        Set<UUID> kept = RowContent.of(after).stream().map(RowContent::id).collect(Collectors.toSet());
        List<RowContent> dropped = RowContent.of(before).stream().filter(row -> !kept.contains(row.id())).toList();
        Map<UUID, Map<YearEndKind, Integer>> counts = yearEnd.counts(before.cycleId(),
                dropped.stream().map(RowContent::id).toList());
        return dropped.stream().filter(row -> counts.containsKey(row.id()))
                .map(row -> Orphan.of(row, counts.get(row.id()))).toList();
    }

    /**
     * Refuses (409 ROWS_WOULD_BE_ORPHANED) a change that drops rows carrying year-end data, listing
     * each with its data; {@code howToGoOn} tells the person what to do instead.
     */
    void requireNoOrphans(TargetTable before, TargetTable after, String howToGoOn) {
        List<Orphan> orphans = orphans(before, after);
        if (!orphans.isEmpty()) {
            throw new Refused(Refused.Kind.CONFLICT, ORPHANS, "此次修改将删除 " + orphans.size()
                    + " 项已有年终数据的指标：" + listed(orphans.stream().map(Orphan::describe).toList()) + "。" + howToGoOn,
                    orphans);
        }
    }

    private static String listed(List<String> items) {
        String shown = String.join("；", items.subList(0, Math.min(LISTED, items.size())));
        return items.size() > LISTED ? shown + " 等 " + items.size() + " 项" : shown;
    }
}
