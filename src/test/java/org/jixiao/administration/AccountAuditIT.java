package org.jixiao.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.administration.AuditedChanges.single;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jixiao.administration.AuditedChanges.Entry;
import org.jixiao.evaluation.LeadDepartmentLinks;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Role;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Account changes by the office through the API, a person's own password change, rater panel
 * assignments and a lockout after too many failed sign-ins each leave one audit entry (账号, 设置,
 * 登录失败) — a password only as the fact that it was set, never a hash; a refused change leaves none,
 * and the chain still verifies afterwards.
 */
@IntegrationTest
class AccountAuditIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    LeadDepartmentLinks leadDepartments;

    TestWorlds.World world;
    String suffix;
    AuditedChanges changes;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        suffix = world.admin().username().substring("admin-".length());
        changes = new AuditedChanges(jdbc, environment);
    }

    @AfterEach
    void noPasswordAnywhereAndTheChainStillVerifies() {
        changes.assertNoPasswordAnywhere();
        changes.assertChainVerifies();
    }

    // ---- accounts ---------------------------------------------------------------------------------

    @Test
    void creatingEditingDisablingAndResettingAnAccountAreRecordedWithoutAnyPassword() throws Exception {
        String username = "sj-" + suffix;
        long id = id(api(post("/api/v1/accounts"), """
                {"username": "%s", "displayName": "审计局经办人", "password": "Chushi#2025", "role": "UNIT_CLERK",
                 "unitId": %d}""".formatted(username, world.unitA().id())));
        api(put("/api/v1/accounts/{id}", id), """
                {"displayName": "审计局考评员", "role": "RATER", "unitId": %d, "enabled": false}"""
                .formatted(world.unitA().id())).andExpect(status().isOk());
        api(post("/api/v1/accounts/{id}/password-reset", id), "{\"password\": \"Neue#Kennwort1\"}")
                .andExpect(status().isOk());

        List<Entry> entries = changes.of("ACCOUNT", admin());
        assertThat(entries).extracting(Entry::unitId, Entry::subject).containsExactly(
                tuple(world.unitA().id(), "新建账号 " + username),
                tuple(world.unitA().id(), "修改账号 " + username),
                tuple(world.unitA().id(), "重置密码 " + username));
        assertThat(entries.get(0).before()).isNull();
        assertThat(entries.get(0).after()).contains("\"角色\":\"UNIT_CLERK\"").contains("\"须修改密码\":true")
                .endsWith("\"密码\":\"已设置初始密码\"}");
        assertThat(entries.get(1).before()).contains("\"姓名\":\"审计局经办人\",\"角色\":\"UNIT_CLERK\"")
                .contains("\"启用\":true");
        assertThat(entries.get(1).after()).contains("\"姓名\":\"审计局考评员\",\"角色\":\"RATER\"")
                .contains("\"启用\":false");
        assertThat(entries.get(2).before()).doesNotContain("密码\":\"");
        assertThat(entries.get(2).after()).endsWith("\"密码\":\"密码已重置\"}");
        for (Entry entry : entries) {
            assertThat(entry.after()).doesNotContain("Chushi#2025").doesNotContain("Neue#Kennwort1");
        }
    }

    @Test
    void aLeadDepartmentLinkIsRecordedWithTheAccount() throws Exception {
        List<String> leads = leadDepartments.choices();
        assertThat(leads).hasSizeGreaterThan(1);
        String username = "qt-" + suffix;
        long id = id(api(post("/api/v1/accounts"), """
                {"username": "%s", "displayName": "牵头部门", "password": "Chushi#2025", "role": "LEAD_DEPARTMENT",
                 "leadDepartment": "%s"}""".formatted(username, leads.get(0))));
        api(put("/api/v1/accounts/{id}", id), """
                {"displayName": "牵头部门", "role": "LEAD_DEPARTMENT", "leadDepartment": "%s"}"""
                .formatted(leads.get(1))).andExpect(status().isOk());

        List<Entry> entries = changes.of("ACCOUNT", admin());
        assertThat(entries).extracting(Entry::unitId, Entry::subject)
                .containsExactly(tuple(null, "新建账号 " + username), tuple(null, "修改账号 " + username));
        assertThat(entries.get(0).after()).contains("\"牵头部门\":\"" + leads.get(0) + "\"");
        assertThat(entries.get(1).before()).contains("\"牵头部门\":\"" + leads.get(0) + "\"");
        assertThat(entries.get(1).after()).contains("\"牵头部门\":\"" + leads.get(1) + "\"");
    }

    @Test
    void aTakenUsernameIsRefusedAndLeavesNoEntry() throws Exception {
        api(post("/api/v1/accounts"), """
                {"username": "%s", "displayName": "重名", "password": "Chushi#2025", "role": "UNIT_CLERK",
                 "unitId": %d}""".formatted(world.clerkA().username(), world.unitA().id()))
                .andExpect(status().isConflict());

        assertThat(changes.by(admin(), world.clerkA().username())).isEmpty();
    }

    @Test
    void aPersonChangingTheirOwnPasswordIsRecordedAsThemselves() throws Exception {
        mvc.perform(post("/account/password").with(user(users.loadUserByUsername(world.clerkA().username())))
                        .with(csrf()).param("currentPassword", TestWorlds.PASSWORD)
                        .param("newPassword", "Eigenes#Pw2026").param("confirmPassword", "Eigenes#Pw2026"))
                .andExpect(redirectedUrl("/account?changed"));

        Entry entry = single(changes.of("ACCOUNT", world.clerkA().username()));
        assertThat(entry).extracting(Entry::actor, Entry::role, Entry::unitId, Entry::subject).containsExactly(
                world.clerkA().username(), "UNIT_CLERK", world.unitA().id(),
                "修改本人密码 " + world.clerkA().username());
        assertThat(entry.after()).isEqualTo("{\"须修改密码\":false,\"密码\":\"密码已修改\"}");
    }

    @Test
    void assigningARaterToAGroupOrAUnitIsRecordedAsASetting() throws Exception {
        Account rater = accounts.create("kp-" + suffix, TestWorlds.PASSWORD, "考评员", Role.RATER, null);
        long cycle = world.cycle().id();
        long group = jdbc.sql("select group_id from cycle_unit where cycle_id = ? and unit_id = ?")
                .params(cycle, world.unitA().id()).query(Long.class).single();
        String panel = "/api/v1/cycles/" + cycle + "/raters/" + rater.id();
        api(post(panel + "/groups/" + group), "").andExpect(status().isOk());
        api(delete(panel + "/groups/" + group), "").andExpect(status().isNoContent());
        api(post(panel + "/units/" + world.unitB().id()), "").andExpect(status().isOk());

        List<Entry> entries = changes.of("SETTINGS", admin());
        assertThat(entries).extracting(Entry::subject, Entry::before, Entry::after).containsExactly(
                tuple("考评组分配：" + rater.username(), "{\"考评组成员\":\"" + rater.username() + "\",\"考评组\":[]}",
                        "{\"考评组成员\":\"" + rater.username() + "\",\"考评组\":[\"第一组\"]}"),
                tuple("取消考评组分配：" + rater.username(),
                        "{\"考评组成员\":\"" + rater.username() + "\",\"考评组\":[\"第一组\"]}",
                        "{\"考评组成员\":\"" + rater.username() + "\",\"考评组\":[]}"),
                tuple("考评组分配：" + rater.username(), null,
                        "{\"考评组成员\":\"" + rater.username() + "\",\"参评单位\":" + world.unitB().id() + "}"));
    }

    // ---- lockout ----------------------------------------------------------------------------------

    @Test
    void tooManyFailedSignInsRecordTheLockWithItsEnd() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/accounts").with(httpBasic(world.clerkB().username(), "Falsch#2025")))
                    .andExpect(status().isUnauthorized());
        }

        List<Entry> failed = changes.of("LOGIN_FAILED", world.clerkB().username());
        assertThat(failed).hasSize(6);
        Entry lock = single(failed.stream().filter(e -> e.subject().startsWith("已锁定至 ")).toList());
        assertThat(lock.subject()).matches("已锁定至 (\\d+月\\d+日 )?\\d{2}:\\d{2}");
        assertThat(lock.role()).isEqualTo("ANONYMOUS");
        assertThat(lock.after()).startsWith("{\"连续失败次数\":5,\"锁定至\":\"");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private String admin() {
        return world.admin().username();
    }

    private ResultActions api(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(world.admin().username(), TestWorlds.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static long id(ResultActions created) throws Exception {
        String body = created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("id").asLong();
    }
}
