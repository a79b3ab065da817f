package org.jixiao.evaluation.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import org.jixiao.cycle.CycleCopied;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A cycle copied from last year's starts with last year's assessment settings (grade schemes,
 * formula, bands, lead departments, self-evaluation minimum), not the defaults, with each group's
 * 应评人数, and with last year's rater panels: the
 * group assignments (by group name, the groups being copied first) and the unit assignments of
 * units that take part in the new cycle. Runs inside the copying transaction.
 */
@Component
class CycleSettingsCopy {

    private final EvaluationSettingsRepository repository;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final ChangeLog changes;

    CycleSettingsCopy(EvaluationSettingsRepository repository, Clock clock, JdbcClient jdbc, ChangeLog changes) {
        this.repository = repository;
        this.clock = clock;
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @EventListener
    void on(CycleCopied copied) {
        repository.find(copied.sourceCycleId()).ifPresent(source ->
                repository.save(copied.cycleId(), source.settings(), repository.find(copied.cycleId())
                        .map(EvaluationSettingsRepository.Stored::version).orElse(0L), copied.by(), clock.instant()));
        copyRaterPanels(copied);
        copyPanelSizes(copied);
    }

    /** Each group's 应评人数, to the group of the same name in the new cycle. */
    private void copyPanelSizes(CycleCopied copied) {
        jdbc.sql("""
                        insert into group_panel_size (group_id, cycle_id, panel_size, updated_at, updated_by)
                        select t.id, ?, p.panel_size, ?, ?
                        from group_panel_size p
                                 join assessment_group g on g.id = p.group_id
                                 join assessment_group t on t.cycle_id = ? and t.name = g.name
                        where p.cycle_id = ?
                          and not exists (select 1 from group_panel_size x where x.group_id = t.id)""")
                .params(copied.cycleId(), Timestamp.from(clock.instant()), copied.by(), copied.cycleId(),
                        copied.sourceCycleId())
                .update();
    }

    private void copyRaterPanels(CycleCopied copied) {
        Timestamp now = Timestamp.from(clock.instant());
        changes.cycle(copied.cycleId());
        jdbc.sql("""
                        insert into rater_group_assignment (cycle_id, rater_account_id, group_id, assigned_at, assigned_by)
                        select ?, a.rater_account_id, t.id, ?, ?
                        from rater_group_assignment a
                                 join assessment_group g on g.id = a.group_id
                                 join assessment_group t on t.cycle_id = ? and t.name = g.name
                        where a.cycle_id = ?
                          and not exists (select 1 from rater_group_assignment x
                                          where x.cycle_id = ? and x.rater_account_id = a.rater_account_id
                                            and x.group_id = t.id)""")
                .params(copied.cycleId(), now, copied.by(), copied.cycleId(), copied.sourceCycleId(), copied.cycleId())
                .update();
        jdbc.sql("""
                        insert into rater_assignment (cycle_id, rater_account_id, unit_id, assigned_at, assigned_by)
                        select ?, a.rater_account_id, a.unit_id, ?, ?
                        from rater_assignment a
                                 join cycle_unit m on m.cycle_id = ? and m.unit_id = a.unit_id
                        where a.cycle_id = ?
                          and not exists (select 1 from rater_assignment x
                                          where x.cycle_id = ? and x.rater_account_id = a.rater_account_id
                                            and x.unit_id = a.unit_id)""")
                .params(copied.cycleId(), now, copied.by(), copied.cycleId(), copied.sourceCycleId(), copied.cycleId())
                .update();
    }
}
