package org.jixiao.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as people type it into a form field: plain decimal notation, at most 15 digits before
 * and 6 after the point ({@code 4}, {@code 1.5}, {@code -0.25}; full-width digits too). {@link BigDecimal}'s own
 * parser also takes {@code 1e99999} or a thousand digits, which no score, weight or share is and which
 * fail later where no one expects them (in the database, or writing the audit trail's JSON); here
 * they are refused like any other text that is not a number, with the caller's Chinese message.
 */
public final class DecimalText {

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d{1,15}(\\.\\d{0,6})?|\\.\\d{1,6})",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** The longest such number as typed: sign, 15 digits, point and 6 digits (the fields' {@code maxlength}). */
    public static final int MAX_LENGTH = 23;

    private DecimalText() {
    }

    /**
     * @throws NumberFormatException when the text is not a plain decimal number of that size
     */
    public static BigDecimal parse(String text) {
        String stripped = text.strip();
        if (!PLAIN.matcher(stripped).matches()) {
            throw new NumberFormatException("not a plain decimal of at most 15 + 6 digits");
        }
        return new BigDecimal(stripped);
    }
}
