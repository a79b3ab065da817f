package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 模拟测算 (what-if): a list of changes applied to a scenario as a pure function, and the per-unit
 * difference between the live results and the sandbox's. Nothing is stored: the sandbox is the
 * changed scenario, scored by the {@link ScoringEngine} like the live one.
 * <ul>
 *   <li>{@code appraisal} sets (or, blank, clears) the unit's 公众评议得分;</li>
 *   <li>{@code tier} sets (or, blank, clears) an item's assessed tier, its promotions kept; it counts
 *       only where the item has no rater scores, as in the live results;</li>
 *   <li>{@code score} sets a named rater's score of an item (added when that rater has none); without a
 *       rater it sets every rater score of the item to the value (one anonymous score when there is none),
 *       so the item's score becomes the value with the panel's completeness unchanged;</li>
 *   <li>{@code deduction} adds a 察访核验扣分, {@code incentive} adds a 正向激励 of a configured level.</li>
 * </ul>
 * Changes apply in order; a later change of the same thing wins.
 */
public final class WhatIf {

    private WhatIf() {
    }

    /** What a change does; {@link #code()} is its name in forms and the API. */
    public enum Kind {
        APPRAISAL("appraisal", "公众评议得分"),
        TIER("tier", "指标定档"),
        SCORE("score", "指标评分"),
        DEDUCTION("deduction", "增加扣分"),
        INCENTIVE("incentive", "增加正向激励");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        static @Nullable Kind of(@Nullable String code) {
            for (Kind kind : values()) {
                if (kind.code.equals(code == null ? "" : code.strip())) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * One change as entered: the kind, the unit's id, the item's 序号 (tier, score), the rater (score,
     * optional), the value (appraisal, tier, score, deduction points; the level of an incentive) and a
     * reason (deduction, incentive). Blank fields are {@code ""}.
     */
    public record Change(String kind, String unitId, String item, String rater, String value, String reason) {

        public Change {
            kind = strip(kind);
            unitId = strip(unitId);
            item = strip(item);
            rater = strip(rater);
            value = strip(value);
            reason = strip(reason);
        }

        /** The kind's Chinese label, or the code as given when it is not one. */
        public String kindLabel() {
            Kind known = Kind.of(kind);
            return known == null ? kind : known.label();
        }

        private static String strip(@Nullable String text) {
            return text == null ? "" : text.strip();
        }
    }

    /**
     * A change that cannot be applied: which one (0-based), which field ({@code kind}, {@code unitId},
     * {@code item}, {@code rater}, {@code value}, {@code reason}) and why, in Chinese.
     */
    public static final class InvalidChange extends IllegalArgumentException {

        private final int index;
        private final String field;

        InvalidChange(int index, String field, String message) {
            super(message);
            this.index = index;
            this.field = field;
        }

        public int index() {
            return index;
        }

        public String field() {
            return field;
        }
    }

    /**
     * The scenario with the changes applied, checked as the engine will check it.
     *
     * @throws InvalidChange naming the first change that does not fit
     */
    public static Scenario apply(Scenario live, List<Change> changes) {
        Map<String, UnitInput> units = new LinkedHashMap<>();
        live.units().forEach(u -> units.put(u.id(), u));
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            Kind kind = Kind.of(change.kind());
            if (kind == null) {
                throw new InvalidChange(i, "kind", "请选择改动类型（公众评议得分、指标定档、指标评分、增加扣分或增加正向激励）");
            }
            UnitInput unit = units.get(change.unitId());
            if (unit == null) {
                throw new InvalidChange(i, "unitId", change.unitId().isEmpty() ? "请选择参评单位"
                        : "参评单位“" + change.unitId() + "”不在本年度可计分的单位中");
            }
            units.put(unit.id(), applyOne(live.settings(), unit, kind, change, i));
        }
        return new Scenario(live.settings(), List.copyOf(units.values()), live.unscorable());
    }

    private static UnitInput applyOne(ScoringSettings settings, UnitInput unit, Kind kind, Change change, int i) {
        try {
            return switch (kind) {
                case APPRAISAL -> withAppraisal(unit, change.value().isEmpty() ? null
                        : number(change.value(), i, "公众评议得分"));
                case TIER -> withItem(unit, change, i, item -> {
                    Integer tier = change.value().isEmpty() ? null : tier(settings, item, change.value(), i);
                    return item.withTier(tier, item.promotions());
                });
                case SCORE -> withItem(unit, change, i, item -> item.withScores(scores(settings, unit, item,
                        change.rater(), number(change.value(), i, "评分"), i)));
                case DEDUCTION -> {
                    List<Deduction> deductions = new ArrayList<>(unit.deductions());
                    deductions.add(new Deduction(number(change.value(), i, "扣分"), change.reason()));
                    yield new UnitInput(unit.id(), unit.name(), unit.series(), unit.group(), unit.items(),
                            unit.incentives(), deductions, unit.publicAppraisal(), unit.expectedScores());
                }
                case INCENTIVE -> {
                    if (!settings.incentiveLevels().containsKey(change.value())) {
                        throw new InvalidChange(i, "value", "正向激励级别“" + change.value()
                                + "”未在评分规则中设置分值，可用级别：" + String.join("、", settings.incentiveLevels().keySet()));
                    }
                    List<Incentive> incentives = new ArrayList<>(unit.incentives());
                    incentives.add(new Incentive(change.value(), change.reason()));
                    yield new UnitInput(unit.id(), unit.name(), unit.series(), unit.group(), unit.items(),
                            incentives, unit.deductions(), unit.publicAppraisal(), unit.expectedScores());
                }
            };
        } catch (InvalidChange e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // a record's own check (range of an appraisal, a score, a deduction without reason)
            throw new InvalidChange(i, kind == Kind.DEDUCTION && change.reason().isEmpty() ? "reason" : "value",
                    e.getMessage());
        }
    }

    private static UnitInput withAppraisal(UnitInput unit, @Nullable BigDecimal appraisal) {
        return new UnitInput(unit.id(), unit.name(), unit.series(), unit.group(), unit.items(), unit.incentives(),
                unit.deductions(), appraisal, unit.expectedScores());
    }

    private static UnitInput withItem(UnitInput unit, Change change, int i,
                                      java.util.function.Function<ScoredItem, ScoredItem> edit) {
        List<ScoredItem> items = new ArrayList<>(unit.items());
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).code().value().equals(change.item())) {
                items.set(k, edit.apply(items.get(k)));
                return new UnitInput(unit.id(), unit.name(), unit.series(), unit.group(), items, unit.incentives(),
                        unit.deductions(), unit.publicAppraisal(), unit.expectedScores());
            }
        }
        throw new InvalidChange(i, "item", change.item().isEmpty() ? "请填写指标序号"
                : "单位“" + unit.name() + "”的考评表中没有序号为 " + change.item() + " 的指标");
    }

    private static Integer tier(ScoringSettings settings, ScoredItem item, String text, int i) {
        GradeScheme scheme = settings.schemes().get(item.scheme());
        if (scheme == null) {
            throw new InvalidChange(i, "item", "指标 " + item.code() + " 没有可用的定档方案，不能定档");
        }
        BigDecimal value = number(text, i, "档次");
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.ONE) < 0
                || value.compareTo(BigDecimal.valueOf(scheme.tierCount())) > 0) {
            throw new InvalidChange(i, "value", "档次应为 1 到 " + scheme.tierCount() + " 的整数（1 为最高档），当前为 " + text);
        }
        return value.intValueExact();
    }

    private static List<RaterScore> scores(ScoringSettings settings, UnitInput unit, ScoredItem item, String rater,
                                           BigDecimal score, int i) {
        List<RaterScore> scores = new ArrayList<>();
        if (rater.isEmpty()) {
            item.raterScores().forEach(s -> scores.add(new RaterScore(s.rater(), score)));
            if (scores.isEmpty()) {
                scores.add(new RaterScore("", score));
            }
            return scores;
        }
        boolean found = false;
        for (RaterScore s : item.raterScores()) {
            boolean same = s.rater().equals(rater);
            found |= same;
            scores.add(same ? new RaterScore(rater, score) : s);
        }
        if (!found) {
            if (scores.size() >= settings.maxRaters()) {
                throw new InvalidChange(i, "rater", "单位“" + unit.name() + "”指标 " + item.code() + " 已有 "
                        + scores.size() + " 个评分，达到集中考评组人数 " + settings.maxRaters() + "，请填写已评分的评分人");
            }
            scores.add(new RaterScore(rater, score));
        }
        return scores;
    }

    private static BigDecimal number(String text, int i, String what) {
        if (text.isEmpty()) {
            throw new InvalidChange(i, "value", "请填写" + what);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidChange(i, "value", what + "“" + text + "”不是数字");
        }
    }

    /**
     * One unit's line in the comparison: its composite, series rank and band, live and in the sandbox.
     * The sandbox side is {@code null} only for units the sandbox does not score, which cannot happen
     * with {@link #apply} (it keeps every unit).
     */
    public record Line(String unitId, String name, String series, String group,
                       BigDecimal liveComposite, BigDecimal sandboxComposite,
                       @Nullable Integer liveRank, @Nullable Integer sandboxRank,
                       @Nullable String liveBand, @Nullable String sandboxBand,
                       boolean liveComplete, boolean sandboxComplete) {

        public boolean compositeChanged() {
            return liveComposite.compareTo(sandboxComposite) != 0;
        }

        public boolean rankChanged() {
            return !Objects.equals(liveRank, sandboxRank);
        }

        public boolean bandChanged() {
            return !Objects.equals(liveBand, sandboxBand);
        }

        public boolean changed() {
            return compositeChanged() || rankChanged() || bandChanged() || liveComplete != sandboxComplete;
        }

        /** 综合得分的变化, sandbox minus live. */
        public BigDecimal delta() {
            return sandboxComposite.subtract(liveComposite);
        }
    }

    /** Every unit of the sandbox against its live line, in the sandbox's ranked order. */
    public static List<Line> compare(Results live, Results sandbox) {
        List<Line> lines = new ArrayList<>();
        for (UnitResult now : sandbox.ranked()) {
            UnitResult was = live.unit(now.unitId()).orElseThrow(() -> new IllegalArgumentException(
                    "模拟结果中的单位“" + now.name() + "”不在实时结果中"));
            lines.add(new Line(now.unitId(), now.name(), now.series(), now.group(), was.composite(), now.composite(),
                    was.rankInSeries(), now.rankInSeries(), was.band(), now.band(), was.isComplete(),
                    now.isComplete()));
        }
        return lines;
    }
}
