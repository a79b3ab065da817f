package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Role;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 解除锁定: the 安全管理员 sees a username locked after five failed sign-ins and lifts the lock; the
 * person then signs in with the right password at once, and the lift is in the audit trail.
 */
@IntegrationTest
class LockoutReleaseIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    Account clerk;
    Account security;

    @BeforeEach
    void lockAClerk() throws Exception {
        clerk = worlds.create().clerkA();
        security = accounts.create("secadmin-" + UUID.randomUUID().toString().substring(0, 8), TestWorlds.PASSWORD,
                "安全管理员", Role.SECURITY_ADMIN, null);
        for (int i = 0; i < 5; i++) {
            // Through HTTP Basic, which shares the count and never asks for the sign-in form's captcha.
            mvc.perform(get("/api/v1/accounts").with(httpBasic(clerk.username(), "Falsch#2025")));
        }
        mvc.perform(formLogin("/login").user(clerk.username()).password(TestWorlds.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void securityAdministratorLiftsALockAndThePersonSignsInAtOnce() throws Exception {
        var admin = user(users.loadUserByUsername(security.username()));
        mvc.perform(get("/admin/lockouts").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(clerk.username())));

        mvc.perform(post("/admin/lockouts/unlock").param("username", clerk.username()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/lockouts"))
                .andExpect(flash().attribute("done", "已解除“" + clerk.username() + "”的锁定"));

        mvc.perform(formLogin("/login").user(clerk.username()).password(TestWorlds.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/lockouts").with(admin))
                .andExpect(content().string(not(containsString(clerk.username()))));
        assertThat(jdbc.sql("select count(*) from audit_entry where kind = 'UNLOCK' and actor = ? and subject = ?")
                .params(security.username(), "解除锁定 " + clerk.username()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theApiListsLocksAndRefusesToLiftOneThatIsNotThere() throws Exception {
        mvc.perform(get("/api/v1/lockouts").with(httpBasic(security.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + clerk.username() + "')].failures").value(5));
        mvc.perform(delete("/api/v1/lockouts/{u}", clerk.username())
                        .with(httpBasic(security.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/lockouts/{u}", clerk.username())
                        .with(httpBasic(security.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("LOCKOUT_NOT_FOUND"))
                .andExpect(jsonPath("$.message").value("用户名“" + clerk.username() + "”目前没有被锁定"));
    }
}
