package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 模拟测算 on the worked example of docs/scoring.md: each kind of change, each refusal, the diff. */
class WhatIfTest {

    private final Scenario live = Scenarios.workedExample();
    private final Results liveResults = ScoringEngine.score(live);

    private static WhatIf.Change change(String kind, String unit, String item, String rater, String value,
                                        String reason) {
        return new WhatIf.Change(kind, unit, item, rater, value, reason);
    }

    private UnitInput unit(Scenario scenario, String id) {
        return scenario.units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private ScoredItem item(Scenario scenario, String unit, String code) {
        return unit(scenario, unit).items().stream().filter(i -> i.code().value().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void theAppraisalIsSetOrCleared() {
        Scenario set = WhatIf.apply(live, List.of(change("appraisal", "gongxin", "", "", "70", "")));
        Scenario cleared = WhatIf.apply(live, List.of(change(" appraisal ", "gongxin", "", "", "", "")));

        assertThat(unit(set, "gongxin").publicAppraisal()).isEqualByComparingTo("70");
        assertThat(unit(cleared, "gongxin").publicAppraisal()).isNull();
        assertThat(unit(set, "keji")).isEqualTo(unit(live, "keji"));
        assertThat(set.unscorable()).isEqualTo(live.unscorable());
    }

    @Test
    void aTierIsSetOrClearedKeepingItsPromotions() {
        Scenario set = WhatIf.apply(live, List.of(change("tier", "keji", "1-1-2", "", "1", "")));
        Scenario cleared = WhatIf.apply(live, List.of(change("tier", "keji", "1-1-2", "", "", "")));

        assertThat(item(set, "keji", "1-1-2").tier()).isEqualTo(1);
        assertThat(item(set, "keji", "1-1-2").promotions()).isEqualTo(item(live, "keji", "1-1-2").promotions());
        assertThat(item(cleared, "keji", "1-1-2").tier()).isNull();
    }

    @Test
    void aNamedRatersScoreIsReplacedOrAdded() {
        Scenario replaced = WhatIf.apply(live, List.of(change("score", "keji", "2-2", "考评员2", "4", "")));
        Scenario added = WhatIf.apply(live, List.of(change("score", "keji", "2-2", "考评员9", "1", "")));

        assertThat(item(replaced, "keji", "2-2").raterScores()).containsExactly(
                new RaterScore("考评员1", new BigDecimal("3.5")), new RaterScore("考评员2", new BigDecimal("4")));
        assertThat(item(added, "keji", "2-2").raterScores()).hasSize(3)
                .last().isEqualTo(new RaterScore("考评员9", new BigDecimal("1")));
    }

    @Test
    void withoutARaterEveryScoreOfTheItemTakesTheValue() {
        Scenario all = WhatIf.apply(live, List.of(change("score", "keji", "1-1-1", "", "40", "")));
        Scenario first = WhatIf.apply(live, List.of(change("score", "gongxin", "2-1", "", "3", "")));

        assertThat(item(all, "keji", "1-1-1").raterScores()).hasSize(7)
                .allMatch(s -> s.score().compareTo(new BigDecimal("40")) == 0);
        assertThat(ScoringEngine.score(all).unit("keji").orElseThrow().items().get(0).score())
                .isEqualByComparingTo("40");
        assertThat(item(first, "gongxin", "2-1").raterScores()).containsExactly(new RaterScore("", new BigDecimal("3")));
    }

    @Test
    void aRaterBeyondTheFullPanelIsRefused() {
        assertThatThrownBy(() -> WhatIf.apply(live, List.of(change("score", "keji", "1-1-1", "考评员8", "30", ""))))
                .isInstanceOfSatisfying(WhatIf.InvalidChange.class, e -> {
                    assertThat(e.field()).isEqualTo("rater");
                    assertThat(e.getMessage()).contains("已有 7 个评分");
                });
    }

    @Test
    void adjustmentsAreAdded() {
        Scenario changed = WhatIf.apply(live, List.of(change("deduction", "zigui", "", "", "0.4", "模拟察访扣分"),
                change("incentive", "gongxin", "", "", "国家级", "模拟奖项")));

        assertThat(unit(changed, "zigui").deductions()).hasSize(2).last()
                .isEqualTo(new Deduction(new BigDecimal("0.4"), "模拟察访扣分"));
        assertThat(unit(changed, "gongxin").incentives()).containsExactly(new Incentive("国家级", "模拟奖项"));
    }

    @Test
    void theDiffMarksWhatMovedAndOnlyThat() {
        // 市工信局 and 市自规局 tie on 87.20 in the worked example; a deduction on 市自规局 splits them
        Results sandbox = ScoringEngine.score(WhatIf.apply(live,
                List.of(change("deduction", "zigui", "", "", "1", "模拟察访扣分"))));
        List<WhatIf.Line> lines = WhatIf.compare(liveResults, sandbox);

        WhatIf.Line zigui = lines.stream().filter(l -> l.unitId().equals("zigui")).findFirst().orElseThrow();
        WhatIf.Line keji = lines.stream().filter(l -> l.unitId().equals("keji")).findFirst().orElseThrow();
        assertThat(zigui.compositeChanged()).isTrue();
        assertThat(zigui.delta()).isNegative();
        assertThat(zigui.changed()).isTrue();
        assertThat(keji.changed()).isFalse();
        assertThat(keji.compositeChanged() || keji.rankChanged() || keji.bandChanged()).isFalse();
        assertThat(lines).extracting(WhatIf.Line::unitId).containsExactlyInAnyOrder("keji", "gongxin", "zigui");
    }

    @Test
    void aLineChangesWithItsRankItsBandOrItsState() {
        WhatIf.Line same = new WhatIf.Line("a", "甲", "s", "g", BigDecimal.ONE, BigDecimal.ONE, 1, 1, "优秀", "优秀",
                true, true);
        assertThat(same.changed()).isFalse();
        assertThat(new WhatIf.Line("a", "甲", "s", "g", BigDecimal.ONE, BigDecimal.ONE, 1, 2, "优秀", "优秀", true, true)
                .changed()).isTrue();
        assertThat(new WhatIf.Line("a", "甲", "s", "g", BigDecimal.ONE, BigDecimal.ONE, 1, 1, "优秀", "良好", true, true)
                .changed()).isTrue();
        assertThat(new WhatIf.Line("a", "甲", "s", "g", BigDecimal.ONE, BigDecimal.ONE, 1, 1, "优秀", "优秀", true, false)
                .changed()).isTrue();
    }

    @Test
    void aSandboxUnitMissingFromTheLiveResultsIsAnError() {
        Results other = ScoringEngine.score(new Scenario(live.settings(), List.of(Scenarios.scienceBureau())));
        assertThatThrownBy(() -> WhatIf.compare(other, liveResults)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("不在实时结果中");
    }

    @Test
    void everyKindHasItsCodeAndLabel() {
        assertThat(WhatIf.Kind.values()).extracting(WhatIf.Kind::code)
                .containsExactly("appraisal", "tier", "score", "deduction", "incentive");
        assertThat(WhatIf.Kind.SCORE.label()).isEqualTo("指标评分");
        assertThat(change("deduction", "u", "", "", "1", "x").kindLabel()).isEqualTo("增加扣分");
        assertThat(change("bogus", "u", "", "", "1", "x").kindLabel()).isEqualTo("bogus");
    }

    private void refused(WhatIf.Change change, String field, String message) {
        assertThatThrownBy(() -> WhatIf.apply(live, List.of(change("appraisal", "keji", "", "", "80", ""), change)))
                .isInstanceOfSatisfying(WhatIf.InvalidChange.class, e -> {
                    assertThat(e.index()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void eachWrongInputIsRefusedNamingTheChangeAndTheField() {
        refused(change("bogus", "keji", "", "", "1", ""), "kind", "请选择改动类型");
        refused(change(null, "keji", "", "", "1", ""), "kind", "请选择改动类型");
        refused(change("appraisal", "", "", "", "1", ""), "unitId", "请选择参评单位");
        refused(change("appraisal", "nobody", "", "", "1", ""), "unitId", "“nobody”不在本年度");
        refused(change("appraisal", "keji", "", "", "abc", ""), "value", "公众评议得分“abc”不是数字");
        refused(change("appraisal", "keji", "", "", "101", ""), "value", "超出范围");
        refused(change("tier", "keji", "", "", "1", ""), "item", "请填写指标序号");
        refused(change("tier", "keji", "9-9", "", "1", ""), "item", "没有序号为 9-9 的指标");
        refused(change("tier", "keji", "1-1-2", "", "5", ""), "value", "档次应为 1 到 4 的整数");
        refused(change("tier", "keji", "1-1-2", "", "0", ""), "value", "档次应为 1 到 4 的整数");
        refused(change("tier", "keji", "1-1-2", "", "1.5", ""), "value", "档次应为 1 到 4 的整数");
        refused(change("score", "keji", "2-2", "", "", ""), "value", "请填写评分");
        refused(change("score", "keji", "2-2", "考评员1", "4.5", ""), "value", "超出范围，应在 0 到权重 4 之间");
        refused(change("deduction", "keji", "", "", "-1", "原因"), "value", "扣分应为不小于 0 的分值");
        refused(change("deduction", "keji", "", "", "1", ""), "reason", "须注明原因");
        refused(change("incentive", "keji", "", "", "宇宙级", ""), "value", "可用级别：");
    }

    @Test
    void anItemWithoutAKnownSchemeCannotBeGraded() {
        Scenario odd = new Scenario(live.settings(), List.of(new UnitInput("u", "单位", "系列", "组",
                List.of(ScoredItem.unscored(new org.jixiao.table.IndicatorCode("1-1"), "", org.jixiao.table.Points.of(5),
                        "无此方案")), List.of(), List.of(), null)));
        assertThatThrownBy(() -> WhatIf.apply(odd, List.of(change("tier", "u", "1-1", "", "1", ""))))
                .isInstanceOfSatisfying(WhatIf.InvalidChange.class, e -> {
                    assertThat(e.field()).isEqualTo("item");
                    assertThat(e.getMessage()).contains("没有可用的定档方案");
                });
    }
}
