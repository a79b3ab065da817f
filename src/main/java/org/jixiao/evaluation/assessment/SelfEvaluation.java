package org.jixiao.evaluation.assessment;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 自评 of one scored row.
 *
 * @param completion   全年完成情况
 * @param evidenceText 定档举证情况
 * @param proposedTier the tier the unit proposes, 1 = top; {@code null} when none
 */
public record SelfEvaluation(UUID rowId, String completion, String evidenceText, @Nullable Integer proposedTier,
                             Instant updatedAt, String updatedBy) {

    public static final int MAX_TEXT = 4000;

    public SelfEvaluation {
        completion = completion == null ? "" : completion.strip();
        evidenceText = evidenceText == null ? "" : evidenceText.strip();
        if (completion.length() > MAX_TEXT || evidenceText.length() > MAX_TEXT) {
            throw new IllegalArgumentException("完成情况和定档举证各不超过 " + MAX_TEXT + " 字");
        }
    }
}
