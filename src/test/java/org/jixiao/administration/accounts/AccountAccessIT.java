package org.jixiao.administration.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.jixiao.organization.AccountRepository;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Account administration is the office's alone: a unit clerk is refused on every page and endpoint. */
@IntegrationTest
class AccountAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    AccountRepository accounts;

    @Autowired
    UserDetailsService users;

    TestWorlds.World world;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
    }

    @Test
    void aClerkIsRefusedEveryAccountPage() throws Exception {
        long other = world.clerkB().id();
        List<MockHttpServletRequestBuilder> pages = List.of(
                get("/admin/accounts"),
                get("/admin/accounts/new"),
                post("/admin/accounts").param("username", "x-by-clerk").param("displayName", "x")
                        .param("role", "ADMIN").param("password", "Chushi#2025"),
                get("/admin/accounts/" + other),
                post("/admin/accounts/" + other).param("displayName", "x").param("role", "ADMIN"),
                post("/admin/accounts/" + other + "/enabled").param("enabled", "false"),
                post("/admin/accounts/" + other + "/password").param("password", "Chushi#2025"));
        for (MockHttpServletRequestBuilder page : pages) {
            mvc.perform(page.with(user(users.loadUserByUsername(world.clerkA().username()))).with(csrf()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("只有系统管理员和考评办管理员可以管理账号")));
        }
        Assertions.assertThat(accounts.findByUsername("x-by-clerk")).isEmpty();
        Assertions.assertThat(accounts.findById(other).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aClerkIsRefusedEveryAccountEndpointWithJson() throws Exception {
        long other = world.clerkB().id();
        String raters = "/api/v1/cycles/" + world.cycle().id() + "/raters/" + other;
        List<MockHttpServletRequestBuilder> endpoints = List.of(
                get("/api/v1/accounts"),
                post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "x-by-clerk", "displayName": "x", "password": "Chushi#2025", "role": "ADMIN"}"""),
                get("/api/v1/accounts/" + other),
                put("/api/v1/accounts/" + other).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\": \"x\", \"role\": \"ADMIN\"}"),
                post("/api/v1/accounts/" + other + "/password-reset").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"Chushi#2025\"}"),
                get(raters),
                post(raters + "/groups/1"),
                delete(raters + "/groups/1"),
                post(raters + "/units/" + world.unitB().id()),
                delete(raters + "/units/" + world.unitB().id()));
        for (MockHttpServletRequestBuilder endpoint : endpoints) {
            mvc.perform(endpoint.with(httpBasic(world.clerkA().username(), TestWorlds.PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").exists())
                    .andExpect(jsonPath("$.message").exists());
        }
        Assertions.assertThat(accounts.findByUsername("x-by-clerk")).isEmpty();
    }
}
