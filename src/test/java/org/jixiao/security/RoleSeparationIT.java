package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Role;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 三员分立: the four administrator roles — 考评办 (ADMIN), 系统管理员, 安全管理员, 审计管理员 — against
 * representative pages and API endpoints of each domain. Each is allowed its own domain and refused
 * every other one: a page with 403 and the Chinese reason, the API with 403 and its code (business
 * tables answer 404: their existence is not told to those who may not read them).
 */
@IntegrationTest
class RoleSeparationIT {

    private static final Set<Role> OFFICE = EnumSet.of(Role.ADMIN);
    private static final Set<Role> ACCOUNTS = EnumSet.of(Role.ADMIN, Role.SYSTEM_ADMIN);
    private static final Set<Role> SECURITY = EnumSet.of(Role.SECURITY_ADMIN);
    private static final Set<Role> AUDIT = EnumSet.of(Role.AUDIT_ADMIN);
    private static final Set<Role> SYSTEM = EnumSet.of(Role.SYSTEM_ADMIN);
    private static final Set<Role> EVERYONE = EnumSet.of(Role.ADMIN, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN,
            Role.AUDIT_ADMIN);

    /** One cell row: a page or endpoint, who may open it, and how the others are refused. */
    record Row(boolean api, String url, Set<Role> allowed, int refusedStatus, String refusal) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    TestWorlds.World world;
    final Map<Role, Account> administrators = new EnumMap<>(Role.class);

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        administrators.put(Role.ADMIN, world.admin());
        for (Role role : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            administrators.put(role, accounts.create(role.name().toLowerCase().replace('_', '-') + "-" + suffix,
                    TestWorlds.PASSWORD, role.name(), role, null));
        }
    }

    private List<Row> matrix() {
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        return List.of(
                new Row(false, "/account", EVERYONE, 0, ""),
                new Row(false, "/admin/accounts", ACCOUNTS, 403, "只有系统管理员和考评办管理员可以管理账号"),
                new Row(false, "/admin/accounts/new", ACCOUNTS, 403, "只有系统管理员和考评办管理员可以管理账号"),
                new Row(false, "/admin/cycles", OFFICE, 403, "仅考评办可以管理考评年度"),
                new Row(false, "/admin/cycles/" + cycle + "/organization", OFFICE, 403, "只有考评办管理员可以设置"),
                new Row(false, "/admin/objections", OFFICE, 403, "只有考评办可以处理公示意见"),
                new Row(false, "/evaluation/cycles/" + cycle, OFFICE, 403, "系统管理员、安全管理员和审计管理员不能查看考评业务数据"),
                new Row(false, "/evaluation/cycles/" + cycle + "/units/" + unit + "/self", OFFICE, 403, ""),
                new Row(false, "/evaluation/cycles/" + cycle + "/raters", OFFICE, 403, ""),
                new Row(false, "/tables/" + world.tableA(), OFFICE, 404, "考评表或指标不存在"),
                new Row(false, "/admin/sessions", SECURITY, 403, "只有安全管理员可以查看和结束在线会话"),
                new Row(false, "/admin/lockouts", SECURITY, 403, "只有安全管理员可以查看和解除登录锁定"),
                new Row(false, "/admin/security-policy", SECURITY, 403, "只有安全管理员可以查看和修改安全策略"),
                new Row(false, "/admin/second-factors", SECURITY, 403, "只有安全管理员可以重置动态口令"),
                new Row(false, "/admin/system-settings", SYSTEM, 403, "只有系统管理员可以查看和修改系统设置"),
                new Row(false, "/audit", AUDIT, 403, "只有审计管理员可以查看审计日志"),
                new Row(false, "/audit/export.xlsx", AUDIT, 403, "只有审计管理员可以查看审计日志"),
                new Row(true, "/api/v1/accounts", ACCOUNTS, 403, "ADMIN_ONLY"),
                new Row(true, "/api/v1/cycles/" + cycle + "/units", OFFICE, 403, "OFFICE_ONLY"),
                new Row(true, "/api/v1/cycles/" + cycle + "/units/" + unit + "/table", OFFICE, 404, "NOT_FOUND"),
                new Row(true, "/api/v1/sessions", SECURITY, 403, "SECURITY_ADMIN_ONLY"),
                new Row(true, "/api/v1/lockouts", SECURITY, 403, "SECURITY_ADMIN_ONLY"),
                new Row(true, "/api/v1/audit", AUDIT, 403, "AUDIT_FORBIDDEN"));
    }

    private MockHttpServletResponse open(Row row, Account account) throws Exception {
        return mvc.perform(row.api()
                        ? get(row.url()).with(httpBasic(account.username(), TestWorlds.PASSWORD))
                        : get(row.url()).with(user(users.loadUserByUsername(account.username()))))
                .andReturn().getResponse();
    }

    @Test
    void eachAdministratorOpensItsOwnDomainAndIsRefusedTheOthers() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix()) {
            for (Map.Entry<Role, Account> administrator : administrators.entrySet()) {
                MockHttpServletResponse response = open(row, administrator.getValue());
                String body = response.getContentAsString();
                String cell = administrator.getKey() + " " + row.url() + " → " + response.getStatus();
                if (row.allowed().contains(administrator.getKey())) {
                    if (response.getStatus() != 200) {
                        wrong.add(cell + "（应允许）");
                    }
                } else if (response.getStatus() != row.refusedStatus()) {
                    wrong.add(cell + "（应为 " + row.refusedStatus() + "）");
                } else if (row.api() && !body.contains("\"code\":\"" + row.refusal() + "\"")) {
                    wrong.add(cell + " 缺少代码 " + row.refusal() + "：" + body);
                } else if (!row.api() && !body.contains(row.refusal())) {
                    wrong.add(cell + " 缺少原因 " + row.refusal());
                } else if (!row.api() && !body.matches("(?s).*[\\u4e00-\\u9fa5].*")) {
                    wrong.add(cell + " 没有中文原因");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyTheSecurityAdministratorChangesThePolicyAndOnlyTheSystemAdministratorTheSettings() throws Exception {
        for (Map.Entry<Role, Account> administrator : administrators.entrySet()) {
            var as = user(users.loadUserByUsername(administrator.getValue().username()));
            int policy = mvc.perform(post("/admin/security-policy").with(as).with(csrf())
                    .param("lockoutMaxFailures", "3").param("version", "0")).andReturn().getResponse().getStatus();
            int settings = mvc.perform(post("/admin/system-settings").with(as).with(csrf())
                    .param("siteName", "改名").param("version", "0")).andReturn().getResponse().getStatus();
            // the allowed role gets past authorisation to the form's validation (400), the others 403
            assertThat(policy).as(administrator.getKey() + " 安全策略")
                    .isEqualTo(administrator.getKey() == Role.SECURITY_ADMIN ? 400 : 403);
            assertThat(settings).as(administrator.getKey() + " 系统设置")
                    .isEqualTo(administrator.getKey() == Role.SYSTEM_ADMIN ? 400 : 403);
        }
    }

    @Test
    void theOfficeCreatesUnitAccountsButNoAdministratorAccount() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (Role role : List.of(Role.ADMIN, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            MockHttpServletResponse response = createAccount(world.admin(), "x-" + suffix + "-" + role.ordinal(), role);
            assertThat(response.getStatus()).as(role.name()).isEqualTo(403);
            assertThat(response.getContentAsString()).contains("\"code\":\"ROLE_RESERVED\"");
        }
        assertThat(createAccount(world.admin(), "rater-" + suffix, Role.RATER).getStatus()).isEqualTo(201);
        assertThat(mvc.perform(get("/api/v1/accounts/{id}", administrators.get(Role.AUDIT_ADMIN).id())
                        .with(httpBasic(world.admin().username(), TestWorlds.PASSWORD)))
                .andReturn().getResponse().getContentAsString()).contains("\"code\":\"ROLE_RESERVED\"");
        assertThat(mvc.perform(get("/api/v1/accounts").with(httpBasic(world.admin().username(), TestWorlds.PASSWORD)))
                .andReturn().getResponse().getContentAsString())
                .contains(world.clerkA().username())
                .doesNotContain(administrators.get(Role.AUDIT_ADMIN).username());
    }

    @Test
    void theSystemAdministratorGrantsTheAdministratorRoles() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Account system = administrators.get(Role.SYSTEM_ADMIN);
        for (Role role : List.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            assertThat(createAccount(system, "y-" + suffix + "-" + role.ordinal(), role).getStatus()).as(role.name())
                    .isEqualTo(201);
        }
        assertThat(mvc.perform(get("/api/v1/accounts").with(httpBasic(system.username(), TestWorlds.PASSWORD)))
                .andReturn().getResponse().getContentAsString())
                .contains(administrators.get(Role.AUDIT_ADMIN).username(), world.clerkA().username());
    }

    private MockHttpServletResponse createAccount(Account by, String username, Role role) throws Exception {
        return mvc.perform(post("/api/v1/accounts").with(httpBasic(by.username(), TestWorlds.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"测试\",\"password\":\"Chushi#2026x\","
                                + "\"role\":\"" + role + "\"}"))
                .andReturn().getResponse();
    }
}
