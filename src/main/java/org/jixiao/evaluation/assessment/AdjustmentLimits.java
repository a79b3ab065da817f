package org.jixiao.evaluation.assessment;

/** The longest texts of the 加减分 fields (columns of V22): the forms' {@code @Size} and the service's check. */
public final class AdjustmentLimits {

    public static final int REASON = 500;
    public static final int INCENTIVE_LEVEL = 50;
    public static final int EVIDENCE = 1000;

    private AdjustmentLimits() {
    }
}
