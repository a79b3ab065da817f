package org.jixiao.evaluation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Applies the composite formula; every part is exact, only the sum is rounded. */
final class Composite {

    private Composite() {
    }

    static CompositeBreakdown of(CompositeFormula formula, BigDecimal tableScore, BigDecimal tableTotal,
                                 @Nullable BigDecimal publicAppraisal, Adjustments adjustments) {
        BigDecimal tablePart = tableScore.multiply(formula.tableShare());
        BigDecimal appraisal = publicAppraisal == null ? BigDecimal.ZERO : publicAppraisal;
        BigDecimal appraisalScaled = formula.scaleAppraisal(appraisal);
        BigDecimal appraisalPart = appraisalScaled.multiply(formula.appraisalShare());
        BigDecimal unrounded = tablePart.add(appraisalPart).add(adjustments.bonus())
                .subtract(adjustments.deductionTotal());
        return new CompositeBreakdown(tableScore, tableTotal, formula.fullMark(), formula.tableShare(),
                tidy(tablePart), publicAppraisal, tidy(appraisalScaled), formula.appraisalShare(), tidy(appraisalPart), adjustments.bonus(),
                adjustments.deductionTotal(), tidy(unrounded), formula.rounding().apply(unrounded));
    }

    /** The same exact value without the trailing zeros multiplication leaves (64.2950 → 64.295), at least 2 decimals. */
    private static BigDecimal tidy(BigDecimal exact) {
        BigDecimal stripped = exact.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
