package org.jixiao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.jixiao.organization.Account;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The office sets the 公示期 of a cycle: eight days after publication a 5-working-day window is
 * over whatever the weekday, a 10-working-day window is not.
 */
@IntegrationTest
class ObjectionWindowSettingIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishedWorlds worlds;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficeLengthensTheCyclesWindow() throws Exception {
        TestWorlds.World world = worlds.create();
        String page = "/public/cycles/" + world.cycle().id() + "/units/" + world.unitA().id();
        clock.advance(Duration.ofDays(8));
        try {
            assertThat(read(page)).contains("公示期已于").doesNotContain("captchaToken");

            setDays(world, world.admin(), "10").andExpect(status().is3xxRedirection());

            assertThat(read(page)).contains("公示中，受理意见至", "captchaToken");
        } finally {
            clock.reset();
        }
        assertThat(jdbc.sql("select after_json from audit_entry where kind = 'SETTINGS' and cycle_id = ?")
                .param(world.cycle().id()).query(String.class).single()).contains("10");
    }

    @Test
    void refusesAWindowOutsideOneToSixtyWorkingDays() throws Exception {
        TestWorlds.World world = worlds.create();

        for (String days : new String[] {"0", "61", ""}) {
            setDays(world, world.admin(), days).andExpect(result -> assertThat(result.getFlashMap().get("windowProblem"))
                    .isEqualTo("公示期应为 1 到 60 个工作日"));
        }
        assertThat(jdbc.sql("select count(*) from portal_cycle_setting where cycle_id = ?")
                .param(world.cycle().id()).query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheOfficeSetsTheWindow() throws Exception {
        TestWorlds.World world = worlds.create();

        setDays(world, world.clerkA(), "10").andExpect(status().isForbidden());
    }

    private ResultActions setDays(TestWorlds.World world, Account by, String days)
            throws Exception {
        return mvc.perform(post("/admin/objections/window").param("cycle", String.valueOf(world.cycle().id()))
                .param("days", days).with(csrf()).with(user(SignedInAccount.of(by))));
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path).with(request -> {
            request.setRemoteAddr("10.254.0.1");
            return request;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
