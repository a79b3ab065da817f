package org.jixiao.security.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Role;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 安全策略 edited by the 安全管理员: the page shows the policy in force (the properties until the
 * first change), refuses values outside the documented bounds beside the field, refuses a change
 * made on an older version with the conflict in Chinese, applies a change at once (lockout
 * threshold, password length) and records it with the values before and after.
 */
@IntegrationTest
class SecurityPolicyIT {

    private static final String WRONG = "Falsch#2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    Accounts accounts;

    @Autowired
    SecurityPolicies policies;

    @Autowired
    JdbcClient jdbc;

    TestWorlds.World world;
    Account securityAdmin;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        securityAdmin = worlds.account(Role.SECURITY_ADMIN, "安全管理员");
    }

    /** The rest of the suite shares the database: back to the properties' values. */
    @AfterEach
    void backToTheConfiguredPolicy() {
        jdbc.sql("update security_policy set lockout_max_failures = null, lockout_window_minutes = null,"
                + " captcha_after = null, password_min_length = null, password_classes = null, password_history = null,"
                + " password_max_age_days = null, idle_timeout_minutes = null, absolute_timeout_minutes = null,"
                + " max_sessions_per_account = null, mfa_admin_required = null, version = version + 1 where id = 1").update();
        policies.forget();
    }

    /** The form as the page posts it, from the policy in force with some values changed. */
    private Map<String, String> form(SecurityPolicy from) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lockoutMaxFailures", "" + from.lockoutMaxFailures());
        form.put("lockoutWindowMinutes", "" + from.lockoutWindowMinutes());
        form.put("captchaAfter", "" + from.captchaAfter());
        form.put("passwordMinLength", "" + from.passwordMinLength());
        form.put("passwordClasses", "" + from.passwordClasses());
        form.put("passwordHistory", "" + from.passwordHistory());
        form.put("passwordMaxAgeDays", "" + from.passwordMaxAgeDays());
        form.put("idleTimeoutMinutes", "" + from.idleTimeoutMinutes());
        form.put("absoluteTimeoutMinutes", "" + from.absoluteTimeoutMinutes());
        form.put("maxSessionsPerAccount", "" + from.maxSessionsPerAccount());
        form.put("mfaAdminRequired", "" + from.mfaAdminRequired());
        form.put("version", "" + from.version());
        return form;
    }

    private ResultActions save(Account by, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/security-policy").with(user(SignedInAccount.of(by)))
                .with(csrf());
        form.forEach(request::param);
        return mvc.perform(request);
    }

    private SecurityPolicy inForce() {
        return policies.forEditing(org.jixiao.organization.CurrentUser.of(securityAdmin));
    }

    @Test
    void thePageShowsThePolicyInForceFromTheProperties() throws Exception {
        mvc.perform(get("/admin/security-policy").with(user(SignedInAccount.of(securityAdmin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"lockoutMaxFailures\"")))
                .andExpect(content().string(containsString("value=\"5\"")))
                .andExpect(content().string(containsString("value=\"15\"")));
        SecurityPolicy policy = inForce();
        assertThat(policy.lockoutMaxFailures()).isEqualTo(5);
        assertThat(policy.passwordMinLength()).isEqualTo(10);
        assertThat(policy.passwordHistory()).isEqualTo(5);
        assertThat(policy.idleTimeoutMinutes()).isEqualTo(30);
        assertThat(policy.absoluteTimeoutMinutes()).isEqualTo(480);
    }

    @Test
    void valuesOutsideTheBoundsAreRefusedBesideTheirFieldAndNothingIsSaved() throws Exception {
        SecurityPolicy before = inForce();
        Map<String, String> form = form(before);
        form.put("passwordMinLength", "9");
        form.put("lockoutMaxFailures", "21");
        form.put("idleTimeoutMinutes", "abc");
        save(securityAdmin, form).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("须为 10 到 64 之间的整数")))
                .andExpect(content().string(containsString("须为 3 到 20 之间的整数")))
                .andExpect(content().string(containsString("须为 5 到 120 之间的整数")))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("class=\"field-error\"")));

        form = form(before);
        form.put("passwordHistory", "4.5");
        save(securityAdmin, form).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("须为整数")));

        form = form(before);
        form.put("captchaAfter", "6");
        form.put("lockoutMaxFailures", "4");
        save(securityAdmin, form).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能大于锁定阈值（4 次）")));
        assertThat(inForce()).isEqualTo(before);
    }

    @Test
    void aChangeTakesEffectAtOnceAndIsAudited() throws Exception {
        SecurityPolicy before = inForce();
        Map<String, String> form = form(before);
        form.put("lockoutMaxFailures", "3");
        form.put("captchaAfter", "3");
        form.put("passwordMinLength", "14");
        save(securityAdmin, form).andExpect(redirectedUrl("/admin/security-policy"));

        SecurityPolicy after = inForce();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.lockoutMaxFailures()).isEqualTo(3);

        // The lockout now comes after 3 failures (the API, which needs no captcha).
        Account clerk = world.clerkA();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/accounts").with(httpBasic(clerk.username(), WRONG)));
        }
        assertThat(jdbc.sql("select locked_until from sign_in_failure where username = ?").param(clerk.username())
                .query(java.sql.Timestamp.class).optional()).isPresent().get().isNotNull();

        // A new password of 12 characters no longer meets the rule.
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(Refused.class,
                () -> accounts.changeOwnPassword(clerk.id(), TestWorlds.PASSWORD, "Zwoelf#2025a")).getMessage())
                .contains("长度至少 14 个字符");

        String changes = jdbc.sql("select before_json || ' → ' || after_json from audit_entry"
                        + " where actor = ? and kind = 'SECURITY_POLICY'")
                .param(securityAdmin.username()).query(String.class).single();
        assertThat(changes).contains("\"锁定阈值（次）\":5", "\"锁定阈值（次）\":3", "\"密码最小长度\":10",
                "\"密码最小长度\":14").doesNotContain("空闲超时");
    }

    @Test
    void aChangeMadeOnAnOlderVersionIsRefusedWithTheConflict() throws Exception {
        SecurityPolicy before = inForce();
        Map<String, String> first = form(before);
        first.put("passwordHistory", "8");
        save(securityAdmin, first).andExpect(redirectedUrl("/admin/security-policy"));

        Map<String, String> second = form(before);
        second.put("passwordHistory", "3");
        save(securityAdmin, second).andExpect(status().isConflict())
                .andExpect(content().string(containsString("安全策略已被他人修改")));
        assertThat(inForce().passwordHistory()).isEqualTo(8);
    }

    @Test
    void whereTheDeploymentLeavesItOpenTheSecurityAdministratorRequiresASecondFactorOfAdministrators() throws Exception {
        SecurityPolicy before = inForce();
        Map<String, String> form = form(before);
        form.put("mfaAdminRequired", "true");
        save(securityAdmin, form).andExpect(redirectedUrl("/admin/security-policy"));
        assertThat(inForce().mfaAdminRequired()).isTrue();
        mvc.perform(get("/admin/security-policy").with(user(SignedInAccount.of(securityAdmin))))
                .andExpect(content().string(not(containsString("部署配置要求管理员使用动态口令"))));
    }
}
