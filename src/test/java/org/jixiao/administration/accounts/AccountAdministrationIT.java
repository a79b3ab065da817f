package org.jixiao.administration.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.organization.Account;
import org.jixiao.organization.AccountRepository;
import org.jixiao.organization.Role;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 账号管理 by the office, on the pages and through the API: create, edit, disable, reset; every
 * refusal says why and writes nothing; the accounts' password hashes never leave the server.
 */
@IntegrationTest
class AccountAdministrationIT {

    static final String INITIAL = "Chushi#2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    AccountRepository accounts;

    @Autowired
    UserDetailsService users;

    TestWorlds.World world;
    String suffix;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        suffix = world.admin().username().substring("admin-".length());
    }

    private RequestPostProcessor as(Account account) {
        return user(users.loadUserByUsername(account.username()));
    }

    private RequestPostProcessor basic(Account account) {
        return httpBasic(account.username(), TestWorlds.PASSWORD);
    }

    private Account stored(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private String clerkJson(String username, String password) {
        return """
                {"username": "%s", "displayName": "商务局经办人", "password": "%s", "role": "UNIT_CLERK", "unitId": %d}"""
                .formatted(username, password, world.unitA().id());
    }

    @Test
    void officeCreatesAClerkOnThePageWhoMustChooseAPasswordAtFirstSignIn() throws Exception {
        mvc.perform(post("/admin/accounts").with(as(world.admin())).with(csrf())
                        .param("username", "sw-" + suffix).param("displayName", "商务局经办人")
                        .param("role", "UNIT_CLERK").param("unitId", world.unitA().id().toString())
                        .param("password", INITIAL).param("mustChangePassword", "true").param("_mustChangePassword", "on"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/accounts/*?created"));
        Account created = stored("sw-" + suffix);
        assertThat(created.role()).isEqualTo(Role.UNIT_CLERK);
        assertThat(created.unitId()).isEqualTo(world.unitA().id());
        assertThat(created.mustChangePassword()).isTrue();
        mvc.perform(get("/admin/accounts").param("unitId", world.unitA().id().toString()).with(as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sw-" + suffix)))
                .andExpect(content().string(containsString("本单位（填报、修改本单位考评表和自评）")));
    }

    @Test
    void aTakenUsernameIsRefusedOnTheFormWhichKeepsWhatWasTyped() throws Exception {
        long before = accounts.count();
        mvc.perform(post("/admin/accounts").with(as(world.admin())).with(csrf())
                        .param("username", world.clerkA().username()).param("displayName", "重名的经办人")
                        .param("role", "UNIT_CLERK").param("unitId", world.unitA().id().toString())
                        .param("password", INITIAL))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名“" + world.clerkA().username() + "”已被使用")))
                .andExpect(content().string(containsString("重名的经办人")));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aWeakInitialPasswordIsRefusedSayingWhatIsMissing() throws Exception {
        mvc.perform(post("/admin/accounts").with(as(world.admin())).with(csrf())
                        .param("username", "weak-" + suffix).param("displayName", "经办人")
                        .param("role", "UNIT_CLERK").param("unitId", world.unitA().id().toString())
                        .param("password", "quanzhou2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("可加入大写字母或符号")));
        mvc.perform(post("/api/v1/accounts").with(basic(world.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content(clerkJson("weak-" + suffix, "Weak-" + suffix + "#1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PASSWORD_POLICY"))
                .andExpect(jsonPath("$.message").value(containsString("不能包含用户名")));
        assertThat(accounts.findByUsername("weak-" + suffix)).isEmpty();
    }

    @Test
    void officeEditsNameRoleAndUnitOnThePage() throws Exception {
        mvc.perform(post("/admin/accounts/" + world.clerkB().id()).with(as(world.admin())).with(csrf())
                        .param("displayName", "科技局领导").param("role", "UNIT_LEADER")
                        .param("unitId", world.unitB().id().toString()).param("leadDepartment", ""))
                .andExpect(status().is3xxRedirection());
        Account edited = stored(world.clerkB().username());
        assertThat(edited.displayName()).isEqualTo("科技局领导");
        assertThat(edited.role()).isEqualTo(Role.UNIT_LEADER);
    }

    @Test
    void aUnitRoleWithoutAUnitIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(post("/admin/accounts/" + world.clerkB().id()).with(as(world.admin())).with(csrf())
                        .param("displayName", "改了名字").param("role", "UNIT_CLERK").param("unitId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("须选择所属单位")));
        assertThat(stored(world.clerkB().username()).displayName()).isEqualTo("经办人B");
        mvc.perform(post("/api/v1/accounts").with(basic(world.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "nounit-%s", "displayName": "无单位", "password": "%s", "role": "UNIT_LEADER"}"""
                                .formatted(suffix, INITIAL)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("UNIT_REQUIRED"));
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() throws Exception {
        mvc.perform(post("/admin/accounts/" + world.clerkB().id() + "/enabled").param("enabled", "false")
                        .with(as(world.admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(world.clerkB().username()).enabled()).isFalse();
        mvc.perform(get("/api/v1/accounts/" + world.clerkB().id()).with(basic(world.clerkB())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
        mvc.perform(post("/admin/accounts/" + world.clerkB().id() + "/enabled").param("enabled", "true")
                        .with(as(world.admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/accounts/" + world.clerkB().id()).with(basic(world.clerkB())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
        mvc.perform(post("/admin/accounts/" + world.admin().id() + "/enabled").param("enabled", "false")
                        .with(as(world.admin())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("不能停用自己的账号")));
        assertThat(stored(world.admin().username()).enabled()).isTrue();
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndMustBeChangedAtNextSignIn() throws Exception {
        mvc.perform(post("/admin/accounts/" + world.clerkA().id() + "/password").param("password", INITIAL)
                        .with(as(world.admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(world.clerkA().username()).mustChangePassword()).isTrue();
        mvc.perform(get("/api/v1/accounts").with(basic(world.clerkA())))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/accounts").with(httpBasic(world.clerkA().username(), INITIAL)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
    }

    @Test
    void theApiCreatesReadsAndChangesAnAccountWithoutEverShowingItsPasswordHash() throws Exception {
        String location = mvc.perform(post("/api/v1/accounts").with(basic(world.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(clerkJson("sw-" + suffix, INITIAL)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn().getResponse().getHeader("Location");
        Account created = stored("sw-" + suffix);
        assertThat(location).isEqualTo("/api/v1/accounts/" + created.id());
        assertThat(created.mustChangePassword()).as("mustChangePassword defaults to true").isTrue();

        mvc.perform(get("/api/v1/accounts").param("role", "UNIT_CLERK").with(basic(world.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"sw-" + suffix + "\"")))
                .andExpect(content().string(not(containsString("password\""))))
                .andExpect(content().string(not(containsString(created.passwordHash()))));
        mvc.perform(put("/api/v1/accounts/" + created.id()).with(basic(world.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"displayName": "商务局 考评员", "role": "RATER", "unitId": %d, "enabled": false}"""
                                .formatted(world.unitA().id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("RATER"))
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/accounts/" + created.id()).with(basic(world.admin())))
                .andExpect(jsonPath("$.displayName").value("商务局 考评员"))
                .andExpect(jsonPath("$.unitName").value(world.unitA().name()));
        mvc.perform(post("/api/v1/accounts/" + created.id() + "/password-reset").with(basic(world.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\": \"Neue#Kennwort1\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mustChangePassword").value(true));
    }

    @Test
    void theApiRefusesATakenOrMalformedUsernameWithStableCodes() throws Exception {
        mvc.perform(post("/api/v1/accounts").with(basic(world.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content(clerkJson(world.clerkA().username(), INITIAL)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("USERNAME_TAKEN"))
                .andExpect(jsonPath("$.message").value(containsString("已被使用")));
        mvc.perform(post("/api/v1/accounts").with(basic(world.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content(clerkJson("商务局", INITIAL)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("USERNAME_INVALID"));
    }

    @Test
    void aLeadDepartmentAccountIsLinkedToALeadDepartmentOfTheSettingsOnly() throws Exception {
        String body = """
                {"displayName": "%s", "role": "LEAD_DEPARTMENT", "unitId": null, "leadDepartment": "%s"}""";
        mvc.perform(put("/api/v1/accounts/" + world.leaderA().id()).with(basic(world.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("市委文明办", "市委文明办")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadDepartment").value("市委文明办"));
        mvc.perform(put("/api/v1/accounts/" + world.leaderA().id()).with(basic(world.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("改名", "不存在的部门")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("LEAD_DEPARTMENT_UNKNOWN"));
        mvc.perform(get("/api/v1/accounts/" + world.leaderA().id()).with(basic(world.admin())))
                .andExpect(jsonPath("$.displayName").value("市委文明办"))
                .andExpect(jsonPath("$.leadDepartment").value("市委文明办"));
        mvc.perform(get("/admin/accounts/" + world.leaderA().id()).with(as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本牵头部门负责的各单位指标")));
    }

    @Test
    void theOpenApiDocumentListsTheAccountEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/accounts'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/accounts/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/accounts/{id}/password-reset'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cycles/{cycleId}/raters/{accountId}/groups/{groupId}'].delete").exists());
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/accounts/999999999").with(basic(world.admin())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ACCOUNT_NOT_FOUND"));
        mvc.perform(put("/api/v1/accounts/999999999").with(basic(world.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\": \"无\", \"role\": \"RATER\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/accounts/999999999/password-reset").with(basic(world.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\": \"" + INITIAL + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/accounts/999999999").with(as(world.admin())))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Location"));
    }
}
