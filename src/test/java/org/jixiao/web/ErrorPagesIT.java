package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.organization.Account;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One error page for 400/403/404/409 that shows the specific Chinese reason, and never a Java
 * exception's English text, whatever a user types into the address bar.
 */
@IntegrationTest
class ErrorPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    UserDetailsService users;

    EvaluationWorlds.World world;
    long cycle;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        cycle = world.cycleId();
    }

    private RequestPostProcessor as(Account account) {
        return user(users.loadUserByUsername(account.username()));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static void assertNoJavaText(String page) {
        assertThat(page).doesNotContain("Exception", "java.", "Invalid UUID", "Failed to convert", "No static resource");
    }

    @Test
    void aMalformedTableIdAnswersBadRequestInChinese() throws Exception {
        String page = body(mvc.perform(get("/tables/not-a-uuid").with(as(world.base().clerkA())))
                .andExpect(status().isBadRequest()));
        assertThat(page).contains("地址或提交的内容格式不正确");
        assertNoJavaText(page);
    }

    @Test
    void aMalformedCycleIdAnswersBadRequestInChinese() throws Exception {
        String page = body(mvc.perform(get("/evaluation/cycles/abc").with(as(world.base().admin())))
                .andExpect(status().isBadRequest()));
        assertThat(page).contains("地址或提交的内容格式不正确", "400");
        assertNoJavaText(page);
    }

    @Test
    void anUnknownAddressAnswersNotFoundInChinese() throws Exception {
        String page = body(mvc.perform(get("/no/such/page").with(as(world.base().admin())))
                .andExpect(status().isNotFound()));
        assertThat(page).contains("页面不存在");
        assertNoJavaText(page);
    }

    @Test
    void aMissingCycleShowsWhichOneWasAskedFor() throws Exception {
        String page = body(mvc.perform(get("/evaluation/cycles/987654321").with(as(world.base().admin())))
                .andExpect(status().isNotFound()));
        assertThat(page).contains("考评年度不存在");
    }

    @Test
    void aRefusedSubmissionShowsTheServicesOwnReason() throws Exception {
        long unitA = world.base().unitA().id();
        String page = body(mvc.perform(post("/evaluation/cycles/" + cycle + "/units/" + unitA + "/self/submit")
                        .with(as(world.base().leaderA())).with(csrf()))
                .andExpect(status().isForbidden()));
        assertThat(page).contains("只有本单位经办人可以提交自评").doesNotContain("您无权进行此操作");
    }

    @Test
    void aRefusalInAnHtmxRequestIsSwappedIntoTheMessageArea() throws Exception {
        long unitA = world.base().unitA().id();
        mvc.perform(post("/evaluation/cycles/" + cycle + "/units/" + unitA + "/self/submit")
                        .header("HX-Request", "true").with(as(world.base().leaderA())).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Retarget", "#messages"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("只有本单位经办人可以提交自评")));
    }
}
