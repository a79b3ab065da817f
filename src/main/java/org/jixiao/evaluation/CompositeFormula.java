package org.jixiao.evaluation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * 综合得分 — 考评表得分 × tableShare + 公众评议得分 × appraisalShare + 正向激励加分 (capped) − 察访核验扣分
 * (capped), the formula of seed 001.
 *
 * <p>The public appraisal is entered out of 100 and enters the formula as written on a 100-point
 * cycle; on a cycle of another full mark (a 1000-point table) it is scaled by fullMark ÷ 100, so that
 * both parts speak the same points. The table's own row total never scales it: a table whose rows
 * total 93.5 with an appraisal of 85 gives 93.5 × 0.7 + 85 × 0.3 = 90.95.
 *
 * @param tableShare     share of the table score, default 0.70 (seed 001)
 * @param appraisalShare share of the public appraisal, default 0.30 (seed 001)
 * @param bonusCap       most the positive incentives may add in total, default 2 (本系统默认)
 * @param rounding       rounding of the composite, default 2 decimals HALF_UP (本系统默认)
 * @param fullMark       the cycle's full mark (考评满分), default 100 (本系统默认); 1000 for a 1000-point cycle
 * @param deductionCap   most the spot-check deductions may take off in total, default 10 (本系统默认);
 *                       {@code null} for no cap
 */
public record CompositeFormula(BigDecimal tableShare, BigDecimal appraisalShare, BigDecimal bonusCap,
                               Rounding rounding, BigDecimal fullMark, @Nullable BigDecimal deductionCap) {

    public static final BigDecimal APPRAISAL_FULL_MARKS = BigDecimal.valueOf(100);
    public static final BigDecimal DEFAULT_FULL_MARK = BigDecimal.valueOf(100);
    public static final BigDecimal DEFAULT_DEDUCTION_CAP = BigDecimal.TEN;

    /** Seed 001: 考评表得分 × 70% + 公众评议得分 × 30% + 正向激励加分 − 察访核验扣分; caps are 本系统默认. */
    public static final CompositeFormula SEED_001 = new CompositeFormula(new BigDecimal("0.70"),
            new BigDecimal("0.30"), new BigDecimal("2"), Rounding.HUNDREDTHS);

    public CompositeFormula {
        if (tableShare == null || appraisalShare == null || bonusCap == null || rounding == null
                || fullMark == null) {
            throw new IllegalArgumentException("综合得分公式须给出考评表占比、公众评议占比、加分上限、舍入方式和考评满分");
        }
        if (tableShare.signum() < 0 || appraisalShare.signum() < 0
                || tableShare.add(appraisalShare).compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("考评表占比与公众评议占比应不小于 0，且合计不超过 1（当前为 "
                    + tableShare.toPlainString() + " 与 " + appraisalShare.toPlainString() + "）");
        }
        if (bonusCap.signum() < 0) {
            throw new IllegalArgumentException("正向激励加分上限不能为负数");
        }
        if (fullMark.signum() <= 0) {
            throw new IllegalArgumentException("考评满分应大于 0（如 100 或 1000），当前为 " + fullMark.toPlainString());
        }
        if (deductionCap != null && deductionCap.signum() < 0) {
            throw new IllegalArgumentException("察访核验扣分上限不能为负数");
        }
    }

    /** A 100-point formula with the default deduction cap. */
    public CompositeFormula(BigDecimal tableShare, BigDecimal appraisalShare, BigDecimal bonusCap, Rounding rounding) {
        this(tableShare, appraisalShare, bonusCap, rounding, DEFAULT_FULL_MARK, DEFAULT_DEDUCTION_CAP);
    }

    /** The public appraisal (out of 100) in the cycle's points: × fullMark ÷ 100. */
    BigDecimal scaleAppraisal(BigDecimal appraisal) {
        // dividing by 100 only moves the decimal point: exact
        return appraisal.multiply(fullMark).movePointLeft(2);
    }
}
