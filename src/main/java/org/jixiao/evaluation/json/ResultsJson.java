package org.jixiao.evaluation.json;

import java.math.BigDecimal;
import org.jixiao.evaluation.Adjustments;
import org.jixiao.evaluation.CompositeBreakdown;
import org.jixiao.evaluation.Deduction;
import org.jixiao.evaluation.ItemResult;
import org.jixiao.evaluation.PanelOutcome;
import org.jixiao.evaluation.Promotion;
import org.jixiao.evaluation.Results;
import org.jixiao.evaluation.TierOutcome;
import org.jixiao.evaluation.UnitResult;
import org.jixiao.evaluation.Unscorable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes results as the JSON documented in docs/scoring.md: units in the order of the scenario. */
public final class ResultsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ResultsJson() {
    }

    public static String write(Results results) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode units = root.putArray("units");
        results.units().forEach(unit -> units.add(unit(unit)));
        ArrayNode unscorable = root.putArray("unscorable");
        for (Unscorable u : results.unscorable()) {
            unscorable.addObject().put("id", u.id()).put("name", u.name()).put("series", u.series())
                    .put("group", u.group()).put("state", "无法计分").put("reason", u.reason());
        }
        return MAPPER.writeValueAsString(root);
    }

    private static ObjectNode unit(UnitResult unit) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", unit.unitId());
        node.put("name", unit.name());
        node.put("series", unit.series());
        node.put("group", unit.group());
        node.put("tableScore", unit.tableScore());
        node.put("tableTotal", unit.tableTotal());
        node.put("composite", unit.composite());
        node.put("rankInSeries", unit.rankInSeries());
        node.put("rankInGroup", unit.rankInGroup());
        node.put("band", unit.band());
        node.put("provisional", unit.provisional());
        node.put("state", unit.stateLabel());
        node.put("pendingItems", unit.pendingItems());
        node.put("publicAppraisalPending", unit.appraisalPending());
        node.put("complete", unit.isComplete());
        ArrayNode missing = node.putArray("missing");
        unit.missing().forEach(missing::add);
        ArrayNode items = node.putArray("items");
        unit.items().forEach(item -> items.add(item(item)));
        node.set("adjustments", adjustments(unit.adjustments()));
        node.set("breakdown", breakdown(unit.breakdown()));
        return node;
    }

    private static ObjectNode item(ItemResult item) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", item.code().value());
        node.put("name", item.name());
        node.put("weight", item.weight().value());
        node.put("score", item.score());
        node.put("source", item.source().name());
        node.put("sourceLabel", item.source().label());
        if (item.expectedScores() != null) {
            node.put("expectedScores", item.expectedScores());
        }
        node.put("complete", !item.isPending());
        if (item.tier() != null) {
            node.set("tier", tier(item.tier()));
        }
        if (!item.raterScores().isEmpty()) {
            ArrayNode scores = node.putArray("raterScores");
            PanelOutcome panel = item.panel();
            for (int i = 0; i < item.raterScores().size(); i++) {
                ObjectNode score = scores.addObject();
                score.put("rater", item.raterScores().get(i).rater());
                score.put("score", item.raterScores().get(i).score());
                score.put("dropped", panel != null && panel.dropped().contains(i));
            }
        }
        if (item.panel() != null) {
            PanelOutcome panel = item.panel();
            ObjectNode aggregation = node.putObject("aggregation");
            aggregation.put("method", panel.applied().name());
            aggregation.put("label", panel.applied().label());
            aggregation.put("sum", panel.sum());
            aggregation.put("counted", panel.counted());
            aggregation.put("value", panel.value());
        }
        return node;
    }

    private static ObjectNode tier(TierOutcome tier) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("scheme", tier.scheme());
        node.put("assessed", tier.assessed());
        ArrayNode promotions = node.putArray("promotions");
        for (Promotion p : tier.promotions()) {
            promotions.addObject().put("kind", p.kind().label()).put("reason", p.reason());
        }
        node.put("final", tier.finalTier());
        node.put("name", tier.tierName());
        putIfPresent(node, "coefficient", tier.coefficient());
        putIfPresent(node, "differential", tier.differential());
        node.put("points", tier.points());
        return node;
    }

    private static ObjectNode adjustments(Adjustments adjustments) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode incentives = node.putArray("incentives");
        for (Adjustments.AwardedIncentive a : adjustments.incentives()) {
            incentives.addObject().put("level", a.incentive().level()).put("reason", a.incentive().reason())
                    .put("points", a.points());
        }
        node.put("bonusClaimed", adjustments.bonusClaimed());
        node.put("bonusCap", adjustments.bonusCap());
        node.put("bonus", adjustments.bonus());
        ArrayNode deductions = node.putArray("deductions");
        for (Deduction d : adjustments.deductions()) {
            deductions.addObject().put("points", d.points()).put("reason", d.reason());
        }
        node.put("deductionClaimed", adjustments.deductionClaimed());
        putIfPresent(node, "deductionCap", adjustments.deductionCap());
        node.put("deductionTotal", adjustments.deductionTotal());
        return node;
    }

    private static ObjectNode breakdown(CompositeBreakdown b) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("tableScore", b.tableScore());
        node.put("tableShare", b.tableShare());
        node.put("tablePart", b.tablePart());
        if (b.publicAppraisal() == null) {
            node.putNull("publicAppraisal");
        } else {
            node.put("publicAppraisal", b.publicAppraisal());
        }
        node.put("tableTotal", b.tableTotal());
        node.put("fullMark", b.fullMark());
        node.put("appraisalScaled", b.appraisalScaled());
        node.put("appraisalShare", b.appraisalShare());
        node.put("appraisalPart", b.appraisalPart());
        node.put("bonus", b.bonus());
        node.put("deductions", b.deductions());
        node.put("unrounded", b.unrounded());
        node.put("composite", b.composite());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, @Nullable BigDecimal value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
