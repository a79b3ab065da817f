package org.jixiao.evaluation.assessment;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jixiao.web.DecimalText;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.evaluation.Aggregation;
import org.jixiao.evaluation.CompositeFormula;
import org.jixiao.evaluation.GradeScheme;
import org.jixiao.evaluation.RatingBands;
import org.jixiao.evaluation.Rounding;
import org.jixiao.evaluation.RoundingPolicy;
import org.jixiao.evaluation.TieRule;
import org.jixiao.evaluation.ScoringSettings;
import org.jixiao.evaluation.Tier;

/**
 * The settings page's form: every value as the office types it, lists one per line in plain Chinese
 * notation (e.g. {@code 系数四档：好 1.0、较好 0.9、一般 0.8、差 0.6}). {@link #parse()} gives the
 * settings or, per field, what is wrong with it.
 */
public record SettingsForm(
        @Size(max = MAX_NUMBER, message = "{ev.settings.maxRaters}{field.tooLong}") String maxRaters,
        @Size(max = MAX_CHOICE, message = "{ev.settings.aggregation}{field.tooLong}") String aggregation,
        @Size(max = MAX_NUMBER, message = "{ev.settings.itemScale}{field.tooLong}") String itemScale,
        @Size(max = MAX_NUMBER, message = "{ev.settings.tableShare}{field.tooLong}") String tableShare,
        @Size(max = MAX_NUMBER, message = "{ev.settings.appraisalShare}{field.tooLong}") String appraisalShare,
        @Size(max = MAX_NUMBER, message = "{ev.settings.bonusCap}{field.tooLong}") String bonusCap,
        @Size(max = MAX_NUMBER, message = "{ev.settings.compositeScale}{field.tooLong}") String compositeScale,
        @Size(max = MAX_LIST, message = "{ev.settings.schemes}{field.tooLong}") String schemes,
        @Size(max = MAX_NAME, message = "{ev.settings.defaultScheme}{field.tooLong}") String defaultScheme,
        @Size(max = MAX_LINE, message = "{ev.settings.incentiveLevels}{field.tooLong}") String incentiveLevels,
        @Size(max = MAX_LINE, message = "{ev.settings.bands}{field.tooLong}") String bands,
        @Size(max = MAX_LIST, message = "{ev.settings.leads}{field.tooLong}") String leadDepartments,
        @Size(max = MAX_NUMBER, message = "{results.settings.fullMark}{field.tooLong}") String fullMark,
        @Size(max = MAX_NUMBER, message = "{results.settings.deductionCap}{field.tooLong}") String deductionCap,
        @Size(max = MAX_CHOICE, message = "{results.settings.roundingPolicy}{field.tooLong}") String roundingPolicy,
        @Size(max = MAX_NUMBER, message = "{results.settings.trimMinimum}{field.tooLong}") String trimMinimum,
        @Size(max = MAX_CHOICE, message = "{results.settings.provisional}{field.tooLong}") String provisional,
        @Size(max = MAX_CHOICE, message = "{results.settings.ties}{field.tooLong}") String ties,
        @Size(max = MAX_NUMBER, message = "{selfgate.settings.minimum}{field.tooLong}") String selfSubmitMinimum) {

    /** A number as typed, such as 100000.00. */
    public static final int MAX_NUMBER = 12;
    /** An enum name chosen from a list. */
    public static final int MAX_CHOICE = 30;
    /** A scheme's name. */
    public static final int MAX_NAME = 50;
    /** One line of levels or bands. */
    public static final int MAX_LINE = 500;
    /** Several lines: the schemes, the lead departments. */
    public static final int MAX_LIST = 4000;

    private static final String LIST_SEPARATORS = "[、,，]";

    public SettingsForm {
        maxRaters = blankIfNull(maxRaters);
        aggregation = blankIfNull(aggregation);
        itemScale = blankIfNull(itemScale);
        tableShare = blankIfNull(tableShare);
        appraisalShare = blankIfNull(appraisalShare);
        bonusCap = blankIfNull(bonusCap);
        compositeScale = blankIfNull(compositeScale);
        schemes = blankIfNull(schemes);
        defaultScheme = blankIfNull(defaultScheme);
        incentiveLevels = blankIfNull(incentiveLevels);
        bands = blankIfNull(bands);
        leadDepartments = blankIfNull(leadDepartments);
        fullMark = blankIfNull(fullMark);
        deductionCap = blankIfNull(deductionCap);
        roundingPolicy = blankIfNull(roundingPolicy);
        trimMinimum = blankIfNull(trimMinimum);
        provisional = blankIfNull(provisional);
        ties = blankIfNull(ties);
        selfSubmitMinimum = blankIfNull(selfSubmitMinimum);
    }

    /** A form without a minimum share for submitting a self-evaluation. */
    public SettingsForm(String maxRaters, String aggregation, String itemScale, String tableShare,
                        String appraisalShare, String bonusCap, String compositeScale, String schemes,
                        String defaultScheme, String incentiveLevels, String bands, String leadDepartments,
                        String fullMark, String deductionCap, String roundingPolicy, String trimMinimum,
                        String provisional, String ties) {
        this(maxRaters, aggregation, itemScale, tableShare, appraisalShare, bonusCap, compositeScale, schemes,
                defaultScheme, incentiveLevels, bands, leadDepartments, fullMark, deductionCap, roundingPolicy,
                trimMinimum, provisional, ties, "0");
    }

    /** A form with the arithmetic of the documents left at its defaults (full mark 100, caps, policies). */
    public SettingsForm(String maxRaters, String aggregation, String itemScale, String tableShare,
                        String appraisalShare, String bonusCap, String compositeScale, String schemes,
                        String defaultScheme, String incentiveLevels, String bands, String leadDepartments) {
        this(maxRaters, aggregation, itemScale, tableShare, appraisalShare, bonusCap, compositeScale, schemes,
                defaultScheme, incentiveLevels, bands, leadDepartments, "100",
                CompositeFormula.DEFAULT_DEDUCTION_CAP.toPlainString(), RoundingPolicy.ONCE_AT_END.name(),
                String.valueOf(ScoringSettings.TRIM_MINIMUM), "", TieRule.STRICT.name());
    }

    /** The settings, or the messages by field name (the key "form" for what concerns several fields). */
    public record Result(Optional<EvaluationSettings> settings, Map<String, String> errors) {
    }

    public static SettingsForm of(EvaluationSettings settings) {
        ScoringSettings s = settings.scoring();
        List<String> schemeLines = new ArrayList<>();
        new java.util.TreeMap<>(s.schemes()).forEach((name, scheme) -> schemeLines.add(name + "：" + schemeText(scheme)));
        List<String> levels = new ArrayList<>();
        s.incentiveLevels().entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .forEach(e -> levels.add(e.getKey() + " " + e.getValue().toPlainString()));
        List<String> leads = settings.leadDepartments().stream()
                .map(l -> l.name() + "：" + String.join("、", l.targets()) + (l.scheme().isEmpty() ? "" : "；方案 " + l.scheme()))
                .toList();
        return new SettingsForm(String.valueOf(s.maxRaters()), s.aggregation().name(),
                String.valueOf(s.itemRounding().scale()), s.formula().tableShare().toPlainString(),
                s.formula().appraisalShare().toPlainString(), s.formula().bonusCap().toPlainString(),
                String.valueOf(s.formula().rounding().scale()), String.join("\n", schemeLines), settings.defaultScheme(),
                String.join("、", levels), bandsText(s.bands()), String.join("\n", leads),
                s.formula().fullMark().toPlainString(),
                s.formula().deductionCap() == null ? "" : s.formula().deductionCap().toPlainString(),
                s.roundingPolicy().name(), String.valueOf(s.trimMinimum()), s.provisional() ? "true" : "",
                s.bands() instanceof RatingBands.RankShares shares ? shares.ties().name() : TieRule.STRICT.name(),
                String.valueOf(settings.submissionMinimum().percent()));
    }

    public Result parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer raters = field(errors, "maxRaters", () -> {
            int n = integer(maxRaters, "请填写 1 到 7 之间的整数");
            if (n < 1 || n > ScoringSettings.MAX_PANEL) {
                throw new IllegalArgumentException("集中考评组人数应为 1 到 7 人");
            }
            return n;
        });
        Aggregation agg = field(errors, "aggregation", () -> Aggregation.valueOf(aggregation.strip()));
        Rounding items = field(errors, "itemScale",
                () -> new Rounding(integer(itemScale, "请填写 0 到 10 之间的整数"), RoundingMode.HALF_UP));
        BigDecimal table = field(errors, "tableShare", () -> decimal(tableShare));
        BigDecimal appraisal = field(errors, "appraisalShare", () -> decimal(appraisalShare));
        BigDecimal cap = field(errors, "bonusCap", () -> decimal(bonusCap));
        Rounding composite = field(errors, "compositeScale",
                () -> new Rounding(integer(compositeScale, "请填写 0 到 10 之间的整数"), RoundingMode.HALF_UP));
        Map<String, GradeScheme> parsedSchemes = field(errors, "schemes", () -> schemes(schemes));
        Map<String, BigDecimal> levels = field(errors, "incentiveLevels", () -> levels(incentiveLevels));
        TieRule tieRule = field(errors, "ties", () -> TieRule.valueOf(ties.strip()));
        RatingBands parsedBands = field(errors, "bands", () -> withTies(bands(bands), tieRule));
        BigDecimal full = field(errors, "fullMark", () -> decimal(fullMark));
        BigDecimal deductionLimit = field(errors, "deductionCap", () -> deductionCap.isBlank() ? null
                : nonNegative(decimal(deductionCap), "察访核验扣分上限不能为负数；不设上限请留空"));
        RoundingPolicy policy = field(errors, "roundingPolicy", () -> RoundingPolicy.valueOf(roundingPolicy.strip()));
        Integer trim = field(errors, "trimMinimum", () -> {
            int n = integer(trimMinimum, "请填写不小于 3 的整数");
            if (n < ScoringSettings.TRIM_MINIMUM || n > ScoringSettings.MAX_PANEL) {
                throw new IllegalArgumentException("去掉最高分和最低分的最少评分数应在 3 到 7 之间");
            }
            return n;
        });
        List<LeadDepartment> leads = field(errors, "leadDepartments", () -> leads(leadDepartments));
        SubmissionMinimum minimum = field(errors, "selfSubmitMinimum", () -> selfSubmitMinimum.isBlank()
                ? SubmissionMinimum.NONE
                : new SubmissionMinimum(integer(selfSubmitMinimum.strip().replaceFirst("[%％]$", ""),
                "请填写 0 到 100 之间的整数（百分比）；不设最低比例请填 0")));
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        CompositeFormula formula = field(errors, full.signum() <= 0 ? "fullMark" : "tableShare",
                () -> new CompositeFormula(table, appraisal, cap, composite, full, deductionLimit));
        if (formula == null) {
            return new Result(Optional.empty(), errors);
        }
        ScoringSettings scoring = new ScoringSettings(raters, agg, items, parsedSchemes, levels, formula, parsedBands,
                policy, trim, "true".equals(provisional.strip()));
        try {
            return new Result(Optional.of(new EvaluationSettings(scoring, defaultScheme, leads, minimum)), errors);
        } catch (IllegalArgumentException e) {
            errors.put(e.getMessage().startsWith("默认") ? "defaultScheme" : "leadDepartments", e.getMessage());
            return new Result(Optional.empty(), errors);
        }
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T field(Map<String, String> errors, String name, Parse<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            errors.put(name, e.getMessage() == null || e.getMessage().startsWith("No enum")
                    ? "请从列表中选择" : e.getMessage());
            return null;
        }
    }

    static Map<String, GradeScheme> schemes(String text) {
        Map<String, GradeScheme> result = new LinkedHashMap<>();
        for (String line : lines(text)) {
            String[] parts = nameAndRest(line, "每行一个定档方案，如“系数四档：好 1.0、较好 0.9、一般 0.8、差 0.6”");
            String rest = parts[1];
            String[] differential = rest.split("[；;]\\s*层差");
            if (differential.length == 2) {
                result.put(parts[0], new GradeScheme.Differential(items(differential[0]), decimal(differential[1])));
            } else {
                List<Tier> tiers = new ArrayList<>();
                for (String tier : items(rest)) {
                    String[] nv = nameValue(tier, "档次“" + tier + "”应写成“名称 系数”，如“较好 0.9”");
                    tiers.add(new Tier(nv[0], decimal(nv[1])));
                }
                result.put(parts[0], new GradeScheme.Coefficients(tiers));
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("至少设置一个定档方案");
        }
        return result;
    }

    static Map<String, BigDecimal> levels(String text) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (String level : items(text.replace('\n', '、'))) {
            String[] nv = nameValue(level, "奖项级别“" + level + "”应写成“级别 分值”，如“省级 1”");
            result.put(nv[0], decimal(nv[1]));
        }
        return result;
    }

    static RatingBands bands(String text) {
        List<String> bands = items(text.replace('\n', '、'));
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("至少设置一个等次");
        }
        boolean shares = text.contains("%") || text.contains("％");
        if (shares) {
            List<RatingBands.Share> list = new ArrayList<>();
            for (int i = 0; i < bands.size(); i++) {
                String band = bands.get(i);
                if (i == bands.size() - 1 && !band.contains("%") && !band.contains("％")) {
                    list.add(new RatingBands.Share(band, null));
                } else {
                    String[] nv = nameValue(band.replace("％", "%"), "等次“" + band + "”应写成“名称 比例%”，如“优秀 20%”");
                    list.add(new RatingBands.Share(nv[0], decimal(nv[1].replace("%", "")).movePointLeft(2)));
                }
            }
            return new RatingBands.RankShares(list);
        }
        List<RatingBands.Threshold> list = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            String band = bands.get(i);
            if (i == bands.size() - 1 && band.split("\\s+").length == 1) {
                list.add(new RatingBands.Threshold(band, null));
            } else {
                String[] nv = nameValue(band, "等次“" + band + "”应写成“名称 分数线”，如“优秀 90”；最后一个等次只写名称");
                list.add(new RatingBands.Threshold(nv[0], decimal(nv[1])));
            }
        }
        return new RatingBands.Thresholds(list);
    }

    static List<LeadDepartment> leads(String text) {
        List<LeadDepartment> result = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = nameAndRest(line, "每行一个牵头部门，如“市委文明办：精神文明”或“市财政局：5-1；方案 三档层差”");
            String[] targetsAndScheme = parts[1].split("[；;]\\s*方案");
            result.add(new LeadDepartment(parts[0], items(targetsAndScheme[0]),
                    targetsAndScheme.length > 1 ? targetsAndScheme[1].strip() : ""));
        }
        return result;
    }

    private static String schemeText(GradeScheme scheme) {
        if (scheme instanceof GradeScheme.Differential d) {
            return String.join("、", d.tierNames()) + "；层差 " + d.differential().toPlainString();
        }
        GradeScheme.Coefficients c = (GradeScheme.Coefficients) scheme;
        return String.join("、", c.tiers().stream().map(t -> t.name() + " " + t.coefficient().toPlainString()).toList());
    }

    private static String bandsText(RatingBands bands) {
        if (bands instanceof RatingBands.Thresholds t) {
            return String.join("、", t.bands().stream()
                    .map(b -> b.minimum() == null ? b.name() : b.name() + " " + b.minimum().toPlainString()).toList());
        }
        RatingBands.RankShares s = (RatingBands.RankShares) bands;
        return String.join("、", s.bands().stream()
                .map(b -> b.share() == null ? b.name()
                        : b.name() + " " + b.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%")
                .toList());
    }

    private static RatingBands withTies(RatingBands bands, TieRule ties) {
        return bands instanceof RatingBands.RankShares shares && ties != null
                ? new RatingBands.RankShares(shares.bands(), ties) : bands;
    }

    private static BigDecimal nonNegative(BigDecimal value, String message) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> items(String text) {
        return Arrays.stream(text.split(LIST_SEPARATORS)).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String[] nameAndRest(String line, String hint) {
        String[] parts = line.split("[：:]", 2);
        if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("“" + line + "”格式不正确：" + hint);
        }
        return new String[] {parts[0].strip(), parts[1].strip()};
    }

    private static String[] nameValue(String text, String message) {
        text = text.strip();
        int space = text.lastIndexOf(' ');
        if (space <= 0) {
            throw new IllegalArgumentException(message);
        }
        return new String[] {text.substring(0, space).strip(), text.substring(space + 1).strip()};
    }

    private static BigDecimal decimal(String text) {
        try {
            return DecimalText.parse(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("“" + text.strip() + "”不是有效的数值");
        }
    }

    private static int integer(String text, String message) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
