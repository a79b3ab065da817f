package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Role;
import org.jixiao.support.MovableClock;
import org.jixiao.support.StrictSignInTest;
import org.jixiao.support.SignIn;
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
 * 双因素认证 and 密码有效期 with the production settings (administrators must use TOTP, passwords
 * expire after 90 days) and a clock the test moves: an administrator is sent to enrolment, enrols
 * with the QR code's secret, and from then on gives a code after the password; a code is accepted
 * once; wrong codes lock the account; others may enrol and remove it; an expired password must be
 * changed before anything else.
 */
@StrictSignInTest
class SecondFactorIT {

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

    @Autowired
    TotpSecretSealing sealing;

    TestWorlds.World world;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private MockHttpSession signIn(Account account, String password) throws Exception {
        return SignIn.session(mvc, account, password);
    }

    private String code(String secret, long stepsFromNow) {
        return Totp.code(secret, Totp.step(clock.instant()) + stepsFromNow);
    }

    /** Opens the enrolment page and returns the secret its QR code carries. */
    private String enrolmentSecret(MockHttpSession session) throws Exception {
        mvc.perform(get("/account/totp").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"totp-qr\"")))
                .andExpect(content().string(containsString("data:image/svg+xml;base64,")));
        return (String) session.getAttribute(SecondFactorController.SECRET);
    }

    private ResultActions giveCode(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code));
    }

    private int auditEntries(String username, String subject) {
        return jdbc.sql("select count(*) from audit_entry where actor = ? and subject = ?")
                .params(username, subject).query(Integer.class).single();
    }

    @Test
    void anAdministratorEnrolsAtFirstSignInAndThenGivesACodeEachTime() throws Exception {
        Account admin = world.admin();
        MockHttpSession session = signIn(admin, TestWorlds.PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/totp"));
        mvc.perform(get("/admin/accounts").session(session)).andExpect(redirectedUrl("/account/totp"));
        String secret = enrolmentSecret(session);
        assertThat(secret).matches("[A-Z2-7]{32}");

        mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", code(secret, -5)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("动态口令不正确")));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/totp"));
        String enrolCode = code(secret, 0);
        mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", enrolCode))
                .andExpect(redirectedUrl("/account/totp?done"));
        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());
        assertThat(auditEntries(admin.username(), "绑定动态口令验证器 " + admin.username())).isEqualTo(1);

        // Next sign-in: the password alone leads to the code page, and grants no role yet.
        MockHttpSession next = signIn(admin, TestWorlds.PASSWORD);
        mvc.perform(get("/").session(next)).andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/login/code").session(next)).andExpect(status().isOk())
                .andExpect(content().string(containsString(admin.username())));
        mvc.perform(get("/admin/accounts").session(next)).andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/api/v1/accounts").session(next)).andExpect(status().isUnauthorized());
        giveCode(next, enrolCode).andExpect(status().isOk())
                .andExpect(content().string(containsString("动态口令不正确")));
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        giveCode(next, code(secret, 0)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/accounts").session(next)).andExpect(status().isOk());
        assertThat(auditEntries(admin.username(), "登录（动态口令已验证）")).isEqualTo(1);
        assertThat(auditEntries(admin.username(), "登录失败（动态口令错误）")).isEqualTo(1);

        // The password alone no longer opens the API.
        mvc.perform(get("/api/v1/accounts").with(httpBasic(admin.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("TOKEN_REQUIRED"));
    }

    @Test
    void wrongCodesCountTowardsTheLockoutAndEndTheSignIn() throws Exception {
        Account admin = world.admin();
        MockHttpSession session = signIn(admin, TestWorlds.PASSWORD);
        String secret = enrolmentSecret(session);
        mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", code(secret, 0)))
                .andExpect(redirectedUrl("/account/totp?done"));

        MockHttpSession next = signIn(admin, TestWorlds.PASSWORD);
        for (int i = 0; i < 4; i++) {
            giveCode(next, "12345" + i).andExpect(status().isOk());
        }
        MockHttpSession after = (MockHttpSession) giveCode(next, "123459").andExpect(redirectedUrl("/login?error"))
                .andReturn().getRequest().getSession(false);
        assertThat(after).isNotSameAs(next);
        mvc.perform(get("/login").param("error", "").session(after))
                .andExpect(content().string(containsString("账号已锁定")));
        mvc.perform(get("/").session(after)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void otherRolesAreNotAskedButMayEnrolAndRemoveTheSecondFactor() throws Exception {
        Account clerk = world.clerkA();
        MockHttpSession session = signIn(clerk, TestWorlds.PASSWORD);
        mvc.perform(get("/account").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("未绑定")));
        String secret = enrolmentSecret(session);
        mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", code(secret, 0)))
                .andExpect(redirectedUrl("/account/totp?done"));

        MockHttpSession next = signIn(clerk, TestWorlds.PASSWORD);
        mvc.perform(get("/").session(next)).andExpect(redirectedUrl("/login/code"));
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        giveCode(next, code(secret, 0)).andExpect(redirectedUrl("/"));
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        mvc.perform(post("/account/totp/remove").session(next).with(csrf()).param("code", code(secret, 0)))
                .andExpect(redirectedUrl("/account/totp?removed"));

        MockHttpSession third = signIn(clerk, TestWorlds.PASSWORD);
        mvc.perform(get("/").session(third)).andExpect(status().isOk());
    }

    @Test
    void anAdministratorCannotRemoveItsSecondFactor() throws Exception {
        Account admin = world.admin();
        MockHttpSession session = signIn(admin, TestWorlds.PASSWORD);
        String secret = enrolmentSecret(session);
        mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", code(secret, 0)))
                .andExpect(redirectedUrl("/account/totp?done"));
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        mvc.perform(post("/account/totp/remove").session(session).with(csrf()).param("code", code(secret, 0)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("管理员账号必须使用动态口令")));
        assertThat(jdbc.sql("select count(*) from totp_secret where account_id = ?").param(admin.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anInitialPasswordIsChangedBeforeTheEnrolment() throws Exception {
        Account admin = accounts.create("new-" + world.admin().username(), TestWorlds.PASSWORD, "新管理员", Role.ADMIN,
                null, true);
        MockHttpSession session = signIn(admin, TestWorlds.PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", TestWorlds.PASSWORD).param("newPassword", "Xin-mima-2025")
                        .param("confirmPassword", "Xin-mima-2025"))
                .andExpect(redirectedUrl("/account?changed"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/totp"));
    }

    @Test
    void aPasswordOlderThanTheMaximumAgeMustBeChangedFirst() throws Exception {
        Account clerk = world.clerkA();
        mvc.perform(get("/").session(signIn(clerk, TestWorlds.PASSWORD))).andExpect(status().isOk());

        clock.advance(Duration.ofDays(91));
        MockHttpSession session = signIn(clerk, TestWorlds.PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session))
                .andExpect(content().string(containsString("密码已超过有效期")));
        mvc.perform(get("/api/v1/accounts").with(httpBasic(clerk.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", TestWorlds.PASSWORD).param("newPassword", "Xin-mima-2025")
                        .param("confirmPassword", "Xin-mima-2025"))
                .andExpect(redirectedUrl("/account?changed"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        clock.advance(Duration.ofDays(89));
        mvc.perform(get("/").session(signIn(clerk, "Xin-mima-2025"))).andExpect(status().isOk());
    }

    @Test
    void theStoredSecretIsEncryptedAndSignInWithACodeStillWorks() throws Exception {
        Account admin = world.admin();
        MockHttpSession session = signIn(admin, TestWorlds.PASSWORD);
        String secret = enrolmentSecret(session);
        mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", code(secret, 0)))
                .andExpect(redirectedUrl("/account/totp?done"));

        String stored = storedSecret(admin);
        assertThat(stored).startsWith("v1:").doesNotContain(secret).isNotEqualTo(secret);
        assertThat(stored.length()).isLessThanOrEqualTo(64);

        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        MockHttpSession next = signIn(admin, TestWorlds.PASSWORD);
        giveCode(next, code(secret, 0)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/accounts").session(next)).andExpect(status().isOk());
    }

    @Test
    void aPlainSecretOfAnEarlierVersionIsEncryptedAtStartAndKeepsWorking() throws Exception {
        Account clerk = world.clerkA();
        String secret = Totp.newSecret();
        jdbc.sql("insert into totp_secret (account_id, secret, enrolled_at, last_step) values (?, ?, current_timestamp, 0)")
                .params(clerk.id(), secret).update();

        MockHttpSession before = signIn(clerk, TestWorlds.PASSWORD);
        giveCode(before, code(secret, 0)).andExpect(redirectedUrl("/"));

        assertThat(sealing.sealPlainSecrets()).isGreaterThanOrEqualTo(1);
        assertThat(sealing.sealPlainSecrets()).isZero();
        String stored = storedSecret(clerk);
        assertThat(stored).startsWith("v1:").doesNotContain(secret);

        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        MockHttpSession after = signIn(clerk, TestWorlds.PASSWORD);
        giveCode(after, code(secret, 0)).andExpect(redirectedUrl("/"));
    }

    private String storedSecret(Account account) {
        return jdbc.sql("select secret from totp_secret where account_id = ?").param(account.id())
                .query(String.class).single();
    }
}
