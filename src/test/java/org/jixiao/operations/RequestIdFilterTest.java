package org.jixiao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

    @Test
    void keepsACallersPlainTokenId() {
        assertThat(RequestIdFilter.accepted("lb-4711.a_b:c")).isEqualTo("lb-4711.a_b:c");
    }

    @Test
    void replacesAnIdThatCouldForgeLogLinesOrIsMissing() {
        for (String offered : new String[] {"a b", "x\ny", "\"quoted\"", "", "a".repeat(65), null}) {
            assertThat(RequestIdFilter.accepted(offered)).as(String.valueOf(offered))
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }
}
