package org.jixiao.evaluation.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jixiao.evaluation.PublishedRankings;
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
                frozen.version().publishedAt(), ranked(frozen.resultsJson())));
    }

    @Override
    public boolean hasPublished(long cycleId) {
        return !published.versions(cycleId).isEmpty();
    }

    static List<Ranked> ranked(String resultsJson) {
        List<Ranked> units = new ArrayList<>();
        for (JsonNode unit : JSON.readTree(resultsJson).path("units")) {
            units.add(new Ranked(unit.path("id").asString(), unit.path("name").asString(),
                    unit.path("series").asString(), unit.path("group").asString(), unit.path("composite").decimalValue(),
                    unit.path("band").asString(), unit.path("rankInSeries").asInt(), unit.path("rankInGroup").asInt()));
        }
        units.sort(Comparator.comparing(Ranked::series).thenComparingInt(Ranked::rankInSeries)
                .thenComparing(Ranked::name));
        return units;
    }
}
