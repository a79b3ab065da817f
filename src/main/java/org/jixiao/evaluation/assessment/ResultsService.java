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
import java.util.stream.Collectors;
import org.jixiao.audit.AuditKind;
import org.jixiao.evaluation.PublishedRankings;
import org.jixiao.evaluation.Results;
import org.jixiao.evaluation.Scenario;
import org.jixiao.evaluation.ScoringEngine;
import org.jixiao.evaluation.UnitResult;
import org.jixiao.evaluation.Unscorable;
import org.jixiao.evaluation.assessment.Participants.Participant;
import org.jixiao.evaluation.json.FrozenResults;
import org.jixiao.evaluation.json.ResultsJson;
import org.jixiao.evaluation.json.ResultsPackage;
import org.jixiao.organization.CurrentUser;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results (考评结果): computed by the {@link ScoringEngine} from the stored inputs once per version of
 * the cycle's data ({@link ResultsCache}, read from the database on every request), so they are never
 * stale; publishing freezes a numbered version (the scenario and its results JSON).
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
    private final ResultsCache cache;
    private final WhoSet whoSet;

    ResultsService(ScenarioBuilder builder, Participants participants, PublishedResultsRepository published,
                   EvaluationAccess access, EvaluationAudit audit, Clock clock, ResultsCache cache, WhoSet whoSet) {
        this.cache = cache;
        this.whoSet = whoSet;
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

    /**
     * A published version.
     *
     * @param sha256 SHA-256 of its results.json ({@code null} for versions published before it was kept)
     * @param note   the office's reason for publishing with units that cannot be scored, if any
     */
    public record Version(int number, String publishedBy, Instant publishedAt, @Nullable String sha256,
                          @Nullable String note) {
    }

    /** One unit whose published line would change: what the previous version said and what this one will. */
    public record Change(String unitName, String before, String after) {
    }

    /**
     * What publishing now would publish: the counts by state, the units that are pending or cannot
     * be scored, and the changes against the previous version.
     */
    public record Preview(Results results, Results.Counts counts, List<UnitResult> pending,
                          List<Unscorable> unscorable, @Nullable Integer previousVersion, List<Change> changes) {

        /** The confirmation that names exactly these counts. */
        public Confirmation confirmation(@Nullable String reason) {
            return new Confirmation(counts.complete(), counts.pending(), counts.unscorable(), reason);
        }
    }

    /** What the office confirmed it publishes: the counts it saw in the preview, and a reason where needed. */
    public record Confirmation(int complete, int pending, int unscorable, @Nullable String reason) {
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

        /**
         * One page of the rows for the page ({@link #rows}, then filtered by state: {@code complete},
         * {@code pending}, or blank for all). Ranks stay those over every unit of the cycle: page 2 of
         * 100 starts at the 101st row. A page past the last shows the last.
         */
        public Page page(@Nullable String group, @Nullable String sort, @Nullable String state, int page, int size) {
            List<UnitResult> all = rows(group, sort).stream().filter(u -> switch (state == null ? "" : state) {
                case "complete" -> u.isComplete();
                case "pending" -> !u.isComplete();
                default -> true;
            }).toList();
            int pages = Math.max(1, (all.size() + size - 1) / size);
            int number = Math.min(Math.max(page, 1), pages);
            int from = Math.min((number - 1) * size, all.size());
            int to = Math.min(from + size, all.size());
            // the units that cannot be scored follow the ranked ones, on the last page, unless filtered by state
            List<Unscorable> unscorable = number == pages && (state == null || state.isBlank())
                    ? results.unscorable() : List.of();
            return new Page(all.subList(from, to), unscorable, number, pages, all.size(), from + 1, to);
        }

        public List<String> groups() {
            return results.units().stream().map(UnitResult::group).distinct().sorted().toList();
        }
    }

    /**
     * A page of the results table: its rows, the unscorable units shown with it, the page's number,
     * how many pages and rows there are, and the rows' positions ({@code from}–{@code to}, from 1).
     */
    public record Page(List<UnitResult> rows, List<Unscorable> unscorable, int number, int pages, int total,
                       int from, int to) {
    }

    public Board live(long cycleId, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        return liveBoard(cycleId);
    }

    /**
     * One unit's result to explain, or empty while it is not (yet) the user's to see.
     *
     * @param setBy per item code, who set its tier, scores and peer grades (by role and name)
     */
    public record Explanation(UnitResult result, @Nullable Version version, boolean live,
                              Map<String, List<String>> setBy) {

        /** Who set the item's inputs, one line each; empty when nobody has. */
        public List<String> setBy(String code) {
            return setBy.getOrDefault(code, List.of());
        }
    }

    public Optional<Explanation> explanation(long cycleId, long unitId, CurrentUser user) {
        Participant participant = participants.one(cycleId, unitId);
        String id = String.valueOf(unitId);
        if (user.isAdmin() || access.isAssignedRater(cycleId, user, participant)) {
            return liveBoard(cycleId).results().unit(id).map(r -> new Explanation(r, null, true,
                    whoSet.of(cycleId, participant, null, user.isAdmin())));
        }
        if (user.actsFor(unitId)) {
            // the frozen figures as published, not a recomputation with today's engine
            return published.latest(cycleId).flatMap(frozen -> FrozenResults.read(frozen.resultsJson()).unit(id)
                    .map(r -> new Explanation(r, version(frozen.version()), false,
                            whoSet.of(cycleId, participant, frozen.version().publishedAt(), false))));
        }
        throw new AccessDeniedException("无权查看该单位的考评结果");
    }

    public Preview preview(long cycleId, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        Results results = ScoringEngine.score(builder.build(cycleId).scenario());
        Optional<PublishedResultsRepository.Frozen> previous = published.latest(cycleId);
        List<Change> changes = previous.map(p -> changes(p.resultsJson(), results)).orElse(List.of());
        return new Preview(results, results.counts(),
                results.ranked().stream().filter(u -> !u.isComplete()).toList(), results.unscorable(),
                previous.map(p -> p.version().number()).orElse(null), changes);
    }

    /**
     * Publishes the live results as the next version, exactly as previewed: refused when the counts
     * confirmed are not the current ones (something changed since the preview), and while a unit cannot
     * be scored unless the office records why it publishes anyway.
     */
    @Transactional
    public Version publish(long cycleId, CurrentUser user, Confirmation confirmation) {
        EvaluationAccess.requireOffice(user);
        ScenarioBuilder.Built built = builder.build(cycleId);
        if (built.scenario().units().isEmpty()) {
            throw new Refused(Refused.Kind.CONFLICT, "results.publish.nothing", "本考评年度没有可计分的参评单位，无法发布");
        }
        Results results = ScoringEngine.score(built.scenario());
        Results.Counts counts = results.counts();
        if (counts.complete() != confirmation.complete() || counts.pending() != confirmation.pending()
                || counts.unscorable() != confirmation.unscorable()) {
            throw new Refused(Refused.Kind.CONFLICT, "results.publish.changed", "确认的内容与当前结果不符（当前完成 "
                    + counts.complete() + " 个、待完成 " + counts.pending() + " 个、无法计分 " + counts.unscorable()
                    + " 个单位），结果在预览后可能已有变化，请重新查看发布预览后再确认");
        }
        String reason = confirmation.reason() == null ? "" : confirmation.reason().strip();
        if (counts.unscorable() > 0 && reason.isEmpty()) {
            throw new Refused(Refused.Kind.INVALID, "results.publish.reasonRequired", "有 " + counts.unscorable()
                    + " 个单位无法计分，请填写仍要发布的理由（将记入审计日志和发布记录）");
        }
        if (reason.length() > 2000) {
            throw Refused.invalid("results.publish.reasonTooLong", "发布理由不能超过 2000 字");
        }
        Instant now = clock.instant();
        String resultsJson = ResultsJson.write(results);
        String hash = sha256(resultsJson);
        int number = published.nextNumber(cycleId);
        try {
            published.insert(cycleId, number, ScenarioDocuments.writeScenario(built.scenario()), resultsJson, hash,
                    reason.isEmpty() ? null : reason, user.username(), now);
        } catch (DuplicateKeyException e) {
            throw new Refused(Refused.Kind.CONFLICT, "results.publish.concurrent",
                    "第 " + number + " 版刚由他人发布，请刷新页面查看后再决定是否发布");
        }
        audit.record(AuditKind.RESULTS_PUBLISHED, user, cycleId, null, "发布考评结果 第 " + number + " 版", null,
                EvaluationAudit.fields("版本", number, "完成单位数", counts.complete(), "待完成单位数", counts.pending(),
                        "无法计分单位数", counts.unscorable(), "理由", reason, "结果 SHA-256", hash));
        return new Version(number, user.username(), now, hash, reason.isEmpty() ? null : reason);
    }

    /** Units whose published line (composite, band, rank, state) differs from the previous version's. */
    private static List<Change> changes(String previousJson, Results current) {
        Map<String, PublishedRankings.Ranked> before = new java.util.LinkedHashMap<>();
        PublishedRankingReader.ranked(previousJson).forEach(r -> before.put(r.unitId(), r));
        List<Change> changes = new java.util.ArrayList<>();
        for (PublishedRankings.Ranked now : PublishedRankingReader.ranked(ResultsJson.write(current))) {
            PublishedRankings.Ranked then = before.remove(now.unitId());
            String after = line(now);
            if (then == null) {
                changes.add(new Change(now.name(), "（上一版没有）", after));
            } else if (!line(then).equals(after)) {
                changes.add(new Change(now.name(), line(then), after));
            }
        }
        before.values().forEach(gone -> changes.add(new Change(gone.name(), line(gone), "（本版没有）")));
        return changes;
    }

    private static String line(PublishedRankings.Ranked r) {
        return (r.composite() == null ? "无综合得分" : "综合得分 " + r.composite().toPlainString())
                + "，等次 " + (r.band() == null ? "—" : r.band())
                + "，系列名次 " + (r.rankInSeries() == null ? "—" : r.rankInSeries()) + "，" + r.state();
    }

    /**
     * A published version as the package anyone can verify with {@code score --verify}: the frozen
     * scenario.json and results.json, results.xlsx, a README of the formula, and SHA256SUMS.
     */
    public byte[] publishedPackage(long cycleId, int number, String cycleName, CurrentUser user) {
        EvaluationAccess.requireOffice(user);
        PublishedResultsRepository.Frozen frozen = published.version(cycleId, number)
                .orElseThrow(() -> new NotFound("发布版本不存在"));
        Scenario scenario = ScenarioDocuments.readScenario(frozen.scenarioJson());
        // the workbook is a readable copy of the frozen results.json
        Results results = FrozenResults.read(frozen.resultsJson());
        String title = cycleName + " 绩效考评结果 第 " + number + " 版";
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put(ResultsPackage.SCENARIO, frozen.scenarioJson().getBytes(StandardCharsets.UTF_8));
        files.put(ResultsPackage.RESULTS, frozen.resultsJson().getBytes(StandardCharsets.UTF_8));
        files.put("results.xlsx", ResultsWorkbook.write(title, results.ranked(), results.unscorable()));
        files.put("README.md", PackageReadme.text(title, frozen.version(), scenario.settings())
                .getBytes(StandardCharsets.UTF_8));
        return ResultsPackage.write(files);
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
        Live live = cache.get(cycleId, () -> {
            ScenarioBuilder.Built built = builder.build(cycleId);
            return new Live(built, ScoringEngine.score(built.scenario()));
        }, (previous, written) -> {
            // only the units written since: read again, scored again, and every unit ranked again
            ScenarioBuilder.Built built = builder.rebuilt(cycleId, previous.built(), written);
            return new Live(built, ScoringEngine.rescore(built.scenario(), previous.results(),
                    written.stream().map(String::valueOf).collect(Collectors.toSet())));
        });
        return new Board(live.results(), live.excluded(), null, versions(cycleId));
    }

    /** Live results as cached per version of the cycle's data ({@link ResultsCache}), with what they came from. */
    private record Live(ScenarioBuilder.Built built, Results results) {

        List<Excluded> excluded() {
            return built.excluded().stream()
                    .map(e -> new Excluded(e.participant().unit().name(), e.reason())).toList();
        }
    }

    /** Live unit totals for a page that changes scores (the rater's, the office's). */
    public Optional<UnitResult> liveResult(long cycleId, long unitId) {
        return liveBoard(cycleId).results().unit(String.valueOf(unitId));
    }

    /**
     * The unit's items and totals after a save of its input, computed from that unit's data alone (a
     * fixed number of queries, whatever the cycle's size): no recompute of the whole cycle per save. Its
     * ranks and band come from the cycle's ranking, recomputed once per data version on the next view
     * of the results ({@link #live}); they are left out here ({@code null}). Empty while the unit cannot
     * be scored.
     */
    public Optional<UnitResult> savedUnitResult(long cycleId, Participant participant) {
        long unitId = participant.unitId();
        Scenario scenario = builder.build(cycleId, participant).scenario();
        if (scenario.units().isEmpty()) {
            return Optional.empty();
        }
        boolean provisional = scenario.settings().provisional();
        return ScoringEngine.score(scenario).unit(String.valueOf(unitId))
                .map(u -> new UnitResult(u.unitId(), u.name(), u.series(), u.group(), u.tableScore(), u.tableTotal(),
                        u.pendingItems(), u.appraisalPending(), u.composite(), null, null, null, u.items(),
                        u.adjustments(), u.breakdown(), provisional && !u.isComplete()));
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
        return new Version(v.number(), v.publishedBy(), v.publishedAt(), v.resultsSha256(), v.note());
    }
}
