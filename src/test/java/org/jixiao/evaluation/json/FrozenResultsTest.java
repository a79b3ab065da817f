package org.jixiao.evaluation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.evaluation.Results;
import org.jixiao.evaluation.ScoringEngine;
import org.junit.jupiter.api.Test;

class FrozenResultsTest {

    @Test
    void readsBackEveryFigureOfAResultsDocument() throws IOException {
        String written;
        try (InputStream in = Files.newInputStream(Path.of("docs/examples/scenario.json"))) {
            written = ResultsJson.write(ScoringEngine.score(ScenarioJson.read(in)));
        }
        Results frozen = FrozenResults.read(written);
        assertThat(ResultsJson.write(frozen)).isEqualTo(written);
        assertThat(frozen.unit("keji").orElseThrow().composite()).isEqualByComparingTo("91.72");
        assertThat(frozen.unit("gongxin").orElseThrow().rankInSeries()).isNull();
    }

    @Test
    void aFrozenDocumentIsShownAsWrittenEvenWhereTodaysEngineWouldDiffer() {
        // a version published by an older engine: its composite stays what was published
        String old = """
                {"units": [{"id": "a", "name": "甲", "series": "", "group": "", "tableScore": 93.5, "tableTotal": 93.5,
                  "composite": 89.29, "rankInSeries": 1, "rankInGroup": 1, "band": "良好", "pendingItems": 0,
                  "publicAppraisalPending": false, "complete": true, "items": [],
                  "adjustments": {"incentives": [], "bonusClaimed": 0, "bonusCap": 2, "bonus": 0, "deductions": [],
                                  "deductionTotal": 0},
                  "breakdown": {"tableScore": 93.5, "tableShare": 0.7, "tablePart": 65.45, "publicAppraisal": 85,
                                "tableTotal": 93.5, "appraisalScaled": 79.475, "appraisalShare": 0.3,
                                "appraisalPart": 23.8425, "bonus": 0, "deductions": 0, "unrounded": 89.2925,
                                "composite": 89.29}}]}
                """;
        Results frozen = FrozenResults.read(old);
        assertThat(frozen.units().get(0).composite()).isEqualByComparingTo("89.29");
        assertThat(frozen.units().get(0).stateLabel()).isEqualTo("完成");
    }
}
