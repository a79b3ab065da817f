package org.jixiao.plan;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jixiao.organization.CurrentUser;
import org.jixiao.plan.PlanOutcome.Moved;
import org.jixiao.plan.PlanService.TableRef;
import org.jixiao.table.TargetTable;
import org.jixiao.web.Refused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbered versions of a unit's table (考评表版本): frozen at the 批复 and at each approved mid-year
 * adjustment, restored when the office rejects an adjustment, read and compared by whoever may read
 * the table.
 */
@Service
public class PlanVersions {

    /** What {@link #table} and {@link #diff} take for the table as it is now rather than a version. */
    public static final String CURRENT = "current";

    private final PlanVersionRepository versions;
    private final TargetTableRepository tables;
    private final PlanAccess access;
    private final PlanAudit audit;
    private final Clock clock;
    /** Looked up when needed, to store the restored table's finding counts. */
    private final ObjectProvider<TargetTableService> tableService;

    PlanVersions(PlanVersionRepository versions, TargetTableRepository tables, PlanAccess access, PlanAudit audit,
                 Clock clock, ObjectProvider<TargetTableService> tableService) {
        this.versions = versions;
        this.tableService = tableService;
        this.tables = tables;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a recorded transition does to the versions, inside its transaction: the 批复 freezes version
     * 1; a request for an adjustment of a table approved before versions were kept freezes it first,
     * so that a rejection has something to go back to; an approved adjustment freezes the next
     * version; a rejected one puts the last version back.
     */
    void afterTransition(TableRef ref, Plan before, Moved moved, CurrentUser user) {
        PlanTransition step = moved.transition();
        switch (step.action()) {
            case APPROVE -> freeze(ref, VersionKind.INITIAL, step, "");
            case REQUEST_ADJUSTMENT -> {
                if (versions.latestNumber(ref.cycleId(), ref.unitId()).isEmpty()) {
                    versions.append(current(ref), VersionKind.INITIAL, before.changedBy(), before.changedAt(),
                            before.approvalText(), "");
                }
            }
            case APPROVE_ADJUSTMENT -> freeze(ref, VersionKind.ADJUSTMENT, step,
                    Objects.requireNonNull(before.adjustment()).reason());
            case REJECT_ADJUSTMENT -> restoreLatest(ref, user);
            default -> {
            }
        }
    }

    /** The table's versions, oldest first. */
    @Transactional(readOnly = true)
    public List<PlanVersion> list(TableRef ref, CurrentUser user) {
        requireRead(ref, user);
        return versions.list(ref.cycleId(), ref.unitId());
    }

    /** The table as frozen in a version ("1", "2" …), or as it is now ({@link #CURRENT}). */
    @Transactional(readOnly = true)
    public TargetTable table(TableRef ref, String which, CurrentUser user) {
        requireRead(ref, user);
        if (CURRENT.equals(which)) {
            return current(ref);
        }
        int number;
        try {
            number = Integer.parseInt(which.strip());
        } catch (NumberFormatException e) {
            throw Refused.invalid(PlanProblem.VERSION_NOT_FOUND.code(),
                    "版本应为版本号（如 1、2）或 current（当前考评表），而不是“" + which + "”");
        }
        return versions.table(ref.cycleId(), ref.unitId(), number).orElseThrow(() -> Refused.notFound(
                PlanProblem.VERSION_NOT_FOUND.code(), "该考评表没有第 " + number + " 版"));
    }

    /** What changed from one version (or the current table) to another. */
    @Transactional(readOnly = true)
    public TableDiff diff(TableRef ref, String from, String to, CurrentUser user) {
        return TableDiff.between(table(ref, from, user), table(ref, to, user));
    }

    /** Freezes the table as approved by the step: who, when and with what text. */
    private void freeze(TableRef ref, VersionKind kind, PlanTransition step, String reason) {
        versions.append(current(ref), kind, step.actor(), step.at(), step.reason(), reason);
    }

    private void restoreLatest(TableRef ref, CurrentUser user) {
        int latest = versions.latestNumber(ref.cycleId(), ref.unitId())
                .orElseThrow(() -> new IllegalStateException("年中调整缺少可恢复的版本"));
        TargetTableRepository.Stored stored = tables.find(ref.tableId())
                .orElseThrow(() -> new TableNotFoundException(ref.tableId()));
        TargetTable frozen = versions.table(ref.cycleId(), ref.unitId(), latest).orElseThrow();
        // The frozen rows, under the table's id as it is now.
        TargetTable restored = new TargetTable(ref.tableId(), frozen.cycleId(), frozen.unitId(), frozen.unitName(),
                frozen.year(), frozen.categories());
        long version = tables.replace(restored, user.username(), clock.instant());
        audit.edited(stored.table(), restored, stored.version(), version, user, "驳回年中调整，恢复第 " + latest + " 版");
        tableService.getObject().recordCounts(restored, version);
    }

    private TargetTable current(TableRef ref) {
        return tables.find(ref.tableId()).orElseThrow(() -> new TableNotFoundException(ref.tableId())).table();
    }

    private void requireRead(TableRef ref, CurrentUser user) {
        if (!access.canRead(user, ref.cycleId(), ref.unitId())) {
            throw new TableNotFoundException(ref.tableId());
        }
    }
}
