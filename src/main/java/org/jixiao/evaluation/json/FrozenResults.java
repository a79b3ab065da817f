package org.jixiao.evaluation.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.evaluation.Adjustments;
import org.jixiao.evaluation.Aggregation;
import org.jixiao.evaluation.CompositeBreakdown;
import org.jixiao.evaluation.Deduction;
import org.jixiao.evaluation.Incentive;
import org.jixiao.evaluation.ItemResult;
import org.jixiao.evaluation.PanelOutcome;
import org.jixiao.evaluation.Promotion;
import org.jixiao.evaluation.RaterScore;
import org.jixiao.evaluation.Results;
import org.jixiao.evaluation.ScoreSource;
import org.jixiao.evaluation.TierOutcome;
import org.jixiao.evaluation.UnitResult;
import org.jixiao.evaluation.Unscorable;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a results document written by {@link ResultsJson} back into {@link Results}: a published
 * explanation shows the frozen figures, never a recomputation with today's engine.
 */
public final class FrozenResults {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private FrozenResults() {
    }

    public static Results read(String resultsJson) {
        JsonNode root = JSON.readTree(resultsJson);
        List<UnitResult> units = new ArrayList<>();
        for (JsonNode u : root.path("units")) {
            units.add(unit(u));
        }
        List<Unscorable> unscorable = new ArrayList<>();
        for (JsonNode u : root.path("unscorable")) {
            unscorable.add(new Unscorable(u.path("id").asString(), u.path("name").asString(),
                    u.path("series").asString(), u.path("group").asString(), u.path("reason").asString()));
        }
        return new Results(units, unscorable);
    }

    private static UnitResult unit(JsonNode u) {
        List<ItemResult> items = new ArrayList<>();
        for (JsonNode i : u.path("items")) {
            items.add(item(i));
        }
        JsonNode a = u.path("adjustments");
        List<Adjustments.AwardedIncentive> incentives = new ArrayList<>();
        for (JsonNode i : a.path("incentives")) {
            incentives.add(new Adjustments.AwardedIncentive(new Incentive(i.path("level").asString(),
                    i.path("reason").asString()), i.path("points").decimalValue()));
        }
        List<Deduction> deductions = new ArrayList<>();
        for (JsonNode d : a.path("deductions")) {
            deductions.add(new Deduction(d.path("points").decimalValue(), d.path("reason").asString()));
        }
        BigDecimal deductionTotal = a.path("deductionTotal").decimalValue();
        Adjustments adjustments = new Adjustments(incentives, a.path("bonusClaimed").decimalValue(),
                a.path("bonusCap").decimalValue(), a.path("bonus").decimalValue(), deductions,
                a.has("deductionClaimed") ? a.path("deductionClaimed").decimalValue() : deductionTotal,
                decimal(a.path("deductionCap")), deductionTotal);
        JsonNode b = u.path("breakdown");
        CompositeBreakdown breakdown = new CompositeBreakdown(b.path("tableScore").decimalValue(),
                b.path("tableTotal").decimalValue(),
                b.has("fullMark") ? b.path("fullMark").decimalValue() : b.path("tableTotal").decimalValue(),
                b.path("tableShare").decimalValue(), b.path("tablePart").decimalValue(),
                decimal(b.path("publicAppraisal")), b.path("appraisalScaled").decimalValue(),
                b.path("appraisalShare").decimalValue(), b.path("appraisalPart").decimalValue(),
                b.path("bonus").decimalValue(), b.path("deductions").decimalValue(), b.path("unrounded").decimalValue(),
                b.path("composite").decimalValue());
        return new UnitResult(u.path("id").asString(), u.path("name").asString(), u.path("series").asString(),
                u.path("group").asString(), u.path("tableScore").decimalValue(), u.path("tableTotal").decimalValue(),
                u.path("pendingItems").asInt(), u.path("publicAppraisalPending").asBoolean(),
                u.path("composite").decimalValue(), integer(u.path("rankInSeries")), integer(u.path("rankInGroup")),
                text(u.path("band")), items, adjustments, breakdown, u.path("provisional").asBoolean(false));
    }

    private static ItemResult item(JsonNode i) {
        List<RaterScore> scores = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        int index = 0;
        for (JsonNode s : i.path("raterScores")) {
            scores.add(new RaterScore(s.path("rater").asString(), s.path("score").decimalValue()));
            if (s.path("dropped").asBoolean()) {
                dropped.add(index);
            }
            index++;
        }
        JsonNode g = i.path("aggregation");
        PanelOutcome panel = g.isMissingNode() ? null : new PanelOutcome(Aggregation.valueOf(g.path("method").asString()),
                dropped, g.path("sum").decimalValue(), g.path("counted").asInt(), g.path("value").decimalValue());
        JsonNode t = i.path("tier");
        TierOutcome tier = null;
        if (!t.isMissingNode()) {
            List<Promotion> promotions = new ArrayList<>();
            for (JsonNode p : t.path("promotions")) {
                String kind = p.path("kind").asString();
                promotions.add(new Promotion(kind.equals(Promotion.Kind.MEDIA.label()) || kind.equals("MEDIA")
                        ? Promotion.Kind.MEDIA : Promotion.Kind.PILOT, p.path("reason").asString()));
            }
            tier = new TierOutcome(t.path("scheme").asString(), t.path("assessed").asInt(), promotions,
                    t.path("final").asInt(), t.path("name").asString(), decimal(t.path("coefficient")),
                    decimal(t.path("differential")), t.path("points").decimalValue());
        }
        return new ItemResult(new IndicatorCode(i.path("code").asString()), i.path("name").asString(),
                new Points(i.path("weight").decimalValue()), ScoreSource.valueOf(i.path("source").asString()), tier,
                scores, panel, i.path("score").decimalValue(), integer(i.path("expectedScores")));
    }

    private static @Nullable BigDecimal decimal(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.decimalValue();
    }

    private static @Nullable Integer integer(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asInt();
    }

    private static @Nullable String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }
}
