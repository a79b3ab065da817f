package org.jixiao.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.evaluation.Aggregation;
import org.jixiao.evaluation.GradeScheme;
import org.jixiao.evaluation.RatingBands;
import org.junit.jupiter.api.Test;

class SettingsFormTest {

    @Test
    void defaultsSurviveTheFormAndTheStoredJson() {
        EvaluationSettings defaults = EvaluationSettings.defaults();
        EvaluationSettings parsed = SettingsForm.of(defaults).parse().settings().orElseThrow();
        assertThat(parsed).isEqualTo(defaults);
        assertThat(ScenarioDocuments.readSettings(ScenarioDocuments.writeSettings(parsed))).isEqualTo(defaults);
    }

    @Test
    void readsDifferentialSchemesAndRankShareBands() {
        SettingsForm form = new SettingsForm("5", "MEDIAN", "2", "0.8", "0.2", "3", "1",
                "甲：好 1、差 0.5\n层差：一档、二档、三档；层差 1", "甲", "省级 1", "优秀 20%、良好 50%、一般",
                "市委文明办：精神文明；方案 层差");
        EvaluationSettings settings = form.parse().settings().orElseThrow();
        assertThat(settings.scoring().aggregation()).isEqualTo(Aggregation.MEDIAN);
        assertThat(settings.scoring().schemes().get("层差")).isInstanceOf(GradeScheme.Differential.class);
        assertThat(settings.scoring().bands()).isInstanceOf(RatingBands.RankShares.class);
        assertThat(((RatingBands.RankShares) settings.scoring().bands()).bands().get(0).share())
                .isEqualByComparingTo(new BigDecimal("0.2"));
        assertThat(settings.leadDepartments().get(0).scheme()).isEqualTo("层差");
    }

    @Test
    void explainsEachWrongFieldInChinese() {
        SettingsForm form = new SettingsForm("9", "MEAN", "2", "0.8", "0.3", "2", "2", "甲：好", "乙", "省级 一",
                "优秀 90、良好", "市委文明办");
        var errors = form.parse().errors();
        assertThat(errors).containsKeys("maxRaters", "schemes", "incentiveLevels", "leadDepartments");
        assertThat(errors.get("maxRaters")).contains("1 到 7");
        assertThat(errors.get("schemes")).contains("名称 系数");
    }

    @Test
    void refusesSharesAddingUpToMoreThanOne() {
        SettingsForm form = SettingsForm.of(EvaluationSettings.defaults());
        SettingsForm wrong = new SettingsForm(form.maxRaters(), form.aggregation(), form.itemScale(), "0.8", "0.3",
                form.bonusCap(), form.compositeScale(), form.schemes(), form.defaultScheme(), form.incentiveLevels(),
                form.bands(), form.leadDepartments());
        assertThat(wrong.parse().errors().get("tableShare")).contains("合计不超过 1");
    }

    @Test
    void readsTheDocumentsArithmeticAndNamesTheWrongField() {
        SettingsForm form = SettingsForm.of(EvaluationSettings.defaults());
        assertThat(form.fullMark()).isEqualTo("100");
        assertThat(form.deductionCap()).isEqualTo("10");
        SettingsForm thousand = new SettingsForm(form.maxRaters(), form.aggregation(), form.itemScale(),
                form.tableShare(), form.appraisalShare(), form.bonusCap(), form.compositeScale(), form.schemes(),
                form.defaultScheme(), form.incentiveLevels(), "优秀 20%、良好 50%、一般", form.leadDepartments(), "1000", "",
                "PER_ITEM", "4", "true", "TIES_SHARE");
        org.jixiao.evaluation.ScoringSettings parsed = thousand.parse().settings().orElseThrow().scoring();
        assertThat(parsed.formula().fullMark()).isEqualByComparingTo("1000");
        assertThat(parsed.formula().deductionCap()).isNull();
        assertThat(parsed.roundingPolicy()).isEqualTo(org.jixiao.evaluation.RoundingPolicy.PER_ITEM);
        assertThat(parsed.trimMinimum()).isEqualTo(4);
        assertThat(parsed.provisional()).isTrue();
        assertThat(((org.jixiao.evaluation.RatingBands.RankShares) parsed.bands()).ties())
                .isEqualTo(org.jixiao.evaluation.TieRule.TIES_SHARE);
        SettingsForm wrong = new SettingsForm(form.maxRaters(), form.aggregation(), form.itemScale(),
                form.tableShare(), form.appraisalShare(), form.bonusCap(), form.compositeScale(), form.schemes(),
                form.defaultScheme(), form.incentiveLevels(), form.bands(), form.leadDepartments(), "0", "-1",
                "ONCE_AT_END", "2", "", "STRICT");
        assertThat(wrong.parse().errors()).containsKeys("deductionCap", "trimMinimum");
    }

    @Test
    void readsTheSelfEvaluationMinimumAndKeepsItThroughTheStoredJson() {
        SettingsForm form = SettingsForm.of(EvaluationSettings.defaults());
        assertThat(form.selfSubmitMinimum()).isEqualTo("0");
        SettingsForm half = new SettingsForm(form.maxRaters(), form.aggregation(), form.itemScale(),
                form.tableShare(), form.appraisalShare(), form.bonusCap(), form.compositeScale(), form.schemes(),
                form.defaultScheme(), form.incentiveLevels(), form.bands(), form.leadDepartments(), form.fullMark(),
                form.deductionCap(), form.roundingPolicy(), form.trimMinimum(), form.provisional(), form.ties(), "50%");
        EvaluationSettings parsed = half.parse().settings().orElseThrow();
        assertThat(parsed.submissionMinimum().percent()).isEqualTo(50);
        assertThat(ScenarioDocuments.readSettings(ScenarioDocuments.writeSettings(parsed))).isEqualTo(parsed);
        assertThat(SettingsForm.of(parsed).selfSubmitMinimum()).isEqualTo("50");

        SettingsForm tooMuch = new SettingsForm(form.maxRaters(), form.aggregation(), form.itemScale(),
                form.tableShare(), form.appraisalShare(), form.bonusCap(), form.compositeScale(), form.schemes(),
                form.defaultScheme(), form.incentiveLevels(), form.bands(), form.leadDepartments(), form.fullMark(),
                form.deductionCap(), form.roundingPolicy(), form.trimMinimum(), form.provisional(), form.ties(), "120");
        assertThat(tooMuch.parse().errors().get("selfSubmitMinimum")).contains("0 到 100");
    }

    @Test
    void settingsStoredBeforeTheMinimumExistedReadAsNoMinimum() {
        String stored = ScenarioDocuments.writeSettings(EvaluationSettings.defaults()).replace(",\"selfSubmitMinimum\":0", "");
        assertThat(stored).doesNotContain("selfSubmitMinimum");
        assertThat(ScenarioDocuments.readSettings(stored).submissionMinimum()).isEqualTo(SubmissionMinimum.NONE);
    }
}
