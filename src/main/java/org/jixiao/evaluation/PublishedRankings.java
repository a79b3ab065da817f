package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
     * @param composite    综合得分
     * @param band         等次
     * @param rankInSeries 系列名次
     * @param rankInGroup  组内名次
     */
    record Ranked(String unitId, String name, String series, String group, BigDecimal composite, String band,
                  int rankInSeries, int rankInGroup) {
    }

    /** The latest published version of a cycle's results, ranked by series, rank in series, name. */
    record PublishedRanking(long cycleId, int version, Instant publishedAt, List<Ranked> units) {

        public PublishedRanking {
            units = List.copyOf(units);
        }
    }

    /** The latest published version's ranking, or empty while the cycle has published none. */
    Optional<PublishedRanking> latest(long cycleId);

    /** Whether the cycle has published results (cheaper than reading them). */
    boolean hasPublished(long cycleId);
}
