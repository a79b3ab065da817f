package org.jixiao.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.jixiao.organization.Account;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in through the login form, as a browser does, for tests that need the real session. */
public final class SignIn {

    private SignIn() {
    }

    /** The session of a sign-in with the password that lands on the home page. */
    public static MockHttpSession session(MockMvc mvc, Account account, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(account.username()).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }

    /** As {@link #session(MockMvc, Account, String)} with the test worlds' password. */
    public static MockHttpSession session(MockMvc mvc, Account account) throws Exception {
        return session(mvc, account, TestWorlds.PASSWORD);
    }
}
