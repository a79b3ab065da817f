package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jspecify.annotations.Nullable;

/**
 * A scored row of a unit's table (a second-level indicator, or a first-level item without second
 * level) with everything the assessment recorded for it.
 *
 * @param code        序号, unique within the unit
 * @param name        the indicator's text, for the explanation
 * @param weight      权重 — the most the item can score
 * @param scheme      name of the grade scheme in the settings
 * @param tier        考评定档 — assessed tier, 1 = top; {@code null} while not graded
 * @param promotions  晋档/提档 steps, applied in order to the assessed tier
 * @param raterScores 集中考评组打分, each within [0, weight]
 */
public record ScoredItem(
        IndicatorCode code,
        String name,
        Points weight,
        String scheme,
        @Nullable Integer tier,
        List<Promotion> promotions,
        List<RaterScore> raterScores) {

    public ScoredItem {
        if (code == null || weight == null) {
            throw new IllegalArgumentException("评分指标须有序号和权重");
        }
        name = name == null ? "" : name.strip();
        scheme = scheme == null ? "" : scheme.strip();
        if (tier != null && tier < 1) {
            throw new IllegalArgumentException("指标 " + code + " 的档次应从 1（最高档）起编号，当前为 " + tier);
        }
        promotions = List.copyOf(promotions);
        raterScores = List.copyOf(raterScores);
        for (RaterScore score : raterScores) {
            if (score.score().signum() < 0 || score.score().compareTo(weight.value()) > 0) {
                throw new IllegalArgumentException("指标 " + code + " 的评分 " + score.score().toPlainString()
                        + (score.rater().isEmpty() ? "" : "（评分人：" + score.rater() + "）")
                        + " 超出范围，应在 0 到权重 " + weight + " 之间");
            }
        }
    }

    /** An item as it stands before assessment: no tier, no promotion, no score. */
    public static ScoredItem unscored(IndicatorCode code, String name, Points weight, String scheme) {
        return new ScoredItem(code, name, weight, scheme, null, List.of(), List.of());
    }

    public ScoredItem withScores(List<RaterScore> scores) {
        return new ScoredItem(code, name, weight, scheme, tier, promotions, scores);
    }

    public ScoredItem withTier(@Nullable Integer assessed, List<Promotion> steps) {
        return new ScoredItem(code, name, weight, scheme, assessed, steps, raterScores);
    }

    List<BigDecimal> scoreValues() {
        return raterScores.stream().map(RaterScore::score).toList();
    }
}
