package org.jixiao.table.rules;

import java.text.Normalizer;
import java.util.List;

/** Text comparison the way a reviewer reads: whitespace and full/half-width punctuation do not count. */
final class Texts {

    private static final java.util.regex.Pattern SPACE_AND_PUNCTUATION =
            java.util.regex.Pattern.compile("[\\s\\p{P}\\p{S}]");

    private Texts() {
    }

    /** NFKC folds full-width forms to half-width; then whitespace and punctuation are dropped. */
    static String normalized(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        return SPACE_AND_PUNCTUATION.matcher(folded).replaceAll("");
    }

    /** The keywords of {@code keywords} that occur in {@code text}, in the order of the list. */
    static List<String> keywordsIn(String text, List<String> keywords) {
        String normalized = normalized(text);
        return keywords.stream()
                .filter(keyword -> !keyword.isBlank() && normalized.contains(normalized(keyword)))
                .toList();
    }

    static String codeOrRow(String code) {
        return code.isEmpty() ? "（无序号）" : code;
    }
}
