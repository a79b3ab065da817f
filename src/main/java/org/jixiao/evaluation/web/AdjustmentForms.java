package org.jixiao.evaluation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jixiao.evaluation.Promotion;
import org.jixiao.evaluation.assessment.AdjustmentLimits;
import org.jixiao.web.DecimalText;
import org.jspecify.annotations.Nullable;

/** The forms of the 加减分 page as typed; a field too long comes back beside the field. */
final class AdjustmentForms {

    private AdjustmentForms() {
    }

    /** 公众评议得分. */
    record Appraisal(@Size(max = DecimalText.MAX_LENGTH, message = "{ev.adjust.appraisal}{field.tooLong}")
                     @Nullable String score) {
    }

    /** 正向激励加分: a level from the settings and the award's name. */
    record Incentive(@Size(max = AdjustmentLimits.INCENTIVE_LEVEL, message = "{field.label.incentiveLevel}{field.tooLong}")
                     @Nullable String level,
                     @Size(max = AdjustmentLimits.REASON, message = "{ev.adjust.awardName}{field.tooLong}")
                     @Nullable String reason) {
    }

    /** 察访核验扣分. */
    record Deduction(@Size(max = DecimalText.MAX_LENGTH, message = "{ev.adjust.points}{field.tooLong}")
                     @Nullable String points,
                     @Size(max = AdjustmentLimits.REASON, message = "{ev.adjust.reason}{field.tooLong}")
                     @Nullable String reason,
                     @Size(max = AdjustmentLimits.EVIDENCE, message = "{ev.adjust.evidence}{field.tooLong}")
                     @Nullable String evidence) {
    }

    /** 晋档 / 提档: the row, the kind and what justifies it (a pilot and its level, or a media report). */
    record PromotionForm(@NotNull(message = "{field.label.promotionRow}{field.required}") @Nullable UUID rowId,
                         @NotNull(message = "{field.label.promotionKind}{field.required}")
                         Promotion.@Nullable Kind kind,
                         @Size(max = AdjustmentLimits.REASON, message = "{field.label.promotionReason}{field.tooLong}")
                         @Nullable String reason) {
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
