package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
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
 * 重置第二因素: the 安全管理员 resets the second factor of a person who lost their phone, with a
 * reason the audit trail keeps; the person's sessions end at once, and their next sign-in enrols a
 * new authenticator before anything else (whatever the role). Nobody resets their own, nor without
 * a reason, and no other administrator can reset one.
 */
@StrictSignInTest
class SecondFactorResetIT {

    private static final String REASON = "手机丢失，已电话核实本人身份";

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
    Account securityAdmin;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        securityAdmin = worlds.account(Role.SECURITY_ADMIN, "安全管理员");
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private MockHttpSession signIn(Account account) throws Exception {
        return SignIn.session(mvc, account);
    }

    private String code(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    /** Signs in, enrols a new authenticator and returns its secret and the signed-in session. */
    private Object[] enrol(Account account) throws Exception {
        MockHttpSession session = signIn(account);
        if (account.role() != Role.ADMIN) {
            mvc.perform(get("/account/totp").session(session)).andExpect(status().isOk());
        } else {
            mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/totp"));
            mvc.perform(get("/account/totp").session(session)).andExpect(status().isOk());
        }
        String secret = (String) session.getAttribute(SecondFactorController.SECRET);
        mvc.perform(post("/account/totp").session(session).with(csrf()).param("code", code(secret)))
                .andExpect(redirectedUrl("/account/totp?done"));
        return new Object[] {secret, session};
    }

    private ResultActions reset(Account by, Account of, String reason) throws Exception {
        return mvc.perform(post("/admin/second-factors/{id}/reset", of.id()).param("reason", reason)
                .with(user(SignedInAccount.of(by))).with(csrf()));
    }

    private boolean enrolled(Account account) {
        return jdbc.sql("select count(*) from totp_secret where account_id = ?").param(account.id())
                .query(Integer.class).single() > 0;
    }

    @Test
    void theSecurityAdministratorResetsALostSecondFactorAndTheSessionsEnd() throws Exception {
        Account admin = world.admin();
        MockHttpSession online = (MockHttpSession) enrol(admin)[1];
        mvc.perform(get("/admin/accounts").session(online)).andExpect(status().isOk());

        mvc.perform(get("/admin/second-factors").with(user(SignedInAccount.of(securityAdmin))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(admin.username())));
        reset(securityAdmin, admin, REASON).andExpect(redirectedUrl("/admin/second-factors"))
                .andExpect(flash().attribute("done", containsString("已重置动态口令")));

        assertThat(enrolled(admin)).isFalse();
        mvc.perform(get("/admin/accounts").session(online)).andExpect(redirectedUrl("/login?forced"));
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = ? and kind = 'ACCOUNT' and subject = ?")
                .params(securityAdmin.username(), "重置动态口令 " + admin.username() + "：" + REASON)
                .query(Integer.class).single()).isEqualTo(1);

        // The next sign-in asks for no code (there is none) but for a new enrolment first.
        clock.advance(Duration.ofMinutes(1));
        MockHttpSession next = signIn(admin);
        mvc.perform(get("/admin/accounts").session(next)).andExpect(redirectedUrl("/account/totp"));
    }

    @Test
    void aPersonWhoseRoleDoesNotRequireItMustEnrolAgainAfterAReset() throws Exception {
        Account clerk = world.clerkA();
        enrol(clerk);
        reset(securityAdmin, clerk, REASON).andExpect(flash().attribute("done", containsString("已重置动态口令")));

        MockHttpSession next = signIn(clerk);
        mvc.perform(get("/").session(next)).andExpect(redirectedUrl("/account/totp"));
        mvc.perform(get("/admin/second-factors").with(user(SignedInAccount.of(securityAdmin))))
                .andExpect(content().string(containsString("待本人重新绑定")));

        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        mvc.perform(get("/account/totp").session(next)).andExpect(status().isOk());
        String secret = (String) next.getAttribute(SecondFactorController.SECRET);
        mvc.perform(post("/account/totp").session(next).with(csrf()).param("code", code(secret)))
                .andExpect(redirectedUrl("/account/totp?done"));
        mvc.perform(get("/").session(next)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from second_factor_reset where account_id = ?").param(clerk.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void nobodyResetsTheirOwnSecondFactor() throws Exception {
        jdbc.sql("insert into totp_secret (account_id, secret, enrolled_at, last_step) values (?, ?, current_timestamp, 0)")
                .params(securityAdmin.id(), Totp.newSecret()).update();
        reset(securityAdmin, securityAdmin, REASON)
                .andExpect(flash().attribute("problem", containsString("不能重置自己的动态口令")));
        assertThat(enrolled(securityAdmin)).isTrue();
        mvc.perform(get("/admin/second-factors").with(user(SignedInAccount.of(securityAdmin))))
                .andExpect(content().string(containsString("不能重置自己的")));
    }

    @Test
    void aResetNeedsAReason() throws Exception {
        Account clerk = world.clerkA();
        enrol(clerk);
        reset(securityAdmin, clerk, "   ").andExpect(flash().attribute("problem", containsString("请填写重置原因")));
        reset(securityAdmin, clerk, "原".repeat(501)).andExpect(flash().attribute("problem", containsString("不能超过 500 字")));
        assertThat(enrolled(clerk)).isTrue();
    }

    @Test
    void noOtherAdministratorResetsASecondFactor() throws Exception {
        Account clerk = world.clerkA();
        enrol(clerk);
        for (Role role : new Role[] {Role.ADMIN, Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN}) {
            Account other = role == Role.ADMIN ? world.admin() : accounts.create(
                    role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8), TestWorlds.PASSWORD,
                    role.name(), role, null);
            reset(other, clerk, REASON).andExpect(status().isForbidden());
        }
        assertThat(enrolled(clerk)).isTrue();
    }
}
