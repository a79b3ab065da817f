package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jixiao.organization.Account;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 登录失败锁定 (defaults: 5 failures within 15 minutes): the sign-in form and HTTP Basic on the API
 * count alike; a locked account is refused even with the right password and told until when; after
 * the window it signs in again; a successful sign-in clears the count.
 */
@IntegrationTest
class LockoutIT {

    static final String WRONG = "Falsch#2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    Account clerk;

    @BeforeEach
    void createClerk() {
        clerk = worlds.create().clerkA();
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private ResultActions signIn(String password) throws Exception {
        return mvc.perform(formLogin("/login").user(clerk.username()).password(password));
    }

    /** The page the failed sign-in leads to, with its message. */
    private ResultActions loginPageAfter(ResultActions attempt) throws Exception {
        attempt.andExpect(redirectedUrl("/login?error"));
        MockHttpSession session = (MockHttpSession) attempt.andReturn().getRequest().getSession(false);
        return mvc.perform(get("/login").param("error", "").session(session));
    }

    private ResultActions api(String password) throws Exception {
        return mvc.perform(get("/api/v1/accounts").with(httpBasic(clerk.username(), password)));
    }

    private String lockedUntil() {
        Instant until = jdbc.sql("select locked_until from sign_in_failure where username = ?").param(clerk.username())
                .query(Timestamp.class).single().toInstant();
        return DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone()).format(until);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheWindowEndsEvenForTheRightPassword() throws Exception {
        Instant first = clock.instant();
        for (int i = 0; i < 4; i++) {
            loginPageAfter(signIn(WRONG)).andExpect(content().string(containsString("用户名或密码不正确")));
        }
        loginPageAfter(signIn(WRONG)).andExpect(content().string(containsString("账号已锁定，请于 ")));
        String until = lockedUntil();
        loginPageAfter(signIn(TestWorlds.PASSWORD))
                .andExpect(content().string(containsString("账号已锁定，请于 " + until + " 后再试")));
        Instant end = jdbc.sql("select locked_until from sign_in_failure where username = ?").param(clerk.username())
                .query(Timestamp.class).single().toInstant();
        assertThat(end).isBetween(first.plus(Duration.ofMinutes(15)), clock.instant().plus(Duration.ofMinutes(16)));

        clock.advance(Duration.ofMinutes(16));
        signIn(TestWorlds.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void theApiCountsAndRefusesAlikeWithTheUntilTime() throws Exception {
        for (int i = 0; i < 4; i++) {
            api(WRONG).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
        }
        api(WRONG).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
        api(TestWorlds.PASSWORD).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"))
                .andExpect(jsonPath("$.message").value("账号已锁定，请于 " + lockedUntil() + " 后再试"));
        loginPageAfter(signIn(TestWorlds.PASSWORD)).andExpect(content().string(containsString("账号已锁定")));

        clock.advance(Duration.ofMinutes(16));
        api(TestWorlds.PASSWORD).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_ONLY"));
    }

    @Test
    void aSuccessfulSignInClearsTheCount() throws Exception {
        for (int i = 0; i < 4; i++) {
            signIn(WRONG).andExpect(redirectedUrl("/login?error"));
        }
        signIn(TestWorlds.PASSWORD).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            signIn(WRONG).andExpect(redirectedUrl("/login?error"));
        }
        signIn(TestWorlds.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void failuresOfAnEndedWindowDoNotCount() throws Exception {
        for (int i = 0; i < 4; i++) {
            api(WRONG).andExpect(status().isUnauthorized());
        }
        clock.advance(Duration.ofMinutes(15));
        api(WRONG).andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
        api(TestWorlds.PASSWORD).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownUsernameIsLockedAlikeSoThatTheAnswerDoesNotTellWhichUsernamesExist() throws Exception {
        String nobody = "nobody-" + clerk.username();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/accounts").with(httpBasic(nobody, WRONG))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/accounts").with(httpBasic(nobody, WRONG)))
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
    }
}
