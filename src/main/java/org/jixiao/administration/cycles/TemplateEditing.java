package org.jixiao.administration.cycles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.CurrentUser;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.plan.TargetTableService;
import org.jixiao.table.Finding;
import org.jixiao.table.Severity;
import org.jixiao.table.TableTemplate;
import org.jixiao.web.Refused;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 模板编辑: the office changes a cycle's template. Where units already wrote tables to it, the first
 * save only answers with the impact; the change is stored once that impact is confirmed.
 */
@Service
public class TemplateEditing {

    private static final int LISTED_FINDINGS = 5;

    private final CycleAdministration administration;
    private final AssessmentCycles cycles;
    private final TargetTableRepository tables;
    private final TargetTableService tableService;
    private final CycleTrail trail;

    TemplateEditing(CycleAdministration administration, AssessmentCycles cycles, TargetTableRepository tables,
                    TargetTableService tableService, CycleTrail trail) {
        this.administration = administration;
        this.cycles = cycles;
        this.tables = tables;
        this.tableService = tableService;
        this.trail = trail;
    }

    /** What a save did. */
    public sealed interface Outcome {
    }

    /** Stored; the cycle at its new version. */
    public record Saved(AssessmentCycle cycle) implements Outcome {
    }

    /** Nothing differed from the stored template; nothing was written. */
    public record Unchanged(AssessmentCycle cycle) implements Outcome {
    }

    /** Not stored: tables exist, and this is what the change does to them. */
    public record NeedsConfirmation(TemplateImpact impact, String fingerprint) implements Outcome {
    }

    /** The cycle with its template and version, for the office only. */
    public AssessmentCycle cycle(long cycleId, CurrentUser user) {
        CycleAdministration.requireOffice(user);
        return administration.cycle(cycleId);
    }

    /**
     * Saves {@code template} over the cycle's template read at {@code version}. Unless
     * {@code confirmedFingerprint} is the {@link #fingerprint} of this very template, a cycle whose
     * units have tables answers with the impact instead of saving.
     */
    @Transactional
    public Outcome save(long cycleId, TableTemplate template, long version, String confirmedFingerprint,
                        CurrentUser user) {
        CycleAdministration.requireOffice(user);
        AssessmentCycle cycle = CycleAdministration.requireOpen(administration.cycle(cycleId));
        if (cycle.version() != version) {
            throw CycleAdministration.stale();
        }
        TableTemplate edited = template.forYear(cycle.year());
        Map<String, String> problems = TemplateValidation.problems(edited);
        if (!problems.isEmpty()) {
            throw new Refused(Refused.Kind.INVALID, "TEMPLATE_INVALID",
                    "考评表模板有误：" + String.join("；", problems.values()), List.copyOf(problems.values()));
        }
        if (edited.equals(cycle.template())) {
            return new Unchanged(cycle);
        }
        String fingerprint = fingerprint(edited);
        if (!fingerprint.equals(confirmedFingerprint)) {
            TemplateImpact impact = impact(cycle, edited);
            if (!impact.tables().isEmpty()) {
                return new NeedsConfirmation(impact, fingerprint);
            }
        }
        try {
            AssessmentCycle saved = cycles.update(withTemplate(cycle, edited), version);
            trail.templateChanged(cycle, saved, TemplateChanges.between(cycle.template(), edited), user);
            return new Saved(saved);
        } catch (OptimisticLockingFailureException e) {
            throw CycleAdministration.stale();
        }
    }

    /** Identifies a template's content, so that a confirmation applies to the template that was previewed. */
    public static String fingerprint(TableTemplate template) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(template.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 不可用", e);
        }
    }

    /** Each unit's table checked against the current template and against {@code edited}. */
    private TemplateImpact impact(AssessmentCycle cycle, TableTemplate edited) {
        AssessmentCycle after = withTemplate(cycle, edited);
        List<TemplateImpact.TableImpact> impacts = new ArrayList<>();
        for (TargetTableRepository.Summary summary : tables.summaries(cycle.id())) {
            tables.find(summary.id()).ifPresent(stored -> impacts.add(impact(summary,
                    tableService.check(stored.table(), cycle), tableService.check(stored.table(), after))));
        }
        return new TemplateImpact(TemplateChanges.between(cycle.template(), edited), impacts);
    }

    private static TemplateImpact.TableImpact impact(TargetTableRepository.Summary summary, List<Finding> before,
                                                     List<Finding> after) {
        Set<String> old = messages(before);
        Set<String> now = messages(after);
        return new TemplateImpact.TableImpact(summary.unitId(), summary.unitName(), count(before, Severity.ERROR),
                count(after, Severity.ERROR), count(before, Severity.WARNING), count(after, Severity.WARNING),
                now.stream().filter(m -> !old.contains(m)).limit(LISTED_FINDINGS).toList(),
                old.stream().filter(m -> !now.contains(m)).limit(LISTED_FINDINGS).toList());
    }

    private static Set<String> messages(List<Finding> findings) {
        Set<String> messages = new LinkedHashSet<>();
        findings.forEach(f -> messages.add(f.message()));
        return messages;
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static AssessmentCycle withTemplate(AssessmentCycle cycle, TableTemplate template) {
        return new AssessmentCycle(cycle.id(), cycle.year(), cycle.series(), cycle.level(), template, cycle.status(),
                cycle.copiedFrom(), cycle.version());
    }
}
