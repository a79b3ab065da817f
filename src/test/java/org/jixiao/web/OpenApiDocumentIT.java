package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI document is what scripts and OA integrators read: administrators fetch it with HTTP
 * Basic (no session is created), everybody else is refused in JSON, and it lists the endpoints the
 * administration and plan issues promise.
 */
@IntegrationTest
class OpenApiDocumentIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Test
    void administratorsFetchTheDocumentWithHttpBasicAndItListsEveryPromisedEndpoint() throws Exception {
        TestWorlds.World world = worlds.create();
        String document = mvc.perform(get("/v3/api-docs")
                        .with(httpBasic(world.admin().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn().getResponse().getContentAsString();

        assertThat(document).contains("\"openapi\":\"3.", "绩效目标考评系统 JSON 接口", "\"scheme\":\"basic\"", "\"scheme\":\"bearer\"",
                "\"/api/v1/cycles\"",
                "\"/api/v1/cycles/{id}/template\"",
                "\"/api/v1/cycles/{cycleId}/groups\"",
                "\"/api/v1/cycles/{cycleId}/units\"",
                "\"/api/v1/cycles/{cycleId}/units/{unitId}/departments\"",
                "\"/api/v1/cycles/{cycleId}/units/{unitId}/people\"",
                "\"/api/v1/accounts\"",
                "\"/api/v1/cycles/{cycleId}/setup\"",
                "\"/api/v1/cycles/{cycleId}/units/{unitId}/table\"",
                "\"/api/v1/cycles/{cycleId}/units/{unitId}/table/transitions\"",
                "\"/api/v1/audit\"",
                "\"/api/v1/sessions\"",
                "\"/api/v1/sessions/{id}\"",
                "\"/api/v1/lockouts\"",
                "\"/api/v1/lockouts/{username}\"",
                "\"/api/v1/cycles/{cycleId}/units/{unitId}/progress\"",
                "\"/api/v1/cycles/{cycleId}/results/what-if\"");
    }

    @Test
    void othersAreRefusedInJson() throws Exception {
        TestWorlds.World world = worlds.create();
        mvc.perform(get("/v3/api-docs").with(httpBasic(world.clerkA().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }
}
