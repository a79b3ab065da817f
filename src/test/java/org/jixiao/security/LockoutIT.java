package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 登录失败锁定 (defaults: 5 failures within 15 minutes): the sign-in form and HTTP Basic on the API
 * count alike; a locked account is refused even with the right password and told until when; after
 * the window it signs in again; a successful sign-in clears the count. After 3 failures the form
 * asks for a captcha too, checked before the password.
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

    /** The browser's session: the sign-in page keeps the captcha's answer in it. */
    MockHttpSession session = new MockHttpSession();

    /** Posts the form as a person would, answering the captcha when the page showed one. */
    private ResultActions attempt(String password, @Nullable String captcha) throws Exception {
        MockHttpServletRequestBuilder form = post("/login").param("username", clerk.username())
                .param("password", password).with(csrf()).session(session);
        if (captcha != null) {
            form.param("captcha", captcha);
        }
        return mvc.perform(form);
    }

    /** The captcha's answer, as a person reads it from the image the page showed; none when there was none. */
    private @Nullable String shownAnswer() {
        Object answer = session.getAttribute(SignInCaptcha.ANSWER);
        return answer == null ? null : answer.toString();
    }

    /** Signs in on the form and, after a refusal, opens the sign-in page again (which may ask for a captcha). */
    private ResultActions signIn(String password) throws Exception {
        ResultActions attempt = attempt(password, shownAnswer());
        if ("/login?error".equals(attempt.andReturn().getResponse().getRedirectedUrl())) {
            lastPage = mvc.perform(get("/login").param("error", "").session(session));
        }
        return attempt;
    }

    ResultActions lastPage;

    /** The page the failed sign-in leads to, with its message. */
    private ResultActions loginPageAfter(ResultActions attempt) throws Exception {
        attempt.andExpect(redirectedUrl("/login?error"));
        return lastPage;
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
    void afterThreeFailuresTheFormAsksForACaptchaCheckedBeforeThePassword() throws Exception {
        for (int i = 0; i < 2; i++) {
            loginPageAfter(signIn(WRONG)).andExpect(content().string(not(containsString("captcha-image"))));
        }
        loginPageAfter(signIn(WRONG)).andExpect(content().string(containsString("id=\"captcha-image\"")))
                .andExpect(content().string(containsString("data:image/png;base64,")))
                .andExpect(content().string(containsString("value=\"" + clerk.username() + "\"")));

        // The right password without the captcha, then with a wrong answer: refused, and not counted.
        attempt(TestWorlds.PASSWORD, null).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString("请同时输入图中算式的结果（验证码）")));
        String right = shownAnswer();
        assertThat(right).isNotNull();
        attempt(TestWorlds.PASSWORD, "999").andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString("验证码不正确")));
        assertThat(jdbc.sql("select failures from sign_in_failure where username = ?").param(clerk.username())
                .query(Integer.class).single()).isEqualTo(3);

        // An answer is good for one attempt only: the old one no longer works.
        attempt(TestWorlds.PASSWORD, right).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").session(session));
        attempt(TestWorlds.PASSWORD, shownAnswer()).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from sign_in_failure where username = ?").param(clerk.username())
                .query(Integer.class).single()).isZero();
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
