package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.organization.Account;
import org.jixiao.organization.AccountRepository;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.NewAccount;
import org.jixiao.organization.Role;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 强制修改初始密码: an account created (or reset) by the office signs in, is sent to the change page
 * for every page until it has set its own password, and its API calls are refused meanwhile.
 */
@IntegrationTest
class PasswordChangeIT {

    static final String INITIAL = "Chushi#2025";
    static final String OWN = "Ziji-mima-2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository repository;

    TestWorlds.World world;
    Account clerk;

    @BeforeEach
    void createClerkWithAnInitialPassword() {
        world = worlds.create();
        String username = "new-" + world.admin().username();
        clerk = accounts.register(new NewAccount(username, "新经办人", INITIAL, Role.UNIT_CLERK, world.unitA().id(), true),
                CurrentUser.of(world.admin()));
    }

    private MockHttpSession signIn(String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(clerk.username()).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }

    private org.springframework.test.web.servlet.ResultActions change(MockHttpSession session, String current,
                                                                       String next, String confirm) throws Exception {
        return mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", current).param("newPassword", next).param("confirmPassword", confirm));
    }

    @Test
    void everyPageLeadsToTheChangePageUntilTheInitialPasswordIsChanged() throws Exception {
        MockHttpSession session = signIn(INITIAL);
        for (String page : new String[] {"/", "/account", "/admin/accounts", "/evaluation/cycles/" + world.cycle().id()}) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(get("/").session(session).header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/account/password"));
        mvc.perform(get("/css/app.css").session(session)).andExpect(status().isOk());
        mvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请先设置自己的新密码")));

        change(session, INITIAL, OWN, OWN).andExpect(redirectedUrl("/account?changed"));

        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        Account changed = repository.findById(clerk.id()).orElseThrow();
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(changed.passwordChangedAt()).isNotNull();
        signIn(OWN);
    }

    @Test
    void signingOutStaysPossibleBeforeTheChange() throws Exception {
        MockHttpSession session = signIn(INITIAL);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void theNewPasswordMeetsThePolicyDiffersFromTheCurrentOneAndNeedsTheCurrentOne() throws Exception {
        MockHttpSession session = signIn(INITIAL);
        change(session, "Falsch#2025", OWN, OWN)
                .andExpect(content().string(containsString("当前密码不正确")));
        change(session, INITIAL, "abcdefghij", "abcdefghij")
                .andExpect(content().string(containsString("密码不符合要求")));
        change(session, INITIAL, INITIAL, INITIAL)
                .andExpect(content().string(containsString("新密码不能与当前密码相同")));
        change(session, INITIAL, OWN, OWN + "x")
                .andExpect(content().string(containsString("两次输入的新密码不一致")));
        assertThat(repository.findById(clerk.id()).orElseThrow().mustChangePassword()).isTrue();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void theApiRefusesAnAccountThatMustChangeItsPassword() throws Exception {
        // 三员分立: an office administrator's account is granted by the 系统管理员, not by another office administrator.
        Account system = accounts.create("sys-" + clerk.username().substring(4), TestWorlds.PASSWORD, "系统管理员",
                Role.SYSTEM_ADMIN, null);
        Account admin = accounts.register(new NewAccount("new-" + clerk.username().substring(4) + "-admin", "新管理员",
                INITIAL, Role.ADMIN, null, true), CurrentUser.of(system));
        mvc.perform(get("/api/v1/accounts").with(httpBasic(admin.username(), INITIAL)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
    }

    @Test
    void everyoneSeesTheirAccountAndDataScope() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login")
                        .user(world.clerkA().username()).password(TestWorlds.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(world.clerkA().username())))
                .andExpect(content().string(containsString(world.unitA().name())))
                .andExpect(content().string(containsString("本单位（填报、修改本单位考评表和自评）")));
    }
}
