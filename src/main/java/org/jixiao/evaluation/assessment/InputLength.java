package org.jixiao.evaluation.assessment;

import org.jixiao.web.MaxLength;
import org.jspecify.annotations.Nullable;

/**
 * The longest text each evaluation form field may hold (the column sizes of V21–V23; 完成情况 and
 * 定档举证 are unbounded columns, limited here so that a page and the audit trail stay readable).
 * Checked before anything is written; a longer value is refused with the field's name and both lengths.
 */
enum InputLength {

    COMPLETION("完成情况", SelfEvaluationLimits.COMPLETION),
    EVIDENCE_TEXT("定档举证", SelfEvaluationLimits.EVIDENCE_TEXT),
    REOPEN_REASON("退回原因", 1000),
    EVIDENCE_FILE_NAME("佐证材料文件名", 255),
    ADJUSTMENT_REASON("理由", AdjustmentLimits.REASON),
    INCENTIVE_LEVEL("奖项级别", AdjustmentLimits.INCENTIVE_LEVEL),
    DEDUCTION_EVIDENCE("扣分依据", AdjustmentLimits.EVIDENCE),
    TIER_OVERRIDE_REASON("改动档次的理由", 500);

    private final String label;
    private final int max;

    InputLength(String label, int max) {
        this.label = label;
        this.max = max;
    }

    int max() {
        return max;
    }

    /** Refuses a value longer than the field allows, saying which field and by how much. */
    void check(@Nullable String value) {
        MaxLength.check(value, label, max);
    }
}
