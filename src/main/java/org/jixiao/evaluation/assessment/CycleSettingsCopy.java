package org.jixiao.evaluation.assessment;

import java.time.Clock;
import org.jixiao.cycle.CycleCopied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A cycle copied from last year's starts with last year's assessment settings (grade schemes,
 * formula, bands, lead departments), not the defaults. Runs inside the copying transaction.
 */
@Component
class CycleSettingsCopy {

    private final EvaluationSettingsRepository repository;
    private final Clock clock;

    CycleSettingsCopy(EvaluationSettingsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    void on(CycleCopied copied) {
        repository.find(copied.sourceCycleId()).ifPresent(source ->
                repository.save(copied.cycleId(), source.settings(), repository.find(copied.cycleId())
                        .map(EvaluationSettingsRepository.Stored::version).orElse(0L), copied.by(), clock.instant()));
    }
}
