package org.jixiao.operations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Health answers a load balancer without an account; metrics answer the administrators' network
 * only; every response carries its request id.
 */
@IntegrationTest
class OperationsEndpointsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void healthAnswersAnAnonymousLoadBalancerWithTheDatabaseAndTheEvidenceStoreButNoDetails() throws Exception {
        mvc.perform(get("/actuator/health").with(from("203.0.113.7")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.diskSpace.status").value("UP"))
                .andExpect(jsonPath("$.components.evidenceStore.status").value("UP"))
                .andExpect(jsonPath("$.components.evidenceStore.details").doesNotExist())
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
    }

    @Test
    void healthShowsASignedInAdministratorTheEvidenceDirectoryAndItsFreeSpace() throws Exception {
        TestWorlds.World world = worlds.create();
        mvc.perform(get("/actuator/health").with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.evidenceStore.details.directory").isString())
                .andExpect(jsonPath("$.components.evidenceStore.details.free").isNumber())
                .andExpect(jsonPath("$.components.db.details.database").isString());
    }

    @Test
    void metricsAnswerTheAdministratorsNetworkInPrometheusFormat() throws Exception {
        mvc.perform(get("/actuator/health"));
        mvc.perform(get("/actuator/prometheus").with(from("127.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    @Test
    void metricsRefuseAnyOtherAddressEvenASignedInAdministrator() throws Exception {
        TestWorlds.World world = worlds.create();
        mvc.perform(get("/actuator/prometheus").with(from("10.20.30.40")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ADMIN_NETWORK_ONLY"))
                .andExpect(content().string(not(containsString("jvm_"))));
        mvc.perform(get("/actuator/prometheus").with(from("10.20.30.40")).with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aResponseEchoesTheCallersRequestIdOrGivesItsOwn() throws Exception {
        mvc.perform(get("/actuator/health").header("X-Request-Id", "lb-4711.abc"))
                .andExpect(header().string("X-Request-Id", "lb-4711.abc"));
        mvc.perform(get("/actuator/health").header("X-Request-Id", "forged id\" level=ERROR"))
                .andExpect(header().string("X-Request-Id",
                        org.hamcrest.Matchers.matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
    }
}
