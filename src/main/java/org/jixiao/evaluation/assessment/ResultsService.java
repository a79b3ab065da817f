package org.jixiao.evaluation.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.audit.AuditKind;
import org.jixiao.evaluation.Results;
import org.jixiao.evaluation.ScoringEngine;
import org.jixiao.evaluation.UnitResult;
import org.jixiao.evaluation.assessment.Participants.Participant;
import org.jixiao.evaluation.json.ResultsJson;
import org.jixiao.organization.CurrentUser;
import org.jixiao.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results (考评结果): computed by the {@link ScoringEngine} from the stored inputs on every request, so
 * they are never stale; publishing freezes a numbered version (the scenario and its results JSON).
 * The office sees live results of every unit, a rater those of the units assigned to them, a unit
 * only its own and only once published.
 */
@Service
public class ResultsService {

    private final ScenarioBuilder builder;
    private final Participants participants;
    private final PublishedResultsRepository published;
    private final EvaluationAccess access;
    private final EvaluationAudit audit;
    private final Clock clock;

    ResultsService(ScenarioBuilder builder, Participants participants, PublishedResultsRepository published,
                   EvaluationAccess access, EvaluationAudit audit, Clock clock) {
        this.builder = builder;
        this.participants = participants;
        this.published = published;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A unit that could not be scored, with the reason to show. */
    public record Excluded(String unitName, String reason) {
    }

    /** A published version. */
    public record Version(int number, String publishedBy, Instant publishedAt) {
    }

    /** The results of a cycle: live, or as published in {@code version}. */
    public record Board(Results results, List<Excluded> excluded, @Nullable Version version, List<Version> versions) {

        /** Rows for the page: filtered by group (blank for all), ordered by the column asked for. */
        public List<UnitResult> rows(@Nullable String group, @Nullable String sort) {
            Comparator<UnitResult> order = switch (sort == null ? "" : sort) {
                case "table" -> Comparator.comparing(UnitResult::tableScore).reversed();
                case "group" -> Comparator.comparing(UnitResult::group).thenComparing(UnitResult::rankInGroup,
                        Comparator.nullsLast(Comparator.naturalOrder()));
                case "pending" -> Comparator.comparingInt(UnitResult::pendingItems).reversed();
                case "name" -> Comparator.comparing(UnitResult::name);
                default -> Comparator.comparing(UnitResult::series).thenComparing(UnitResult::rankInSeries,
                        Comparator.nullsLast(Comparator.naturalOrder()));
            };
            return results.units().stream()
                    .filter(u -> group == null || group.isBlank() || u.group().equals(group))
                    .sorted(order.thenComparing(UnitResult::name)).toList();
        }

        public List<String> groups() {
            return results.units().stream().map(UnitResult::group).distinct().sorted().toList();
        }
    }

    public Board live(long cycleId, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        return liveBoard(cycleId);
    }

    /** One unit's result to explain, or empty while it is not (yet) the user's to see. */
    public record Explanation(UnitResult result, @Nullable Version version, boolean live) {
    }

    public Optional<Explanation> explanation(long cycleId, long unitId, CurrentUser user) {
        Participant participant = participants.one(cycleId, unitId);
        String id = String.valueOf(unitId);
        if (user.isAdmin() || access.isAssignedRater(cycleId, user, participant)) {
            return liveBoard(cycleId).results().unit(id).map(r -> new Explanation(r, null, true));
        }
        if (user.actsFor(unitId)) {
            return published.latest(cycleId).flatMap(frozen -> ScoringEngine
                    .score(ScenarioDocuments.readScenario(frozen.scenarioJson())).unit(id)
                    .map(r -> new Explanation(r, version(frozen.version()), false)));
        }
        throw new AccessDeniedException("无权查看该单位的考评结果");
    }

    @Transactional
    public Version publish(long cycleId, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        ScenarioBuilder.Built built = builder.build(cycleId);
        if (built.scenario().units().isEmpty()) {
            throw new IllegalStateException("本考评年度没有可计分的参评单位，无法发布");
        }
        Results results = ScoringEngine.score(built.scenario());
        Instant now = clock.instant();
        String resultsJson = ResultsJson.write(results);
        int number = published.insert(cycleId, ScenarioDocuments.writeScenario(built.scenario()), resultsJson,
                user.username(), now);
        audit.record(AuditKind.RESULTS_PUBLISHED, user, cycleId, null, "发布考评结果 第 " + number + " 版", null,
                EvaluationAudit.fields("版本", number, "参评单位数", results.units().size(),
                        "结果 SHA-256", sha256(resultsJson)));
        return new Version(number, user.username(), now);
    }

    public List<Version> versions(long cycleId) {
        return published.versions(cycleId).stream().map(ResultsService::version).toList();
    }

    /** The results JSON of a published version, exactly as frozen. */
    public String publishedJson(long cycleId, int number, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        return published.resultsJson(cycleId, number).orElseThrow(() -> new NotFound("发布版本不存在"));
    }

    private Board liveBoard(long cycleId) {
        ScenarioBuilder.Built built = builder.build(cycleId);
        Results results = ScoringEngine.score(built.scenario());
        List<Excluded> excluded = built.excluded().stream()
                .map(e -> new Excluded(e.participant().unit().name(), e.reason())).toList();
        return new Board(results, excluded, null, versions(cycleId));
    }

    /** Live unit totals for a page that changes scores (the rater's, the office's). */
    public Optional<UnitResult> liveResult(long cycleId, long unitId) {
        return liveBoard(cycleId).results().unit(String.valueOf(unitId));
    }

    public Map<String, Participant> participantsById(long cycleId) {
        return builder.build(cycleId).participants();
    }

    /** Ties the frozen results document to the audit trail: any later change of it shows. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Version version(PublishedResultsRepository.Version v) {
        return new Version(v.number(), v.publishedBy(), v.publishedAt());
    }
}
