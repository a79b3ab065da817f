package org.jixiao.evaluation.assessment;

/**
 * The longest texts of a self-evaluation row (完成情况 and 定档举证 are unbounded columns, limited so that
 * a page and the audit trail stay readable): the form's {@code @Size} and the service's check.
 */
public final class SelfEvaluationLimits {

    public static final int COMPLETION = 4000;
    public static final int EVIDENCE_TEXT = 4000;

    private SelfEvaluationLimits() {
    }
}
