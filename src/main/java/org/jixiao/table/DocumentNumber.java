package org.jixiao.table;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号 — the number of an official document, such as {@code 泉委办〔2025〕10号}.
 */
public record DocumentNumber(String issuer, int year, String serial) {

    private static final Pattern FORMAT =
            Pattern.compile("([\\p{IsHan}A-Za-z]{1,12})\\s*[〔\\[［(（【]\\s*(\\d{4})\\s*[〕\\]］)）】]\\s*(\\d{1,4})\\s*号");

    public DocumentNumber {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("文号缺少发文机关代字");
        }
        if (year < 1949 || year > 2100) {
            throw new IllegalArgumentException("文号年份不正确：" + year);
        }
        if (serial == null || !serial.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("文号序号不正确：" + serial);
        }
    }

    public static DocumentNumber parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(
                "“" + text + "”不是有效的文号，应形如 泉委办〔2025〕10号"));
    }

    /** The first document number written anywhere in {@code text}, with brackets normalized to 〔〕. */
    public static Optional<DocumentNumber> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentNumber(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
    }

    @Override
    public String toString() {
        return issuer + "〔" + year + "〕" + serial + "号";
    }
}
