package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.jixiao.evaluation.assessment.EvaluationSettings;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.evaluation.assessment.SelfEvaluationService;
import org.jixiao.evaluation.assessment.SettingsService;
import org.jixiao.evaluation.assessment.SubmissionMinimum;
import org.jixiao.evaluation.assessment.SubmissionStatus;
import org.jixiao.organization.Account;
import org.jixiao.organization.CurrentUser;
import org.jixiao.support.IntegrationTest;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 自评提交最低填写比例: below the cycle's minimum share of rows with 完成情况 a submission is refused
 * naming filled/total and the minimum; at it the confirmation of the unfilled rows still applies.
 */
@IntegrationTest
class SelfSubmitMinimumIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    Participants participants;

    @Autowired
    SettingsService settings;

    @Autowired
    SelfEvaluationService selfEvaluation;

    @Autowired
    UserDetailsService users;

    EvaluationWorlds.World world;
    long cycle;
    long unitA;
    List<ScoredRow> rows;
    String page;
    String submit;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        cycle = world.cycleId();
        unitA = world.base().unitA().id();
        rows = participants.one(cycle, unitA).rows().rows();
        page = "/evaluation/cycles/" + cycle + "/units/" + unitA + "/self";
        submit = page + "/submit";
    }

    private RequestPostProcessor as(Account account) {
        return user(users.loadUserByUsername(account.username()));
    }

    private void setMinimum(int percent) {
        EvaluationSettings current = settings.settings(cycle);
        settings.update(cycle, new EvaluationSettings(current.scoring(), current.defaultScheme(),
                current.leadDepartments(), new SubmissionMinimum(percent)), settings.versioned(cycle).version(),
                world.admin());
    }

    private void fill(int count) {
        CurrentUser clerk = CurrentUser.of(world.base().clerkA());
        for (ScoredRow row : rows.subList(0, count)) {
            selfEvaluation.save(cycle, unitA, row.rowId(), "全年完成", "", null, "", clerk);
        }
    }

    private int needed(int percent) {
        return new SubmissionMinimum(percent).rowsNeeded(rows.size());
    }

    @Test
    void belowTheMinimumSubmissionIsRefusedNamingFilledTotalAndMinimumEvenWhenConfirmed() throws Exception {
        setMinimum(50);
        int filled = needed(50) - 1;
        fill(filled);
        int unfilled = rows.size() - filled;
        assertThat(filled).as("the fixture's table is large enough to be below 50 %% with rows filled").isPositive();

        Refused refused = org.assertj.core.api.Assertions.catchThrowableOfType(Refused.class, () ->
                selfEvaluation.submit(cycle, unitA, unfilled, CurrentUser.of(world.base().clerkA())));
        assertThat(refused.code()).isEqualTo("SELF_SUBMIT_BELOW_MINIMUM");
        assertThat(refused.getMessage()).contains("已填写完成情况 " + filled + "/" + rows.size() + " 项")
                .contains("最低填写比例 50%").contains("至少 " + needed(50) + " 项");

        String answer = mvc.perform(post(submit).param("confirmUnfilled", String.valueOf(unfilled))
                        .with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the self-evaluation page again, the refusal beside the submit form (not the error page)
        org.jsoup.nodes.Document shown = org.jsoup.Jsoup.parse(answer);
        org.jsoup.nodes.Element message = shown.getElementById("submit-error");
        assertThat(message).as(answer).isNotNull();
        assertThat(message.text()).contains("低于评分规则要求的最低填写比例 50%");
        assertThat(message.closest("form").attr("action")).endsWith("/self/submit");
        assertThat(shown.getElementById("confirm-submit").attr("aria-describedby")).isEqualTo("submit-error");
        assertThat(selfEvaluation.statuses(cycle).get(unitA)).isNotEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void atTheMinimumTheUnfilledRowsMustStillBeConfirmed() {
        setMinimum(50);
        int filled = needed(50);
        fill(filled);
        int unfilled = rows.size() - filled;
        CurrentUser clerk = CurrentUser.of(world.base().clerkA());

        Refused unconfirmed = org.assertj.core.api.Assertions.catchThrowableOfType(Refused.class,
                () -> selfEvaluation.submit(cycle, unitA, -1, clerk));
        assertThat(unconfirmed.code()).isEqualTo("SELF_SUBMIT_CONFIRM");
        assertThat(unconfirmed.getMessage()).contains("尚有 " + unfilled + " 项未填写完成情况");

        selfEvaluation.submit(cycle, unitA, unfilled, clerk);
        assertThat(selfEvaluation.statuses(cycle).get(unitA)).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void anUnconfirmedSubmissionIsRefusedBesideTheSubmitFormOnThePage() throws Exception {
        fill(1);
        String answer = mvc.perform(post(submit).with(as(world.base().clerkA())).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        org.jsoup.nodes.Element message = org.jsoup.Jsoup.parse(answer).getElementById("submit-error");
        assertThat(message).as(answer).isNotNull();
        assertThat(message.text()).contains("项未填写完成情况").contains("确认提交");
        assertThat(message.closest("form").attr("action")).endsWith("/self/submit");
        assertThat(selfEvaluation.statuses(cycle).get(unitA)).isNotEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void theSubmissionPageShowsTheMinimumAndTheCurrentShareBeforeTheClerkClicks() throws Exception {
        setMinimum(50);
        fill(1);
        int share = SubmissionMinimum.share(1, rows.size());
        mvc.perform(get(page).with(as(world.base().clerkA())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("已填写 " + share + "%，低于评分规则要求的最低填写比例 50%（至少 "
                        + needed(50) + " 项填写完成情况后才能提交）")));
        setMinimum(0);
        mvc.perform(get(page).with(as(world.base().clerkA())))
                .andExpect(content().string(Matchers.containsString("已填写 " + share + "%（评分规则未设最低填写比例）")));
    }

    @Test
    void theOfficeSetsTheMinimumOnTheSettingsPageWithItsSourceAndAWrongValueIsNamed() throws Exception {
        String settingsPage = "/evaluation/cycles/" + cycle + "/settings";
        mvc.perform(get(settingsPage).with(as(world.base().admin())))
                .andExpect(content().string(Matchers.containsString("name=\"selfSubmitMinimum\"")))
                .andExpect(content().string(Matchers.containsString("默认 0（本系统默认")));
        var form = org.jixiao.evaluation.assessment.SettingsForm.of(settings.settings(cycle));
        java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>
                request = minimum -> post(settingsPage).param("version", "0")
                .param("maxRaters", form.maxRaters()).param("aggregation", form.aggregation())
                .param("itemScale", form.itemScale()).param("tableShare", form.tableShare())
                .param("appraisalShare", form.appraisalShare()).param("bonusCap", form.bonusCap())
                .param("compositeScale", form.compositeScale()).param("schemes", form.schemes())
                .param("defaultScheme", form.defaultScheme()).param("incentiveLevels", form.incentiveLevels())
                .param("bands", form.bands()).param("leadDepartments", form.leadDepartments())
                .param("fullMark", form.fullMark()).param("deductionCap", form.deductionCap())
                .param("roundingPolicy", form.roundingPolicy()).param("trimMinimum", form.trimMinimum())
                .param("ties", form.ties()).param("selfSubmitMinimum", minimum);
        mvc.perform(request.apply("150").with(as(world.base().admin())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("0 到 100")));
        assertThat(settings.settings(cycle).submissionMinimum()).isEqualTo(SubmissionMinimum.NONE);
        mvc.perform(request.apply("60").with(as(world.base().admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.settings(cycle).submissionMinimum().percent()).isEqualTo(60);
    }
}
