package org.jixiao.evaluation.json;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.Aggregation;
import org.jixiao.evaluation.CompositeFormula;
import org.jixiao.evaluation.Deduction;
import org.jixiao.evaluation.GradeScheme;
import org.jixiao.evaluation.Incentive;
import org.jixiao.evaluation.Promotion;
import org.jixiao.evaluation.RaterScore;
import org.jixiao.evaluation.RatingBands;
import org.jixiao.evaluation.Rounding;
import org.jixiao.evaluation.RoundingPolicy;
import org.jixiao.evaluation.TieRule;
import org.jixiao.evaluation.Unscorable;
import org.jixiao.evaluation.Scenario;
import org.jixiao.evaluation.ScenarioProblem;
import org.jixiao.evaluation.ScoredItem;
import org.jixiao.evaluation.ScoringSettings;
import org.jixiao.evaluation.Tier;
import org.jixiao.evaluation.UnitInput;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the scenario JSON documented in docs/scoring.md. Every setting may be left out and then
 * takes its default ({@link ScoringSettings#defaults()}).
 */
public final class ScenarioJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private ScenarioJson() {
    }

    /**
     * Reads and checks a scenario.
     *
     * @throws ScenarioFormatException naming the JSON path, for malformed JSON, a missing or invalid
     *                                 value, or parts that do not fit together
     */
    public static Scenario read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            String position = where == null ? "" : "（第 " + where.getLineNr() + " 行第 " + where.getColumnNr() + " 列）";
            throw new ScenarioFormatException("", "不是有效的 JSON" + position + "：" + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioFormatException("", "情景应为一个 JSON 对象，含 settings 与 units");
        }
        Node node = new Node(root, "");
        ScoringSettings settings = node.has("settings") ? node.field("settings").build(ScenarioJson::settings)
                : ScoringSettings.defaults();
        Scenario scenario = new Scenario(settings, node.field("units").elements().stream()
                .map(u -> u.build(ScenarioJson::unit)).toList(), node.list("unscorable", ScenarioJson::unscorable));
        List<ScenarioProblem> problems = scenario.problems();
        if (!problems.isEmpty()) {
            throw new ScenarioFormatException(problems.get(0).path(), problems.get(0).message());
        }
        return scenario;
    }

    private static ScoringSettings settings(Node node) {
        ScoringSettings defaults = ScoringSettings.defaults();
        Node raters = node.optional("maxRaters");
        Node aggregation = node.optional("aggregation");
        Node itemRounding = node.optional("itemRounding");
        Node schemes = node.optional("schemes");
        Node levels = node.optional("incentiveLevels");
        Node formula = node.optional("formula");
        Node bands = node.optional("bands");
        Node policy = node.optional("roundingPolicy");
        Node trimMinimum = node.optional("trimMinimum");
        Node provisional = node.optional("provisional");
        return new ScoringSettings(
                raters == null ? defaults.maxRaters() : raters.integer(),
                aggregation == null ? defaults.aggregation() : aggregation.build(ScenarioJson::aggregation),
                itemRounding == null ? defaults.itemRounding() : itemRounding.build(ScenarioJson::rounding),
                schemes == null ? defaults.schemes() : schemes(schemes),
                levels == null ? defaults.incentiveLevels() : levels(levels),
                formula == null ? defaults.formula() : formula.build(ScenarioJson::formula),
                bands == null ? defaults.bands() : bands.build(ScenarioJson::bands),
                policy == null ? defaults.roundingPolicy() : policy.build(ScenarioJson::roundingPolicy),
                trimMinimum == null ? defaults.trimMinimum() : trimMinimum.integer(),
                provisional == null ? defaults.provisional() : provisional.build(ScenarioJson::bool));
    }

    private static RoundingPolicy roundingPolicy(Node node) {
        String name = node.text().strip();
        for (RoundingPolicy p : RoundingPolicy.values()) {
            if (p.name().equalsIgnoreCase(name) || p.label().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("舍入时机“" + name + "”无效，可选 ONCE_AT_END（只在综合得分处舍入一次）、"
                + "PER_ITEM（每项指标得分先舍入再合计）");
    }

    private static boolean bool(Node node) {
        if (!node.json().isBoolean()) {
            throw new IllegalArgumentException("应为 true 或 false");
        }
        return node.json().asBoolean();
    }

    private static TieRule tieRule(Node node) {
        String name = node.text().strip();
        for (TieRule t : TieRule.values()) {
            if (t.name().equalsIgnoreCase(name) || t.label().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("并列处理“" + name + "”无效，可选 STRICT（严格按名额）、TIES_SHARE（并列同享）");
    }

    private static Unscorable unscorable(Node node) {
        return new Unscorable(node.field("id").text(), node.text("name", ""), node.text("series", ""),
                node.text("group", ""), node.text("reason", ""));
    }

    private static Aggregation aggregation(Node node) {
        String name = node.text().strip();
        for (Aggregation a : Aggregation.values()) {
            if (a.name().equalsIgnoreCase(name) || a.label().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("汇总方式“" + name + "”无效，可选 MEAN（平均分）、TRIMMED_MEAN（去掉一个最高分和"
                + "一个最低分）、MEDIAN（中位数）");
    }

    private static Rounding rounding(Node node) {
        int scale = node.has("scale") ? node.field("scale").integer() : 2;
        String mode = node.text("mode", "HALF_UP").strip();
        try {
            return new Rounding(scale, RoundingMode.valueOf(mode));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains("No enum constant")) {
                throw Node.fail(node.at("mode"), "舍入方式“" + mode + "”无效，可选 HALF_UP（四舍五入）、HALF_EVEN、DOWN、UP 等");
            }
            throw e;
        }
    }

    private static Map<String, GradeScheme> schemes(Node node) {
        Map<String, GradeScheme> schemes = new LinkedHashMap<>();
        for (String name : node.fieldNames()) {
            schemes.put(name, node.field(name).build(ScenarioJson::scheme));
        }
        return schemes;
    }

    private static GradeScheme scheme(Node node) {
        if (node.has("differential")) {
            return new GradeScheme.Differential(node.list("tiers", Node::text), node.field("differential").decimal());
        }
        List<Tier> tiers = node.list("tiers", t -> new Tier(t.field("name").text(), t.field("coefficient").decimal()));
        return new GradeScheme.Coefficients(tiers);
    }

    private static Map<String, BigDecimal> levels(Node node) {
        Map<String, BigDecimal> levels = new LinkedHashMap<>();
        for (String name : node.fieldNames()) {
            levels.put(name, node.field(name).decimal());
        }
        return levels;
    }

    private static CompositeFormula formula(Node node) {
        CompositeFormula defaults = CompositeFormula.SEED_001;
        BigDecimal tableShare = node.decimal("tableShare");
        BigDecimal appraisalShare = node.decimal("appraisalShare");
        BigDecimal bonusCap = node.decimal("bonusCap");
        Node rounding = node.optional("rounding");
        BigDecimal fullMark = node.decimal("fullMark");
        // "deductionCap": null says "no cap"; leaving the key out takes the default
        boolean uncapped = node.json().has("deductionCap") && node.json().get("deductionCap").isNull();
        BigDecimal deductionCap = node.decimal("deductionCap");
        return new CompositeFormula(
                tableShare == null ? defaults.tableShare() : tableShare,
                appraisalShare == null ? defaults.appraisalShare() : appraisalShare,
                bonusCap == null ? defaults.bonusCap() : bonusCap,
                rounding == null ? defaults.rounding() : rounding.build(ScenarioJson::rounding),
                fullMark == null ? defaults.fullMark() : fullMark,
                uncapped ? null : deductionCap == null ? defaults.deductionCap() : deductionCap);
    }

    private static RatingBands bands(Node node) {
        if (node.has("thresholds")) {
            return new RatingBands.Thresholds(node.list("thresholds",
                    b -> new RatingBands.Threshold(b.field("name").text(), b.decimal("minimum"))));
        }
        if (node.has("rankShares")) {
            Node ties = node.optional("ties");
            return new RatingBands.RankShares(node.list("rankShares",
                    b -> new RatingBands.Share(b.field("name").text(), b.decimal("share"))),
                    ties == null ? TieRule.STRICT : ties.build(ScenarioJson::tieRule));
        }
        throw new IllegalArgumentException("等次应按分数线（thresholds）或按名次比例（rankShares）设置");
    }

    private static UnitInput unit(Node node) {
        return new UnitInput(
                node.field("id").text(),
                node.text("name", ""),
                node.text("series", ""),
                node.text("group", ""),
                node.list("items", ScenarioJson::item),
                node.list("incentives", i -> new Incentive(i.field("level").text(), i.text("reason", ""))),
                node.list("deductions", d -> new Deduction(d.field("points").decimal(), d.text("reason", ""))),
                node.decimal("publicAppraisal"),
                node.optional("expectedScores") == null ? null : node.field("expectedScores").integer());
    }

    private static ScoredItem item(Node node) {
        IndicatorCode code = node.field("code").build(c -> new IndicatorCode(c.text()));
        Points weight = node.field("weight").build(w -> new Points(w.decimal()));
        Node tier = node.optional("tier");
        List<RaterScore> scores = node.optional("raterScores") == null ? List.of()
                : raterScores(node.field("raterScores"));
        return new ScoredItem(code, node.text("name", ""), weight, node.text("scheme", ""),
                tier == null ? null : tier.integer(),
                node.list("promotions", ScenarioJson::promotion), scores);
    }

    private static List<RaterScore> raterScores(Node node) {
        List<Node> elements = node.elements();
        return elements.stream().map(e -> e.build(s -> s.json().isObject()
                ? new RaterScore(s.text("rater", ""), s.field("score").decimal())
                : new RaterScore("考评员" + (elements.indexOf(s) + 1), s.decimal()))).toList();
    }

    private static Promotion promotion(Node node) {
        String kind = node.field("kind").text().strip();
        Promotion.Kind parsed = null;
        for (Promotion.Kind k : Promotion.Kind.values()) {
            if (k.name().equalsIgnoreCase(kind) || k.label().equals(kind)) {
                parsed = k;
            }
        }
        if (parsed == null) {
            throw Node.fail(node.at("kind"), "“" + kind + "”无效，应为“晋档”（试点）或“提档”（媒体报道）");
        }
        return new Promotion(parsed, node.text("reason", ""));
    }
}
