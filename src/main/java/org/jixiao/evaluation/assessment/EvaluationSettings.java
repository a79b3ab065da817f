package org.jixiao.evaluation.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.evaluation.GradeScheme;
import org.jixiao.evaluation.ScoringSettings;

/**
 * A cycle's assessment settings: the engine's {@link ScoringSettings}, the grade scheme items are
 * graded with unless a lead department grades them, the lead departments with their items, and the
 * least share of rows filled before a self-evaluation may be submitted.
 */
public record EvaluationSettings(ScoringSettings scoring, String defaultScheme, List<LeadDepartment> leadDepartments,
                                 SubmissionMinimum submissionMinimum) {

    /** Settings without a minimum share for submitting a self-evaluation. */
    public EvaluationSettings(ScoringSettings scoring, String defaultScheme, List<LeadDepartment> leadDepartments) {
        this(scoring, defaultScheme, leadDepartments, SubmissionMinimum.NONE);
    }

    public EvaluationSettings {
        submissionMinimum = submissionMinimum == null ? SubmissionMinimum.NONE : submissionMinimum;
        defaultScheme = defaultScheme == null ? "" : defaultScheme.strip();
        if (!scoring.schemes().containsKey(defaultScheme)) {
            throw new IllegalArgumentException("默认定档方案“" + defaultScheme + "”不存在，可用方案："
                    + String.join("、", scoring.schemes().keySet()));
        }
        leadDepartments = List.copyOf(leadDepartments);
        Set<String> names = new HashSet<>();
        for (LeadDepartment lead : leadDepartments) {
            if (!names.add(lead.name())) {
                throw new IllegalArgumentException("牵头部门“" + lead.name() + "”重复设置");
            }
            if (!lead.scheme().isEmpty() && !scoring.schemes().containsKey(lead.scheme())) {
                throw new IllegalArgumentException("牵头部门“" + lead.name() + "”的定档方案“" + lead.scheme()
                        + "”不存在，可用方案：" + String.join("、", scoring.schemes().keySet()));
            }
        }
    }

    /**
     * The engine's defaults, 系数四档 for the items the office grades, and the lead departments of the
     * 2025 documents: 精神文明, 平安建设, 安全生产, 消防安全 and the 行政能力 items whose data offices hold
     * (graded with 三档层差法).
     */
    public static EvaluationSettings defaults() {
        String differential = "三档层差";
        return new EvaluationSettings(ScoringSettings.defaults(), "系数四档", List.of(
                new LeadDepartment("市委文明办", List.of("精神文明"), ""),
                new LeadDepartment("市委政法委", List.of("平安建设"), ""),
                new LeadDepartment("市应急局", List.of("安全生产"), ""),
                new LeadDepartment("市消防救援支队", List.of("消防安全"), ""),
                new LeadDepartment("市委办", List.of("4-3", "4-4", "4-5"), differential),
                new LeadDepartment("市财政局", List.of("5-1"), differential),
                new LeadDepartment("市信访局", List.of("5-2"), differential),
                new LeadDepartment("市数据管理局", List.of("6-2", "6-3"), differential)));
    }

    /** The lead department that grades a row, if any (the first listed wins). */
    public Optional<LeadDepartment> leadFor(ScoredRow row) {
        return leadDepartments.stream().filter(lead -> lead.grades(row)).findFirst();
    }

    public Optional<LeadDepartment> leadDepartment(String name) {
        return leadDepartments.stream().filter(lead -> lead.name().equals(name)).findFirst();
    }

    /** Name of the scheme a row is graded with. */
    public String schemeFor(ScoredRow row) {
        return leadFor(row).map(LeadDepartment::scheme).filter(s -> !s.isEmpty()).orElse(defaultScheme);
    }

    public GradeScheme scheme(String name) {
        GradeScheme scheme = scoring.schemes().get(name);
        if (scheme == null) {
            throw new IllegalArgumentException("定档方案“" + name + "”不存在");
        }
        return scheme;
    }
}
