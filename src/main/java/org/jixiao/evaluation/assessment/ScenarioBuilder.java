package org.jixiao.evaluation.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jixiao.evaluation.Deduction;
import org.jixiao.evaluation.Incentive;
import org.jixiao.evaluation.Promotion;
import org.jixiao.evaluation.RaterScore;
import org.jixiao.evaluation.Scenario;
import org.jixiao.evaluation.ScenarioProblem;
import org.jixiao.evaluation.ScoredItem;
import org.jixiao.evaluation.UnitInput;
import org.jixiao.evaluation.Unscorable;
import org.jixiao.evaluation.assessment.Participants.Participant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads everything stored for a cycle with a fixed number of queries per table and turns it into
 * the engine's {@link Scenario}. A unit whose inputs do not fit together (a repeated 序号, a score
 * above a weight that was lowered after scoring, a tier outside a changed scheme) is left out with
 * the reason, rather than stopping the results of everybody else. Only the scores of raters still
 * assigned to a unit count (a removed rater's stay stored, in the history).
 */
@Component
class ScenarioBuilder {

    private final Participants participants;
    private final SettingsService settings;
    private final AssessmentRepository assessment;
    private final AdjustmentRepository adjustments;
    private final RaterGroupRepository groups;

    ScenarioBuilder(Participants participants, SettingsService settings, AssessmentRepository assessment,
                    AdjustmentRepository adjustments, RaterGroupRepository groups) {
        this.groups = groups;
        this.participants = participants;
        this.settings = settings;
        this.assessment = assessment;
        this.adjustments = adjustments;
    }

    /** A unit that could not be scored, and why. */
    record Excluded(Participant participant, String reason) {
    }

    /**
     * A cycle's scenario with the participants scored (by unit id) and those left out, and the ids of
     * every participant in the order of {@link Participants#all}.
     */
    record Built(Scenario scenario, Map<String, Participant> participants, List<Excluded> excluded, List<Long> order) {
    }

    Built build(long cycleId) {
        return build(cycleId, (Long) null);
    }

    /**
     * The scenario of the whole cycle, or with {@code onlyUnit} of that one unit alone (its rows, scores,
     * tiers, adjustments and panel, read with the same fixed number of queries): what a save of one
     * unit's input changes, without the rest of the cycle.
     */
    Built build(long cycleId, @Nullable Long onlyUnit) {
        return build(cycleId, onlyUnit, onlyUnit == null ? participants.all(cycleId)
                : List.of(participants.one(cycleId, onlyUnit)));
    }

    /** As {@link #build(long, Long)} of one unit, with its participant already read. */
    Built build(long cycleId, Participant participant) {
        return build(cycleId, participant.unitId(), List.of(participant));
    }

    private Built build(long cycleId, @Nullable Long onlyUnit, List<Participant> taking) {
        EvaluationSettings s = settings.settings(cycleId);
        Map<UUID, List<RaterScore>> scores = new LinkedHashMap<>();
        for (AssessmentRepository.StoredScore score : assessment.countedScores(cycleId, onlyUnit)) {
            scores.computeIfAbsent(score.rowId(), k -> new ArrayList<>())
                    .add(new RaterScore(score.raterName(), score.score()));
        }
        Map<UUID, AssessmentRepository.StoredTier> tiers = assessment.tiers(cycleId, onlyUnit);
        Map<UUID, List<Promotion>> promotions = adjustments.promotions(cycleId, onlyUnit).stream()
                .collect(Collectors.groupingBy(AdjustmentRepository.StoredPromotion::rowId, LinkedHashMap::new,
                        Collectors.mapping(AdjustmentRepository.StoredPromotion::promotion, Collectors.toList())));
        Map<Long, List<Incentive>> incentives = adjustments.incentives(cycleId, onlyUnit).stream()
                .collect(Collectors.groupingBy(AdjustmentRepository.StoredIncentive::unitId,
                        Collectors.mapping(i -> new Incentive(i.level(), i.reason()), Collectors.toList())));
        Map<Long, List<Deduction>> deductions = adjustments.deductions(cycleId, onlyUnit).stream()
                .collect(Collectors.groupingBy(AdjustmentRepository.StoredDeduction::unitId,
                        Collectors.mapping(d -> new Deduction(d.points(), d.reason()), Collectors.toList())));
        Map<Long, BigDecimal> appraisals = adjustments.appraisals(cycleId, onlyUnit);
        Map<Long, Integer> panels = assessment.panelSizes(cycleId, onlyUnit);
        Map<Long, Integer> groupPanels = groups.unitPanelSizes(cycleId, onlyUnit);

        List<UnitInput> units = new ArrayList<>();
        Map<String, Participant> byId = new LinkedHashMap<>();
        List<Excluded> excluded = new ArrayList<>();
        List<Long> order = new ArrayList<>();
        for (Participant p : taking) {
            order.add(p.unitId());
            if (p.rows().problem() != null) {
                excluded.add(new Excluded(p, p.rows().problem()));
                continue;
            }
            List<String> duplicates = p.rows().duplicateCodes();
            if (!duplicates.isEmpty()) {
                excluded.add(new Excluded(p, "考评表序号 " + String.join("、", duplicates) + " 重复，请单位修改考评表后再计分"));
                continue;
            }
            try {
                List<ScoredItem> items = new ArrayList<>();
                for (ScoredRow row : p.rows().rows()) {
                    AssessmentRepository.StoredTier tier = tiers.get(row.rowId());
                    items.add(new ScoredItem(row.code(), row.text(), row.weight(), s.schemeFor(row),
                            tier == null ? null : tier.tier(), promotions.getOrDefault(row.rowId(), List.of()),
                            scores.getOrDefault(row.rowId(), List.of())));
                }
                Long unitId = p.unitId();
                // the expected panel: the group's 应评人数 where set, else every assigned rater;
                // never more than the cycle's 集中考评组人数
                Integer panel = expectedPanel(groupPanels.get(unitId), panels.get(unitId), s.scoring().maxRaters());
                UnitInput unit = new UnitInput(String.valueOf(unitId), p.unit().name(), p.unit().series(),
                        p.unit().groupName(), items, incentives.getOrDefault(unitId, List.of()),
                        deductions.getOrDefault(unitId, List.of()), appraisals.get(unitId), panel);
                List<ScenarioProblem> problems = new Scenario(s.scoring(), List.of(unit)).problems();
                if (!problems.isEmpty()) {
                    excluded.add(new Excluded(p, problems.get(0).message()));
                    continue;
                }
                units.add(unit);
                byId.put(unit.id(), p);
            } catch (IllegalArgumentException e) {
                excluded.add(new Excluded(p, e.getMessage()));
            }
        }
        List<Unscorable> unscorable = excluded.stream().map(e -> new Unscorable(
                String.valueOf(e.participant().unitId()), e.participant().unit().name(),
                e.participant().unit().series(), e.participant().unit().groupName(), e.reason())).toList();
        return new Built(new Scenario(s.scoring(), units, unscorable), byId, excluded, List.copyOf(order));
    }

    /**
     * {@code previous} with the units in {@code written} read again, each with the fixed number of
     * queries of one unit: what {@link #build(long)} gives when only those units' data changed since
     * {@code previous} was built (same participants, tables and settings). Ids that are not
     * participants are ignored.
     */
    Built rebuilt(long cycleId, Built previous, Set<Long> written) {
        Map<String, UnitInput> inputs = previous.scenario().units().stream()
                .collect(Collectors.toMap(UnitInput::id, u -> u));
        Map<String, Unscorable> unscorable = previous.scenario().unscorable().stream()
                .collect(Collectors.toMap(Unscorable::id, u -> u));
        Map<Long, Excluded> excluded = previous.excluded().stream()
                .collect(Collectors.toMap(e -> e.participant().unitId(), e -> e));
        List<UnitInput> units = new ArrayList<>();
        List<Unscorable> left = new ArrayList<>();
        List<Excluded> leftOut = new ArrayList<>();
        Map<String, Participant> byId = new LinkedHashMap<>();
        for (Long unitId : previous.order()) {
            String id = String.valueOf(unitId);
            Built from = written.contains(unitId) ? build(cycleId, unitId) : null;
            if (from != null) {
                units.addAll(from.scenario().units());
                left.addAll(from.scenario().unscorable());
                leftOut.addAll(from.excluded());
                byId.putAll(from.participants());
            } else if (inputs.containsKey(id)) {
                units.add(inputs.get(id));
                byId.put(id, previous.participants().get(id));
            } else if (excluded.containsKey(unitId)) {
                left.add(unscorable.get(id));
                leftOut.add(excluded.get(unitId));
            }
        }
        return new Built(new Scenario(previous.scenario().settings(), units, left), byId, leftOut, previous.order());
    }

    /**
     * How many rater scores each item of a unit expects: the group's 应评人数 where the office set one,
     * else the raters assigned to the unit ({@code null}, any score completes, while none is), at most
     * the cycle's 集中考评组人数.
     */
    static @org.jspecify.annotations.Nullable Integer expectedPanel(@org.jspecify.annotations.Nullable Integer groupSize,
                                                                    @org.jspecify.annotations.Nullable Integer assigned,
                                                                    int maxRaters) {
        if (groupSize != null) {
            return Math.min(groupSize, maxRaters);
        }
        return assigned == null ? null : Math.min(assigned, maxRaters);
    }
}
