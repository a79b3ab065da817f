package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;

/** Fixture factories: the worked example of docs/scoring.md and small builders with domain names. */
final class Scenarios {

    static final String SERIES = "市直政府系列";
    static final String COEFFICIENTS = "系数四档";
    static final String DIFFERENTIAL = "三档层差";

    private Scenarios() {
    }

    /** docs/scoring.md, 算例: 市科技局 (91.72), 市工信局 (87.20), 市自规局 (87.20). */
    static Scenario workedExample() {
        return new Scenario(ScoringSettings.defaults(), List.of(scienceBureau(), industryBureau(), landBureau()));
    }

    static UnitInput scienceBureau() {
        return new UnitInput("keji", "市科技局", SERIES, "第一组", List.of(
                item("1-1-1", 40, 1).withScores(scores("38", "36.5", "38", "35", "35", "37", "36.5")),
                item("1-1-2", 30, 3).withTier(3, List.of(pilot("省级科技成果转化试点"))),
                item("1-2-1", 20, 2).withTier(2, List.of(pilot("市级创新平台试点"), media("省级媒体报道：福建日报"))),
                new ScoredItem(new IndicatorCode("2-1"), "依法履职", Points.of(6), DIFFERENTIAL, 3, List.of(), List.of()),
                item("2-2", 4, 2).withScores(scores("3.5", "3"))),
                List.of(new Incentive("国家级", "全国科技系统先进集体"), new Incentive("省级", "省级科普示范单位")),
                List.of(new Deduction(new BigDecimal("0.5"), "察访发现工作台账不全")),
                new BigDecimal("86.4"));
    }

    static UnitInput industryBureau() {
        return new UnitInput("gongxin", "市工信局", SERIES, "第一组", List.of(
                item("1-1", 60, 2),
                pending("1-2", 36).withScores(scores("30", "34", "32")),
                pending("2-1", 4)),
                List.of(), List.of(), new BigDecimal("90"));
    }

    static UnitInput landBureau() {
        return new UnitInput("zigui", "市自规局", SERIES, "第二组", List.of(
                item("1-1", 50, 1),
                pending("1-2", 50).withScores(scores("34", "34", "34"))),
                List.of(new Incentive("省级", "省级自然资源工作先进单位"), new Incentive("市级", "市级文明单位")),
                List.of(new Deduction(new BigDecimal("0.1"), "察访发现信息公开不及时")),
                new BigDecimal("90"));
    }

    /** An item of the coefficient scheme assessed at {@code tier}, without rater scores. */
    static ScoredItem item(String code, long weight, int tier) {
        return new ScoredItem(new IndicatorCode(code), "指标" + code, Points.of(weight), COEFFICIENTS, tier,
                List.of(), List.of());
    }

    /** An item nobody has graded or scored yet. */
    static ScoredItem pending(String code, long weight) {
        return ScoredItem.unscored(new IndicatorCode(code), "指标" + code, Points.of(weight), COEFFICIENTS);
    }

    static List<RaterScore> scores(String... values) {
        return java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> new RaterScore("考评员" + (i + 1), new BigDecimal(values[i])))
                .toList();
    }

    static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    static Promotion pilot(String reason) {
        return new Promotion(Promotion.Kind.PILOT, reason);
    }

    static Promotion media(String reason) {
        return new Promotion(Promotion.Kind.MEDIA, reason);
    }

    /** A unit with the given items and appraisal, no adjustments. */
    static UnitInput unit(String id, String group, BigDecimal appraisal, ScoredItem... items) {
        return new UnitInput(id, id, SERIES, group, List.of(items), List.of(), List.of(), appraisal);
    }

    static Results score(UnitInput... units) {
        return ScoringEngine.score(new Scenario(ScoringSettings.defaults(), List.of(units)));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
