package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.organization.Account;
import org.jixiao.organization.CurrentUser;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 个人 API 令牌: created on the account page and shown once, kept only as a hash, used as a Bearer
 * token on /api/v1 within its scope (a read-only one cannot change anything), refused once revoked;
 * an account enrolled in TOTP cannot use HTTP Basic on the API but can use its token.
 */
@IntegrationTest
class ApiTokenIT {

    private static final Pattern TOKEN = Pattern.compile("jxt_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    MovableClock clock;

    TestWorlds.World world;
    Account admin;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        admin = world.admin();
    }

    private String createToken(String name, String scope) throws Exception {
        String page = mvc.perform(post("/account/tokens").with(user(SignedInAccount.of(admin))).with(csrf())
                        .param("name", name).param("scope", scope))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"new-token\"")))
                .andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).isTrue();
        return token.group();
    }

    private ResultActions createAccountWith(String token, String username) throws Exception {
        return mvc.perform(post("/api/v1/accounts").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "%s", "displayName": "令牌建的账号", "password": "Chushi#2025", "role": "RATER"}"""
                        .formatted(username)));
    }

    private long tokenId(String name) {
        return jdbc.sql("select id from api_token where account_id = ? and name = ?").params(admin.id(), name)
                .query(Long.class).single();
    }

    @Test
    void aReadTokenReadsButCannotWriteAndAWriteTokenWrites() throws Exception {
        String read = createToken("报表脚本", "READ");
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + read))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '%s')]", world.clerkA().username()).exists());
        createAccountWith(read, "by-read-" + admin.username()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("TOKEN_SCOPE"));
        assertThat(jdbc.sql("select count(*) from account where username = ?").param("by-read-" + admin.username())
                .query(Integer.class).single()).isZero();

        String write = createToken("同步脚本", "WRITE");
        createAccountWith(write, "by-write-" + admin.username()).andExpect(status().isCreated());
        assertThat(jdbc.sql("select last_used_at from api_token where id = ?").param(tokenId("同步脚本"))
                .query(java.sql.Timestamp.class).single()).isNotNull();
    }

    @Test
    void onlyTheHashIsKeptAndARevokedTokenIsRefused() throws Exception {
        String token = createToken("临时", "READ");
        assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(tokenId("临时"))
                .query(String.class).single()).isEqualTo(ApiTokens.hash(token)).doesNotContain(token.substring(4));
        mvc.perform(get("/account").with(user(SignedInAccount.of(admin))))
                .andExpect(content().string(containsString("临时")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));

        mvc.perform(post("/account/tokens/{id}/revoke", tokenId("临时")).with(user(SignedInAccount.of(admin)))
                .with(csrf())).andExpect(redirectedUrl("/account?revoked"));
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer jxt_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ?")
                .param("撤销 API 令牌 " + admin.username()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void nobodyRevokesAnotherAccountsTokenAndABadFormSaysWhy() throws Exception {
        createToken("别人的", "WRITE");
        mvc.perform(post("/account/tokens/{id}/revoke", tokenId("别人的")).with(user(SignedInAccount.of(world.clerkA())))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/account/tokens").with(user(SignedInAccount.of(admin))).with(csrf())
                        .param("name", " ").param("scope", "READ"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写令牌名称")));
        mvc.perform(post("/account/tokens").with(user(SignedInAccount.of(admin))).with(csrf())
                        .param("name", "x").param("scope", "ADMIN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择令牌权限")));
    }

    @Test
    void anAccountWithASecondFactorUsesItsTokenInsteadOfHttpBasic() throws Exception {
        mvc.perform(get("/api/v1/accounts").with(httpBasic(admin.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk());
        String token = createToken("巡检", "READ");
        String secret = Totp.newSecret();
        secondFactors.enrol(CurrentUser.of(admin), secret, Totp.code(secret, Totp.step(clock.instant())));

        mvc.perform(get("/api/v1/accounts").with(httpBasic(admin.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("TOKEN_REQUIRED"))
                .andExpect(jsonPath("$.message").value(containsString("Authorization: Bearer")));
        mvc.perform(get("/api/v1/accounts").with(httpBasic(admin.username(), "Falsch#2025")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("TOKEN_REQUIRED"));
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }
}
