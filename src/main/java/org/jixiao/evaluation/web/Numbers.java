package org.jixiao.evaluation.web;

import java.math.BigDecimal;
import org.jixiao.web.DecimalText;
import org.jixiao.web.MaxLength;
import org.jspecify.annotations.Nullable;

/** Reads numbers typed into forms; a blank field means "none", anything else must be a number. */
final class Numbers {

    private Numbers() {
    }

    static @Nullable BigDecimal decimal(@Nullable String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        MaxLength.check(text, what, DecimalText.MAX_LENGTH);
        try {
            return DecimalText.parse(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + "“" + text.strip() + "”不是有效的数值");
        }
    }

    static @Nullable Integer tier(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("档次“" + text.strip() + "”无效，请从列表中选择");
        }
    }
}
