package org.jixiao.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.administration.setup.SetupWorkbooks;
import org.jixiao.audit.AuditCommand;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.Account;
import org.jixiao.organization.AccountRepository;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Role;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.TableTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every administration change through the API — cycles, templates, organization, accounts, rater
 * panels, bulk set-up — and a person's own password change and a lockout leave one audit entry each,
 * with who, in which role, about what, before → after and never a password hash; a refused change
 * leaves none, and the chain still verifies afterwards.
 */
@IntegrationTest
class AdministrationAuditIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    AssessmentCycles cycles;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    TestWorlds.World world;
    String suffix;
    long firstEntry;

    /** An entry as the test reads it. */
    record Entry(String kind, String actor, String role, Long cycleId, Long unitId, String subject, String before,
                 String after) {
    }

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        suffix = world.admin().username().substring("admin-".length());
        firstEntry = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    /** Whatever a test changed, no entry holds a password hash and the whole chain still verifies. */
    @AfterEach
    void noHashAnywhereAndTheChainVerifies() {
        List<String> hashes = jdbc.sql("select password_hash from account").query(String.class).list();
        for (Entry entry : entriesSinceStart()) {
            for (String json : new String[] {entry.before(), entry.after()}) {
                assertThat(json == null ? "" : json).doesNotContain("{bcrypt}").doesNotContain("$2a$")
                        .doesNotContain(TestWorlds.PASSWORD);
                hashes.forEach(hash -> assertThat(json == null ? "" : json).doesNotContain(hash));
            }
        }
        assertThat(verify()).as(verifyOutput).isZero();
    }

    // ---- cycles -----------------------------------------------------------------------------------

    @Test
    void openingCopyingRenamingClosingAndReopeningACycleAreRecorded() throws Exception {
        long created = id(api(post("/api/v1/cycles"), """
                {"year": 2026, "series": "审计系列-%s", "level": "CITY"}""".formatted(suffix))
                .andExpect(status().isCreated()));
        long copied = id(api(post("/api/v1/cycles"), """
                {"year": 2026, "series": "%s", "copyFrom": %d}""".formatted(world.cycle().series(), world.cycle().id()))
                .andExpect(status().isCreated()));
        api(put("/api/v1/cycles/{id}", created), """
                {"series": "改名系列-%s", "level": "DISTRICT"}""".formatted(suffix)).andExpect(status().isOk());
        api(post("/api/v1/cycles/{id}/close", created), "").andExpect(status().isOk());
        api(post("/api/v1/cycles/{id}/close", created), "").andExpect(status().isOk());
        api(post("/api/v1/cycles/{id}/reopen", created), "").andExpect(status().isOk());

        List<Entry> entries = entries("CYCLE");
        assertThat(entries).extracting(Entry::cycleId, Entry::subject).containsExactly(
                tuple(created, "新建考评年度 2026年度 审计系列-" + suffix),
                tuple(copied, "复制考评年度 2026年度 " + world.cycle().series()),
                tuple(created, "修改考评年度 2026年度 审计系列-" + suffix),
                tuple(created, "关闭考评年度 2026年度 改名系列-" + suffix),
                tuple(created, "重新开启考评年度 2026年度 改名系列-" + suffix));
        assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo(world.admin().username()))
                .allSatisfy(e -> assertThat(e.role()).isEqualTo("ADMIN"));
        assertThat(entries.get(0).before()).isNull();
        assertThat(entries.get(0).after()).startsWith("{\"年度\":2026,\"系列\":\"审计系列-" + suffix
                + "\",\"层级\":\"CITY\",\"状态\":\"OPEN\",\"总分\":100");
        assertThat(entries.get(1).after()).contains("\"复制自\":\"" + world.cycle().name() + "\"");
        assertThat(entries.get(2).before()).contains("\"系列\":\"审计系列-" + suffix + "\",\"层级\":\"CITY\"");
        assertThat(entries.get(2).after()).contains("\"系列\":\"改名系列-" + suffix + "\",\"层级\":\"DISTRICT\"");
        assertThat(entries.get(3)).extracting(Entry::before, Entry::after)
                .containsExactly("{\"状态\":\"OPEN\"}", "{\"状态\":\"CLOSED\"}");
    }

    @Test
    void aTemplateChangeIsRecordedAsASettingWithWhatChangedAndBothTemplates() throws Exception {
        AssessmentCycle cycle = world.cycle();
        TableTemplate edited = withFirstItemText(cycle.template(), "审计测试的指标内容");
        api(put("/api/v1/cycles/{id}/template", cycle.id()).param("confirm", "true"),
                JsonMapper.builder().build().writeValueAsString(edited)).andExpect(status().isOk());

        Entry entry = single(entries("SETTINGS"));
        assertThat(entry.subject()).isEqualTo("修改考评表模板 " + cycle.name());
        assertThat(entry.before()).startsWith("{\"版本\":" + cycle.version() + ",\"模板\":{");
        assertThat(entry.after()).startsWith("{\"版本\":" + (cycle.version() + 1) + ",\"修改\":[")
                .contains("审计测试的指标内容");
        assertThat(entry.before()).doesNotContain("审计测试的指标内容");
    }

    @Test
    void aRefusedCycleLeavesNoEntry() throws Exception {
        api(post("/api/v1/cycles"), """
                {"year": 2025, "series": "%s"}""".formatted(world.cycle().series()))
                .andExpect(status().isConflict());

        assertThat(entriesSinceStart()).isEmpty();
    }

    // ---- organization -----------------------------------------------------------------------------

    @Test
    void groupsUnitsDepartmentsAndPeopleAreRecordedWithTheirUnit() throws Exception {
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        long group = id(api(post("/api/v1/cycles/{c}/groups", cycle), "{\"name\": \"第二组\"}"));
        api(put("/api/v1/cycles/{c}/groups/{g}", cycle, group), "{\"name\": \"第三组\"}").andExpect(status().isOk());
        long added = id(api(post("/api/v1/cycles/{c}/units", cycle),
                "{\"name\": \"泉州市审计局-" + suffix + "\", \"shortName\": \"审计局\", \"group\": \"第三组\"}"));
        api(put("/api/v1/cycles/{c}/units/{u}", cycle, added),
                "{\"name\": \"泉州市审计局-" + suffix + "\", \"shortName\": \"审计\", \"group\": \"第一组\"}")
                .andExpect(status().isOk());
        api(delete("/api/v1/cycles/{c}/units/{u}", cycle, added), "").andExpect(status().isNoContent());
        api(delete("/api/v1/cycles/{c}/groups/{g}", cycle, group), "").andExpect(status().isNoContent());
        long department = id(api(post("/api/v1/cycles/{c}/units/{u}/departments", cycle, unit),
                "{\"name\": \"综合科\", \"head\": \"王五\"}"));
        api(put("/api/v1/cycles/{c}/units/{u}/departments/{d}", cycle, unit, department),
                "{\"name\": \"综合科\", \"head\": \"赵六\"}").andExpect(status().isOk());
        long person = id(api(post("/api/v1/cycles/{c}/units/{u}/people", cycle, unit),
                "{\"name\": \"李四\", \"title\": \"科长\", \"duty\": \"DEPARTMENT_HEAD\", \"departmentId\": "
                        + department + "}"));
        api(delete("/api/v1/cycles/{c}/units/{u}/people/{p}", cycle, unit, person), "")
                .andExpect(status().isNoContent());
        api(delete("/api/v1/cycles/{c}/units/{u}/departments/{d}", cycle, unit, department), "")
                .andExpect(status().isNoContent());

        List<Entry> entries = entries("ORGANIZATION");
        assertThat(entries).extracting(Entry::unitId, Entry::subject).containsExactly(
                tuple(null, "新建考评组 第二组"),
                tuple(null, "修改考评组 第三组"),
                tuple(added, "添加参评单位 泉州市审计局-" + suffix),
                tuple(added, "修改参评单位 泉州市审计局-" + suffix),
                tuple(added, "移出参评单位 泉州市审计局-" + suffix),
                tuple(null, "删除考评组 第三组"),
                tuple(unit, "添加科室 综合科"),
                tuple(unit, "修改科室 综合科"),
                tuple(unit, "添加人员 李四"),
                tuple(unit, "删除人员 李四"),
                tuple(unit, "删除科室 综合科"));
        assertThat(entries).allSatisfy(e -> assertThat(e.cycleId()).isEqualTo(cycle));
        assertThat(entries.get(1)).extracting(Entry::before, Entry::after).containsExactly(
                "{\"编号\":" + group + ",\"名称\":\"第二组\"}", "{\"编号\":" + group + ",\"名称\":\"第三组\"}");
        assertThat(entries.get(3).before()).contains("\"单位简称\":\"审计局\"").contains("\"考评组\":\"第三组\"");
        assertThat(entries.get(3).after()).contains("\"单位简称\":\"审计\"").contains("\"考评组\":\"第一组\"");
        assertThat(entries.get(4).after()).isNull();
        assertThat(entries.get(7)).extracting(Entry::before, Entry::after).containsExactly(
                "{\"编号\":" + department + ",\"科室名称\":\"综合科\",\"科室负责人\":\"王五\"}",
                "{\"编号\":" + department + ",\"科室名称\":\"综合科\",\"科室负责人\":\"赵六\"}");
        assertThat(entries.get(8).after()).isEqualTo("{\"编号\":" + person
                + ",\"姓名\":\"李四\",\"职务\":\"科长\",\"职责\":\"DEPARTMENT_HEAD\",\"科室\":" + department + "}");
    }

    @Test
    void aRefusedOrganizationChangeLeavesNoEntry() throws Exception {
        api(post("/api/v1/cycles/{c}/groups", world.cycle().id()), "{\"name\": \"第一组\"}")
                .andExpect(status().isConflict());
        api(delete("/api/v1/cycles/{c}/units/{u}", world.cycle().id(), world.unitA().id()), "")
                .andExpect(status().isConflict());

        assertThat(entriesSinceStart()).isEmpty();
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

        List<Entry> entries = entries("ACCOUNT");
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
    void aTakenUsernameIsRefusedAndLeavesNoEntry() throws Exception {
        api(post("/api/v1/accounts"), """
                {"username": "%s", "displayName": "重名", "password": "Chushi#2025", "role": "UNIT_CLERK",
                 "unitId": %d}""".formatted(world.clerkA().username(), world.unitA().id()))
                .andExpect(status().isConflict());

        assertThat(entriesSinceStart()).isEmpty();
    }

    @Test
    void aPersonChangingTheirOwnPasswordIsRecordedAsThemselves() throws Exception {
        mvc.perform(post("/account/password").with(user(users.loadUserByUsername(world.clerkA().username())))
                        .with(csrf()).param("currentPassword", TestWorlds.PASSWORD)
                        .param("newPassword", "Eigenes#Pw2026").param("confirmPassword", "Eigenes#Pw2026"))
                .andExpect(redirectedUrl("/account?changed"));

        Entry entry = single(entries("ACCOUNT"));
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

        List<Entry> entries = entries("SETTINGS");
        assertThat(entries).extracting(Entry::subject, Entry::before, Entry::after).containsExactly(
                tuple("考评组分配：" + rater.username(), "{\"考评组成员\":\"" + rater.username() + "\",\"考评组\":[]}",
                        "{\"考评组成员\":\"" + rater.username() + "\",\"考评组\":[\"第一组\"]}"),
                tuple("取消考评组分配：" + rater.username(),
                        "{\"考评组成员\":\"" + rater.username() + "\",\"考评组\":[\"第一组\"]}",
                        "{\"考评组成员\":\"" + rater.username() + "\",\"考评组\":[]}"),
                tuple("考评组分配：" + rater.username(), null,
                        "{\"考评组成员\":\"" + rater.username() + "\",\"参评单位\":" + world.unitB().id() + "}"));
    }

    // ---- bulk set-up and lockout ------------------------------------------------------------------

    @Test
    void aBulkSetUpIsOneSummaryAndOneEntryPerCreatedAccount() throws Exception {
        AssessmentCycle cycle = cycles.open(2025, "审计导入系列-" + suffix, world.cycle().template());
        String s = "-" + suffix.substring(0, 6);
        mvc.perform(multipart("/api/v1/cycles/{c}/setup", cycle.id())
                        .file(new MockMultipartFile("file", "setup.xlsx", "application/octet-stream",
                                SetupWorkbooks.valid(s).bytes()))
                        .with(httpBasic(world.admin().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk());

        Entry summary = single(entries("ORGANIZATION"));
        assertThat(summary.subject()).isEqualTo("批量导入 " + cycle.name());
        assertThat(summary.after()).isEqualTo("{\"考评组\":1,\"参评单位\":2,\"科室\":2,\"人员\":2,\"账号\":2}");
        List<Entry> created = entries("ACCOUNT");
        long clerkUnit = accountRepository.findByUsername("sw-jbr" + s).orElseThrow().unitId();
        assertThat(created).extracting(Entry::cycleId, Entry::unitId, Entry::subject).containsExactly(
                tuple(cycle.id(), clerkUnit, "新建账号 sw-jbr" + s + "（批量导入）"),
                tuple(cycle.id(), null, "新建账号 kp-zhou" + s + "（批量导入）"));
        assertThat(created.get(0).after()).contains("\"角色\":\"UNIT_CLERK\"")
                .endsWith("\"密码\":\"已设置初始密码\"}").doesNotContain("Shangwu#2026");
    }

    @Test
    void tooManyFailedSignInsRecordTheLockWithItsEnd() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/accounts").with(httpBasic(world.clerkB().username(), "Falsch#2025")))
                    .andExpect(status().isUnauthorized());
        }

        List<Entry> failed = jdbc.sql("""
                        select kind, actor, actor_role, cycle_id, unit_id, subject, before_json, after_json
                        from audit_entry where id > ? and actor = ? and kind = 'LOGIN_FAILED' order by id""")
                .params(firstEntry, world.clerkB().username()).query(AdministrationAuditIT::entry).list();
        assertThat(failed).hasSize(6);
        Entry lock = single(failed.stream().filter(e -> e.subject().startsWith("已锁定至 ")).toList());
        assertThat(lock.subject()).matches("已锁定至 (\\d+月\\d+日 )?\\d{2}:\\d{2}");
        assertThat(lock.role()).isEqualTo("ANONYMOUS");
        assertThat(lock.after()).startsWith("{\"连续失败次数\":5,\"锁定至\":\"");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private ResultActions api(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(world.admin().username(), TestWorlds.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static long id(ResultActions created) throws Exception {
        String body = created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("id").asLong();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    /** This test's entries of one kind, oldest first: the world's set-up is not among them. */
    private List<Entry> entries(String kind) {
        return entriesSinceStart().stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private List<Entry> entriesSinceStart() {
        List<String> actors = List.of(world.admin().username(), world.clerkA().username());
        return new ArrayList<>(jdbc.sql("""
                        select kind, actor, actor_role, cycle_id, unit_id, subject, before_json, after_json
                        from audit_entry where id > ? and actor in (?, ?) order by id""")
                .params(firstEntry, actors.get(0), actors.get(1)).query(AdministrationAuditIT::entry).list());
    }

    private static Entry single(List<Entry> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static TableTemplate withFirstItemText(TableTemplate template, String text) {
        List<CategoryTemplate> categories = new ArrayList<>(template.categories());
        CategoryTemplate category = categories.stream().filter(c -> !c.fixedItems().isEmpty()).findFirst()
                .orElseThrow();
        List<FixedItemTemplate> items = new ArrayList<>(category.fixedItems());
        FixedItemTemplate first = items.get(0);
        items.set(0, new FixedItemTemplate(first.code(), first.area(), text, first.weight(), first.leadDepartment()));
        categories.set(categories.indexOf(category), new CategoryTemplate(category.key(), category.name(),
                category.group(), category.role(), category.points(), items, category.codeNumber(),
                category.leadDepartment()));
        return new TableTemplate(template.year(), categories, template.rules());
    }

    // ---- audit verify on the database the application uses ---------------------------------------

    private String verifyOutput = "";

    private int verify() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", environment.getRequiredProperty("spring.datasource.url"));
        env.put("SPRING_DATASOURCE_USERNAME", environment.getProperty("spring.datasource.username", ""));
        env.put("SPRING_DATASOURCE_PASSWORD", environment.getProperty("spring.datasource.password", ""));
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = AuditCommand.run(List.of("verify"), print, print, env);
        verifyOutput = out.toString(StandardCharsets.UTF_8);
        return code;
    }
}
