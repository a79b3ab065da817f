package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 考评结果公示 — the ranking of a cycle's latest published results version, as it was frozen when the
 * office published it, for readers outside the evaluation module (the public site). Live results are
 * never exposed here.
 */
public interface PublishedRankings {

    /**
     * One unit's line of a published ranking.
     *
     * @param unitId       the unit's id as the results document names it
     * @param composite    综合得分; {@code null} for a unit that cannot be scored
     * @param band         等次; {@code null} while pending (no provisional results) or unscorable
     * @param rankInSeries 系列名次; {@code null} likewise
     * @param rankInGroup  组内名次; {@code null} likewise
     * @param state        完成 / 待完成 / 待完成（暂定） / 无法计分, as published
     */
    record Ranked(String unitId, String name, String series, String group, @Nullable BigDecimal composite,
                  @Nullable String band, @Nullable Integer rankInSeries, @Nullable Integer rankInGroup,
                  String state) {
    }

    /**
     * The latest published version of a cycle's results, ranked by series, rank in series (unranked
     * last), name; {@code sha256} is the hash of the frozen results document (results.json), by which
     * anyone holding the published package checks it is the one published.
     */
    record PublishedRanking(long cycleId, int version, Instant publishedAt, List<Ranked> units, String sha256) {

        public PublishedRanking {
            units = List.copyOf(units);
        }
    }

    /** The latest published version's ranking, or empty while the cycle has published none. */
    Optional<PublishedRanking> latest(long cycleId);

    /** Whether the cycle has published results (cheaper than reading them). */
    boolean hasPublished(long cycleId);
}
