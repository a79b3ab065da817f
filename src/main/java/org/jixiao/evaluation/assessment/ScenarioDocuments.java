package org.jixiao.evaluation.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jixiao.evaluation.GradeScheme;
import org.jixiao.evaluation.Incentive;
import org.jixiao.evaluation.Deduction;
import org.jixiao.evaluation.Promotion;
import org.jixiao.evaluation.RaterScore;
import org.jixiao.evaluation.RatingBands;
import org.jixiao.evaluation.Rounding;
import org.jixiao.evaluation.Scenario;
import org.jixiao.evaluation.ScoredItem;
import org.jixiao.evaluation.ScoringSettings;
import org.jixiao.evaluation.Tier;
import org.jixiao.evaluation.UnitInput;
import org.jixiao.evaluation.Unscorable;
import org.jixiao.evaluation.json.ScenarioJson;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes settings and scenarios as the scenario JSON of docs/scoring.md and reads them back through
 * {@link ScenarioJson}, so that what the server stores is exactly what {@code score} reads.
 * The stored settings add keys the engine ignores: {@code defaultScheme}, {@code leadDepartments} and
 * {@code selfSubmitMinimum} (whole percent).
 */
public final class ScenarioDocuments {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private ScenarioDocuments() {
    }

    public static String writeSettings(EvaluationSettings settings) {
        ObjectNode root = settingsNode(settings.scoring());
        root.put("defaultScheme", settings.defaultScheme());
        ArrayNode leads = root.putArray("leadDepartments");
        for (LeadDepartment lead : settings.leadDepartments()) {
            ObjectNode node = leads.addObject();
            node.put("name", lead.name());
            ArrayNode targets = node.putArray("targets");
            lead.targets().forEach(targets::add);
            node.put("scheme", lead.scheme());
        }
        root.put("selfSubmitMinimum", settings.submissionMinimum().percent());
        return MAPPER.writeValueAsString(root);
    }

    public static EvaluationSettings readSettings(String json) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(json);
        String defaultScheme = root.path("defaultScheme").asString("");
        List<LeadDepartment> leads = new ArrayList<>();
        for (JsonNode lead : root.path("leadDepartments")) {
            List<String> targets = new ArrayList<>();
            lead.path("targets").forEach(t -> targets.add(t.asString()));
            leads.add(new LeadDepartment(lead.path("name").asString(), targets, lead.path("scheme").asString("")));
        }
        SubmissionMinimum minimum = new SubmissionMinimum(root.path("selfSubmitMinimum").asInt(0));
        root.remove("defaultScheme");
        root.remove("leadDepartments");
        root.remove("selfSubmitMinimum");
        ObjectNode scenario = MAPPER.createObjectNode();
        scenario.set("settings", root);
        scenario.putArray("units");
        return new EvaluationSettings(read(scenario).settings(), defaultScheme, leads, minimum);
    }

    /** The whole scenario as {@code score} reads it: the frozen input of a published version. */
    public static String writeScenario(Scenario scenario) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("settings", settingsNode(scenario.settings()));
        ArrayNode units = root.putArray("units");
        for (UnitInput unit : scenario.units()) {
            ObjectNode u = units.addObject();
            u.put("id", unit.id());
            u.put("name", unit.name());
            u.put("series", unit.series());
            u.put("group", unit.group());
            if (unit.publicAppraisal() != null) {
                u.put("publicAppraisal", unit.publicAppraisal());
            }
            if (unit.expectedScores() != null) {
                u.put("expectedScores", unit.expectedScores());
            }
            ArrayNode items = u.putArray("items");
            unit.items().forEach(item -> items.add(item(item)));
            ArrayNode incentives = u.putArray("incentives");
            for (Incentive incentive : unit.incentives()) {
                incentives.addObject().put("level", incentive.level()).put("reason", incentive.reason());
            }
            ArrayNode deductions = u.putArray("deductions");
            for (Deduction deduction : unit.deductions()) {
                deductions.addObject().put("points", deduction.points()).put("reason", deduction.reason());
            }
        }
        ArrayNode unscorable = root.putArray("unscorable");
        for (Unscorable unit : scenario.unscorable()) {
            unscorable.addObject().put("id", unit.id()).put("name", unit.name()).put("series", unit.series())
                    .put("group", unit.group()).put("reason", unit.reason());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    public static Scenario readScenario(String json) {
        return read(MAPPER.readTree(json));
    }

    private static Scenario read(JsonNode scenario) {
        try {
            return ScenarioJson.read(new ByteArrayInputStream(
                    MAPPER.writeValueAsString(scenario).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode item(ScoredItem item) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", item.code().value());
        node.put("name", item.name());
        node.put("weight", item.weight().value());
        node.put("scheme", item.scheme());
        if (item.tier() != null) {
            node.put("tier", item.tier());
        }
        ArrayNode promotions = node.putArray("promotions");
        for (Promotion promotion : item.promotions()) {
            promotions.addObject().put("kind", promotion.kind().name()).put("reason", promotion.reason());
        }
        ArrayNode scores = node.putArray("raterScores");
        for (RaterScore score : item.raterScores()) {
            scores.addObject().put("rater", score.rater()).put("score", score.score());
        }
        return node;
    }

    private static ObjectNode settingsNode(ScoringSettings settings) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("maxRaters", settings.maxRaters());
        node.put("aggregation", settings.aggregation().name());
        node.set("itemRounding", rounding(settings.itemRounding()));
        ObjectNode schemes = node.putObject("schemes");
        new TreeMap<>(settings.schemes()).forEach((name, scheme) -> schemes.set(name, scheme(scheme)));
        ObjectNode levels = node.putObject("incentiveLevels");
        new TreeMap<>(settings.incentiveLevels()).forEach(levels::put);
        ObjectNode formula = node.putObject("formula");
        formula.put("tableShare", settings.formula().tableShare());
        formula.put("appraisalShare", settings.formula().appraisalShare());
        formula.put("bonusCap", settings.formula().bonusCap());
        formula.set("rounding", rounding(settings.formula().rounding()));
        formula.put("fullMark", settings.formula().fullMark());
        if (settings.formula().deductionCap() == null) {
            formula.putNull("deductionCap");
        } else {
            formula.put("deductionCap", settings.formula().deductionCap());
        }
        node.set("bands", bands(settings.bands()));
        node.put("roundingPolicy", settings.roundingPolicy().name());
        node.put("trimMinimum", settings.trimMinimum());
        node.put("provisional", settings.provisional());
        return node;
    }

    private static ObjectNode scheme(GradeScheme scheme) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode tiers = node.putArray("tiers");
        if (scheme instanceof GradeScheme.Differential differential) {
            differential.tierNames().forEach(tiers::add);
            node.put("differential", differential.differential());
        } else if (scheme instanceof GradeScheme.Coefficients coefficients) {
            for (Tier tier : coefficients.tiers()) {
                tiers.addObject().put("name", tier.name()).put("coefficient", tier.coefficient());
            }
        }
        return node;
    }

    private static ObjectNode bands(RatingBands bands) {
        ObjectNode node = MAPPER.createObjectNode();
        if (bands instanceof RatingBands.Thresholds thresholds) {
            ArrayNode list = node.putArray("thresholds");
            for (RatingBands.Threshold band : thresholds.bands()) {
                ObjectNode b = list.addObject().put("name", band.name());
                if (band.minimum() != null) {
                    b.put("minimum", band.minimum());
                }
            }
        } else if (bands instanceof RatingBands.RankShares shares) {
            node.put("ties", shares.ties().name());
            ArrayNode list = node.putArray("rankShares");
            for (RatingBands.Share band : shares.bands()) {
                ObjectNode b = list.addObject().put("name", band.name());
                if (band.share() != null) {
                    b.put("share", band.share());
                }
            }
        }
        return node;
    }

    private static ObjectNode rounding(Rounding rounding) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("scale", rounding.scale());
        node.put("mode", rounding.mode().name());
        return node;
    }
}
