package org.jixiao.evaluation.assessment;

import java.time.Clock;
import java.util.Optional;
import org.jixiao.audit.AuditKind;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A cycle's assessment settings: read by everybody who takes part, changed by the office only. */
@Service
public class SettingsService {

    private final EvaluationSettingsRepository repository;
    private final Participants participants;
    private final EvaluationAudit audit;
    private final Clock clock;

    SettingsService(EvaluationSettingsRepository repository, Participants participants, EvaluationAudit audit,
                    Clock clock) {
        this.repository = repository;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings with the version they were read at (0 while the defaults apply). */
    public record Versioned(EvaluationSettings settings, long version) {
    }

    public Versioned versioned(long cycleId) {
        participants.cycle(cycleId);
        return repository.find(cycleId).map(s -> new Versioned(s.settings(), s.version()))
                .orElseGet(() -> new Versioned(EvaluationSettings.defaults(), 0));
    }

    public EvaluationSettings settings(long cycleId) {
        return versioned(cycleId).settings();
    }

    @Transactional
    public long update(long cycleId, EvaluationSettings settings, long version, CurrentUser user) {
        requireOffice(user);
        participants.cycle(cycleId);
        Optional<EvaluationSettingsRepository.Stored> before = repository.find(cycleId);
        long saved = repository.save(cycleId, settings, version, user.username(), clock.instant());
        audit.recordJson(AuditKind.SETTINGS, user, cycleId, "评分规则（第 " + saved + " 版）",
                before.map(b -> ScenarioDocuments.writeSettings(b.settings())).orElse(null),
                ScenarioDocuments.writeSettings(settings));
        return saved;
    }

    /** The lead department a LEAD_DEPARTMENT account speaks for. */
    public Optional<String> leadDepartmentOf(CurrentUser user) {
        return user.role() == Role.LEAD_DEPARTMENT ? repository.leadDepartmentOf(user.accountId()) : Optional.empty();
    }

    @Transactional
    public void linkLeadDepartment(long accountId, String department) {
        repository.linkLeadDepartment(accountId, department.strip());
    }

    static void requireOffice(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("仅考评办可以进行此操作");
        }
    }
}
