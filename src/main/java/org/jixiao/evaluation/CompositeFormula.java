package org.jixiao.evaluation;

import java.math.BigDecimal;

/**
 * 综合得分 — 考评表得分 × tableShare + 公众评议得分 × appraisalShare + 正向激励加分 (capped) − 察访核验扣分.
 *
 * <p>The public appraisal is a score out of 100; it is scaled to the unit's table total (the sum of
 * its item weights) before its share is taken, so that both parts speak the same points: with a
 * 100-point table 86.4 counts as 86.4, with a 1000-point table as 864. Only the final composite is
 * rounded; every part before it is exact.
 *
 * @param tableShare     share of the table score, default 0.70
 * @param appraisalShare share of the public appraisal, default 0.30
 * @param bonusCap       most the positive incentives may add in total, default 2
 * @param rounding       rounding of the composite, default 2 decimals HALF_UP
 */
public record CompositeFormula(BigDecimal tableShare, BigDecimal appraisalShare, BigDecimal bonusCap,
                               Rounding rounding) {

    public static final BigDecimal APPRAISAL_FULL_MARKS = BigDecimal.valueOf(100);

    /** Seed 001: 考评表得分 × 70% + 公众评议得分 × 30% + 正向激励加分 − 察访核验扣分. */
    public static final CompositeFormula SEED_001 = new CompositeFormula(new BigDecimal("0.70"),
            new BigDecimal("0.30"), new BigDecimal("2"), Rounding.HUNDREDTHS);

    public CompositeFormula {
        if (tableShare == null || appraisalShare == null || bonusCap == null || rounding == null) {
            throw new IllegalArgumentException("综合得分公式须给出考评表占比、公众评议占比、加分上限和舍入方式");
        }
        if (tableShare.signum() < 0 || appraisalShare.signum() < 0
                || tableShare.add(appraisalShare).compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("考评表占比与公众评议占比应不小于 0，且合计不超过 1（当前为 "
                    + tableShare.toPlainString() + " 与 " + appraisalShare.toPlainString() + "）");
        }
        if (bonusCap.signum() < 0) {
            throw new IllegalArgumentException("正向激励加分上限不能为负数");
        }
    }
}
