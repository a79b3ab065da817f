package org.jixiao.evaluation.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jixiao.evaluation.PublishedRankings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the ranking from the frozen results document (docs/scoring.md) of the latest published
 * version, not from a new computation: the public sees exactly what was published.
 */
@Component
class PublishedRankingReader implements PublishedRankings {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final PublishedResultsRepository published;

    PublishedRankingReader(PublishedResultsRepository published) {
        this.published = published;
    }

    @Override
    public Optional<PublishedRanking> latest(long cycleId) {
        return published.latest(cycleId).map(frozen -> new PublishedRanking(cycleId, frozen.version().number(),
                frozen.version().publishedAt(), ranked(frozen.resultsJson()), ResultsService.sha256(frozen.resultsJson())));
    }

    @Override
    public boolean hasPublished(long cycleId) {
        return !published.versions(cycleId).isEmpty();
    }

    static List<Ranked> ranked(String resultsJson) {
        List<Ranked> units = new ArrayList<>();
        for (JsonNode unit : JSON.readTree(resultsJson).path("units")) {
            // versions published before completeness was recorded carry no state: they were all ranked
            units.add(new Ranked(unit.path("id").asString(), unit.path("name").asString(),
                    unit.path("series").asString(), unit.path("group").asString(), unit.path("composite").decimalValue(),
                    text(unit.path("band")), number(unit.path("rankInSeries")), number(unit.path("rankInGroup")),
                    unit.path("state").asString("完成")));
        }
        for (JsonNode unit : JSON.readTree(resultsJson).path("unscorable")) {
            units.add(new Ranked(unit.path("id").asString(), unit.path("name").asString(),
                    unit.path("series").asString(), unit.path("group").asString(), null, null, null, null,
                    "无法计分：" + unit.path("reason").asString()));
        }
        units.sort(Comparator.comparing(Ranked::series)
                .thenComparing(Ranked::rankInSeries, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Ranked::name));
        return units;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static @Nullable Integer number(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asInt();
    }
}
