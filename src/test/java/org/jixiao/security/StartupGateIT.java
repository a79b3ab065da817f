package org.jixiao.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.organization.Account;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Until the application is ready (every runner done: first accounts, demonstration data) no page is
 * served and no sign-in attempted: 503 with Retry-After, a page that reloads itself, JSON on the API.
 */
@IntegrationTest
class StartupGateIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestWorlds worlds;

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void nothingIsServedAndNobodySignsInBeforeTheApplicationIsReady() throws Exception {
        Account clerk = worlds.create().clerkA();
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        mvc.perform(get("/login"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(content().string(containsString("系统正在启动，请稍候…")));
        mvc.perform(formLogin("/login").user(clerk.username()).password(TestWorlds.PASSWORD))
                .andExpect(status().isServiceUnavailable());
        mvc.perform(get("/api/v1/accounts").with(httpBasic(clerk.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("STARTING"));

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(clerk.username()).password(TestWorlds.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/"));
    }
}
