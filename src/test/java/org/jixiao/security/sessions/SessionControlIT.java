package org.jixiao.security.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Role;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.SignIn;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 会话管理 with the defaults (one session per account, the newest wins; 8 hours absolute; 30 minutes
 * idle, with a minute's grace as activity is written once a minute): a second sign-in ends the first session, a session ends 8 hours after its sign-in however
 * busy, the 安全管理员 sees every online session and ends one (page and API), and each ended session's
 * next request lands on the sign-in page that says why. Every end is in the audit trail.
 */
@IntegrationTest
class SessionControlIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    Accounts accounts;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    TestWorlds.World world;
    Account security;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        security = accounts.create("secadmin-" + UUID.randomUUID().toString().substring(0, 8), TestWorlds.PASSWORD,
                "安全管理员", Role.SECURITY_ADMIN, null);
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private MockHttpSession signIn(Account account) throws Exception {
        return SignIn.session(mvc, account);
    }

    private List<String> onlineSessionIds(Account account) {
        return jdbc.sql("select id from signed_in_session where username = ? and ended_at is null order by signed_in_at")
                .param(account.username()).query(String.class).list();
    }

    private long sessionEntries(String actor, String subject) {
        return jdbc.sql("select count(*) from audit_entry where kind = 'SESSION' and actor = ? and subject like ?")
                .params(actor, "%" + subject + "%").query(Long.class).single();
    }

    @Test
    void aSecondSignInOfTheSameAccountEndsTheFirstSession() throws Exception {
        MockHttpSession first = signIn(world.clerkA());
        mvc.perform(get("/").session(first)).andExpect(status().isOk());

        MockHttpSession second = signIn(world.clerkA());

        mvc.perform(get("/").session(first)).andExpect(redirectedUrl("/login?replaced"));
        mvc.perform(get("/login").param("replaced", ""))
                .andExpect(content().string(containsString("您的账号已在其他地方登录")));
        mvc.perform(get("/").session(second)).andExpect(status().isOk());
        assertThat(onlineSessionIds(world.clerkA())).hasSize(1);
        assertThat(sessionEntries(world.clerkA().username(), "同一账号在其他地方登录")).isEqualTo(1);
    }

    @Test
    void otherAccountsKeepTheirSessions() throws Exception {
        MockHttpSession clerk = signIn(world.clerkA());
        signIn(world.leaderA());

        mvc.perform(get("/").session(clerk)).andExpect(status().isOk());
    }

    @Test
    void aBusySessionEndsEightHoursAfterItsSignIn() throws Exception {
        MockHttpSession session = signIn(world.clerkA());
        for (int step = 1; step < 24; step++) {
            clock.advance(Duration.ofMinutes(20));
            mvc.perform(get("/").session(session)).andExpect(status().isOk());
        }
        clock.advance(Duration.ofMinutes(20));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?absolute"));
        mvc.perform(get("/login").param("absolute", ""))
                .andExpect(content().string(containsString("登录时间已达上限")));
        assertThat(sessionEntries(world.clerkA().username(), "超过最长会话时长")).isEqualTo(1);
    }

    @Test
    void anIdleSessionEndsAfterTheIdleTimeout() throws Exception {
        MockHttpSession session = signIn(world.clerkA());
        clock.advance(Duration.ofMinutes(32));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void securityAdministratorForcesASessionOutAndItsNextRequestIsTold() throws Exception {
        MockHttpSession clerk = signIn(world.clerkA());
        MockHttpSession admin = signIn(security);
        String id = onlineSessionIds(world.clerkA()).get(0);

        mvc.perform(get("/admin/sessions").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(world.clerkA().username())))
                .andExpect(content().string(containsString("单位经办人")));
        mvc.perform(post("/admin/sessions/{id}/end", id).session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/sessions"));

        mvc.perform(get("/").session(clerk)).andExpect(redirectedUrl("/login?forced"));
        mvc.perform(get("/login").param("forced", ""))
                .andExpect(content().string(containsString("您已被安全管理员强制下线")));
        assertThat(onlineSessionIds(world.clerkA())).isEmpty();
        assertThat(sessionEntries(security.username(), "安全管理员强制下线")).isEqualTo(1);
        mvc.perform(get("/admin/sessions").session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(world.clerkA().username()))));
    }

    @Test
    void anHtmxRequestOfAForcedOutSessionRedirectsTheWholePage() throws Exception {
        MockHttpSession clerk = signIn(world.clerkA());
        mvc.perform(delete("/api/v1/sessions/{id}", onlineSessionIds(world.clerkA()).get(0))
                        .with(httpBasic(security.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/").session(clerk).header("HX-Request", "true"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/login?forced"));
    }

    @Test
    void theApiListsOnlineSessionsAndRefusesAnEndedOne() throws Exception {
        signIn(world.clerkA());
        String id = onlineSessionIds(world.clerkA()).get(0);

        mvc.perform(get("/api/v1/sessions").with(httpBasic(security.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].username").value(world.clerkA().username()))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].role").value("UNIT_CLERK"));
        mvc.perform(delete("/api/v1/sessions/{id}", id).with(httpBasic(security.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/sessions/{id}", id).with(httpBasic(security.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SESSION_NOT_FOUND"));
    }

    @Test
    void signingOutEndsTheSessionInTheRegistry() throws Exception {
        MockHttpSession session = signIn(world.clerkA());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(onlineSessionIds(world.clerkA())).isEmpty();
    }

    @Test
    void onlyTheSecurityAdministratorSeesOrEndsSessions() throws Exception {
        MockHttpSession office = signIn(world.admin());
        mvc.perform(get("/admin/sessions").session(office))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("只有安全管理员可以查看和结束在线会话")));
        mvc.perform(delete("/api/v1/sessions/{id}", onlineSessionIds(world.admin()).get(0))
                        .with(httpBasic(world.admin().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SECURITY_ADMIN_ONLY"));
        mvc.perform(get("/").session(office)).andExpect(status().isOk());
    }
}
