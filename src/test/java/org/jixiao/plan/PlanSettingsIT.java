package org.jixiao.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.jixiao.organization.Account;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A cycle without 同组互审: the office's review starts at once; only the office switches it. */
@IntegrationTest
class PlanSettingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Test
    void withoutPeerReviewTheOfficeReviewStartsRightAfterSubmission() throws Exception {
        TestWorlds.World world = worlds.create();
        settings(world, world.admin()).andExpect(status().isOk()).andExpect(jsonPath("$.peerReviewEnabled").value(true));

        mvc.perform(put("/api/v1/cycles/{c}/plan-settings", world.cycle().id())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"peerReviewEnabled\": false}")
                        .with(httpBasic(world.admin().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.peerReviewEnabled").value(false));
        transition(world, world.clerkA(), "SUBMIT").andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(get("/tables/{t}", world.tableA()).with(user(SignedInAccount.of(world.admin()))))
                .andExpect(content().string(Matchers.containsString("开始集中审核")))
                .andExpect(content().string(Matchers.containsString("本年度不开展同组互审")));

        transition(world, world.admin(), "START_PEER_REVIEW").andExpect(jsonPath("$.status").value("OFFICE_REVIEW"));
    }

    @Test
    void onlyTheOfficeSwitchesThePeerReview() throws Exception {
        TestWorlds.World world = worlds.create();
        mvc.perform(put("/api/v1/cycles/{c}/plan-settings", world.cycle().id())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"peerReviewEnabled\": false}")
                        .with(httpBasic(world.clerkA().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PLAN_NOT_ALLOWED"));
        mvc.perform(put("/api/v1/cycles/{c}/plan-settings", world.cycle().id())
                        .contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(httpBasic(world.admin().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isBadRequest());
        settings(world, world.clerkA()).andExpect(jsonPath("$.peerReviewEnabled").value(true));
        mvc.perform(get("/api/v1/cycles/{c}/plan-settings", 999_999)
                        .with(httpBasic(world.admin().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    private ResultActions settings(TestWorlds.World world, Account account) throws Exception {
        return mvc.perform(get("/api/v1/cycles/{c}/plan-settings", world.cycle().id())
                .with(httpBasic(account.username(), TestWorlds.PASSWORD)));
    }

    private ResultActions transition(TestWorlds.World world, Account account, String action) throws Exception {
        return mvc.perform(post("/api/v1/cycles/{c}/units/{u}/table/transitions", world.cycle().id(), world.unitA().id())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"" + action + "\"}")
                        .with(httpBasic(account.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk());
    }
}
