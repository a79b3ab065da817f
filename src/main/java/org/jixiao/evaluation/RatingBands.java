package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** 等次 — how a unit's composite or rank becomes a band such as 优秀. Names come from the settings. */
public sealed interface RatingBands {

    /**
     * The band of a unit with this composite and this rank among the units of its series.
     *
     * @param sharingRank how many units of the series hold this rank (1 when nobody ties)
     */
    String bandOf(BigDecimal composite, int rankInSeries, int sharingRank, int unitsInSeries);

    /**
     * Bands by composite score, from the highest: a unit gets the first band whose minimum its
     * composite reaches; the last band has no minimum and takes everybody else.
     */
    record Thresholds(List<Threshold> bands) implements RatingBands {

        public Thresholds {
            if (bands == null || bands.isEmpty()) {
                throw new IllegalArgumentException("按分数划分等次至少需要一个等次");
            }
            bands = List.copyOf(bands);
            for (int i = 0; i < bands.size() - 1; i++) {
                BigDecimal minimum = bands.get(i).minimum();
                BigDecimal next = bands.get(i + 1).minimum();
                if (minimum == null) {
                    throw new IllegalArgumentException("只有最后一个等次可以不设分数线（“" + bands.get(i).name() + "”）");
                }
                if (next != null && next.compareTo(minimum) >= 0) {
                    throw new IllegalArgumentException("等次分数线应从高到低排列：“" + bands.get(i + 1).name()
                            + "”的分数线不应高于“" + bands.get(i).name() + "”");
                }
            }
            if (bands.get(bands.size() - 1).minimum() != null) {
                throw new IllegalArgumentException("最后一个等次（“" + bands.get(bands.size() - 1).name()
                        + "”）不设分数线，承接其余单位");
            }
        }

        @Override
        public String bandOf(BigDecimal composite, int rankInSeries, int sharingRank, int unitsInSeries) {
            return bandOf(composite);
        }

        public String bandOf(BigDecimal composite) {
            return bands.stream()
                    .filter(b -> b.minimum() == null || composite.compareTo(b.minimum()) >= 0)
                    .findFirst().orElseThrow().name();
        }
    }

    /** A band reached from {@code minimum} (inclusive); {@code null} for the last, catch-all band. */
    record Threshold(String name, @Nullable BigDecimal minimum) {

        public Threshold {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("等次名称不能为空");
            }
            name = name.strip();
        }
    }

    /**
     * Bands by rank share within the series, from the top: band k holds the units whose series rank
     * is at most floor(n × (share 1 + … + share k)) — a quota "不超过 20%" that never rounds up.
     * Units tied across that edge: with {@link TieRule#STRICT} (default) none of them get the band,
     * so the quota is never exceeded; with {@link TieRule#TIES_SHARE} all of them do. The last band
     * has no share and takes everybody else.
     */
    record RankShares(List<Share> bands, TieRule ties) implements RatingBands {

        public RankShares(List<Share> bands) {
            this(bands, TieRule.STRICT);
        }

        public RankShares {
            if (bands == null || bands.isEmpty()) {
                throw new IllegalArgumentException("按名次比例划分等次至少需要一个等次");
            }
            bands = List.copyOf(bands);
            if (ties == null) {
                throw new IllegalArgumentException("请指定并列单位跨越名额线时的处理方式");
            }
            BigDecimal cumulative = BigDecimal.ZERO;
            for (int i = 0; i < bands.size() - 1; i++) {
                if (bands.get(i).share() == null) {
                    throw new IllegalArgumentException("只有最后一个等次可以不设比例（“" + bands.get(i).name() + "”）");
                }
                cumulative = cumulative.add(bands.get(i).share());
            }
            if (cumulative.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("各等次比例合计不能超过 100%");
            }
            if (bands.get(bands.size() - 1).share() != null) {
                throw new IllegalArgumentException("最后一个等次（“" + bands.get(bands.size() - 1).name()
                        + "”）不设比例，承接其余单位");
            }
        }

        @Override
        public String bandOf(BigDecimal composite, int rankInSeries, int sharingRank, int unitsInSeries) {
            return bandOf(rankInSeries, sharingRank, unitsInSeries);
        }

        /** The band of a rank held by {@code sharingRank} units among {@code unitsInSeries}. */
        public String bandOf(int rank, int sharingRank, int unitsInSeries) {
            // competition ranking: the tied units occupy places rank … rank + sharingRank − 1
            int lastPlace = ties == TieRule.STRICT ? rank + sharingRank - 1 : rank;
            BigDecimal cumulative = BigDecimal.ZERO;
            for (Share band : bands) {
                if (band.share() == null) {
                    return band.name();
                }
                cumulative = cumulative.add(band.share());
                int cut = cumulative.multiply(BigDecimal.valueOf(unitsInSeries))
                        .setScale(0, RoundingMode.FLOOR).intValueExact();
                if (lastPlace <= cut) {
                    return band.name();
                }
            }
            throw new IllegalStateException("最后一个等次应承接其余单位");
        }
    }

    /** A band holding a share (0–1) of the series; {@code null} for the last, catch-all band. */
    record Share(String name, @Nullable BigDecimal share) {

        public Share {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("等次名称不能为空");
            }
            name = name.strip();
            if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                throw new IllegalArgumentException("等次“" + name + "”的比例应在 0 到 1 之间");
            }
        }
    }
}
