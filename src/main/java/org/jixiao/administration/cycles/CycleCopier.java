package org.jixiao.administration.cycles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.CycleCopied;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Memberships;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitRepository;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.plan.TargetTableService;
import org.jixiao.table.TableCopier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复制往年考评年度: what a new cycle takes over from an earlier one once it is opened with that
 * cycle's template. Runs inside the transaction that opens the cycle: a copy that fails leaves no
 * cycle behind.
 */
@Service
public class CycleCopier {

    private final ApplicationEventPublisher events;
    private final TargetTableRepository tables;
    private final TargetTableService tableService;
    private final UnitRepository units;
    private final Memberships memberships;

    CycleCopier(ApplicationEventPublisher events, TargetTableRepository tables, TargetTableService tableService,
                UnitRepository units, Memberships memberships) {
        this.memberships = memberships;
        this.events = events;
        this.tables = tables;
        this.tableService = tableService;
        this.units = units;
    }

    /** What was copied besides the template and settings: units taking part, and tables. */
    public record Report(int units, int tables, List<String> skippedUnits) {

        public Report {
            skippedUnits = List.copyOf(skippedUnits);
        }

        static Report none() {
            return new Report(0, 0, List.of());
        }

        Report withUnits(int units) {
            return new Report(units, tables, skippedUnits);
        }
    }

    /**
     * Copies into {@code target} (already opened with {@code source}'s template) the settings of
     * {@code source} and, when {@code copyTables}, each unit's table.
     */
    @Transactional
    public Report copy(AssessmentCycle source, AssessmentCycle target, boolean copyTables, CurrentUser user) {
        // Groups and membership first: the rater panels copied next refer to the new groups.
        int units = memberships.copy(source.id(), target.id());
        // The evaluation settings (grade schemes, formula, bands, lead departments) and the rater
        // panels are copied by their own module, which listens for this event within this transaction.
        events.publishEvent(new CycleCopied(source.id(), target.id(), user.username()));

        return (copyTables ? copyTables(source, target, user) : Report.none()).withUnits(units);
    }

    /**
     * Each unit's table of {@code source} as the start of its table in {@code target}: authored
     * categories copied, fixed items from the new template. Units that no longer exist are skipped;
     * a unit that already has a table in {@code target} keeps it (one table per unit and cycle).
     */
    private Report copyTables(AssessmentCycle source, AssessmentCycle target, CurrentUser user) {
        List<TargetTableRepository.Summary> summaries = tables.summaries(source.id());
        Set<Long> existing = StreamSupport.stream(units.findAllById(
                        summaries.stream().map(TargetTableRepository.Summary::unitId).toList()).spliterator(), false)
                .map(Unit::id)
                .collect(Collectors.toSet());
        int copied = 0;
        List<String> skipped = new ArrayList<>();
        for (TargetTableRepository.Summary summary : summaries) {
            if (!existing.contains(summary.unitId())) {
                skipped.add(summary.unitName());
                continue;
            }
            if (tables.findId(target.id(), summary.unitId()).isPresent()) {
                continue;
            }
            tables.find(summary.id()).ifPresent(previous -> tableService.store(
                    TableCopier.copyForCycle(previous.table(), target.id(), target.template()), user));
            copied++;
        }
        return new Report(0, copied, skipped);
    }
}
