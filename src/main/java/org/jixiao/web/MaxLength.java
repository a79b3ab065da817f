package org.jixiao.web;

import org.jspecify.annotations.Nullable;

/**
 * The one length check of free-text form fields: a value longer than the field's documented maximum
 * (the {@code maxlength} the page shows, normally the column size) is refused before anything is
 * written, with the field's name and both lengths, code {@code TOO_LONG}.
 */
public final class MaxLength {

    private MaxLength() {
    }

    public static void check(@Nullable String value, String label, int max) {
        int length = value == null ? 0 : value.strip().length();
        if (length > max) {
            throw Refused.invalid("TOO_LONG", label + "不能超过 " + max + " 个字（现为 " + length + " 个），请精简后再保存");
        }
    }
}
