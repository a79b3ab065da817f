package org.jixiao.evaluation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The composite, part by part: tablePart + appraisalPart + bonus − deductions = unrounded → composite.
 *
 * @param tableScore      考评表得分: sum of item scores
 * @param tableTotal      the table's row total: sum of item weights (shown; it scales nothing)
 * @param fullMark        the cycle's full mark the appraisal is scaled to (100 unless configured)
 * @param tablePart       tableScore × tableShare, exact
 * @param publicAppraisal 公众评议得分 out of 100 as entered; {@code null} when missing (counts 0)
 * @param appraisalScaled publicAppraisal / 100 × fullMark, exact (as written on a 100-point cycle)
 * @param appraisalPart   appraisalScaled × appraisalShare, exact
 * @param bonus           正向激励加分 after the cap
 * @param deductions      察访核验扣分
 * @param unrounded       the exact sum
 * @param composite       the sum rounded with the formula's rounding
 */
public record CompositeBreakdown(BigDecimal tableScore, BigDecimal tableTotal, BigDecimal fullMark,
                                 BigDecimal tableShare,
                                 BigDecimal tablePart, @Nullable BigDecimal publicAppraisal,
                                 BigDecimal appraisalScaled, BigDecimal appraisalShare, BigDecimal appraisalPart,
                                 BigDecimal bonus, BigDecimal deductions, BigDecimal unrounded,
                                 BigDecimal composite) {
}
