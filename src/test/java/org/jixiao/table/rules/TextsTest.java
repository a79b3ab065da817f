package org.jixiao.table.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void normalizationIgnoresWhitespaceAndFullOrHalfWidthPunctuation() {
        assertThat(Texts.normalized("党委（党组）意识形态 工作责任制。"))
                .isEqualTo(Texts.normalized("党委(党组)意识形态工作责任制."))
                .isEqualTo("党委党组意识形态工作责任制");
    }

    @Test
    void normalizationFoldsFullWidthDigits() {
        assertThat(Texts.normalized("提升１２３４５热线")).isEqualTo("提升12345热线");
    }

    @Test
    void findsKeywordsInListOrder() {
        assertThat(Texts.keywordsIn("开展精神文明和党建共建", List.of("党建", "综治", "精神文明")))
                .containsExactly("党建", "精神文明");
    }
}
