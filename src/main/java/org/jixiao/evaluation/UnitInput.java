package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One assessed unit (参评单位) with its scored items and adjustments.
 *
 * @param id              stable identifier, unique in the scenario
 * @param name            name as published, e.g. 市科技局
 * @param series          系列 the unit is ranked in
 * @param group           组 within the series
 * @param items           scored rows of its table
 * @param incentives      正向激励 awards
 * @param deductions      察访核验扣分
 * @param publicAppraisal 公众评议得分 out of 100; {@code null} while not yet known (then it counts 0
 *                        and the result says so)
 * @param expectedScores  how many rater scores each rater-scored item expects (the unit's panel);
 *                        {@code null} when unknown, then any score completes an item
 */
public record UnitInput(
        String id,
        String name,
        String series,
        String group,
        List<ScoredItem> items,
        List<Incentive> incentives,
        List<Deduction> deductions,
        @Nullable BigDecimal publicAppraisal,
        @Nullable Integer expectedScores) {

    public UnitInput {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("参评单位须有标识");
        }
        id = id.strip();
        name = name == null || name.isBlank() ? id : name.strip();
        series = series == null ? "" : series.strip();
        group = group == null ? "" : group.strip();
        items = List.copyOf(items);
        incentives = List.copyOf(incentives);
        deductions = List.copyOf(deductions);
        if (publicAppraisal != null && (publicAppraisal.signum() < 0
                || publicAppraisal.compareTo(CompositeFormula.APPRAISAL_FULL_MARKS) > 0)) {
            throw new IllegalArgumentException("单位“" + name + "”的公众评议得分 " + publicAppraisal.toPlainString()
                    + " 超出范围，应在 0 到 100 之间");
        }
        if (expectedScores != null && (expectedScores < 1 || expectedScores > ScoringSettings.MAX_PANEL)) {
            throw new IllegalArgumentException("单位“" + name + "”的应评分人数应为 1 到 7 人，当前为 " + expectedScores);
        }
    }

    /** A unit whose panel is not known: any rater score completes an item. */
    public UnitInput(String id, String name, String series, String group, List<ScoredItem> items,
                     List<Incentive> incentives, List<Deduction> deductions, @Nullable BigDecimal publicAppraisal) {
        this(id, name, series, group, items, incentives, deductions, publicAppraisal, null);
    }
}
