package org.jixiao.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.administration.AuditedChanges.single;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.administration.AuditedChanges.Entry;
import org.jixiao.administration.setup.SetupWorkbooks;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.AccountRepository;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The office's changes to cycles, templates and a cycle's organization through the API, and a bulk
 * set-up, each leave one audit entry with who, in which role, about what and before → after; a
 * refused change leaves none; no entry holds a password, and the chain still verifies afterwards.
 * (Accounts, own passwords, rater panels and lockouts: {@link AccountAuditIT}.)
 */
@IntegrationTest
class AdministrationAuditIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    AssessmentCycles cycles;

    @Autowired
    AccountRepository accountRepository;

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

        List<Entry> entries = changes.of("CYCLE", admin());
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
        assertThat(entries.get(1).after()).contains("\"复制自\":\"" + world.cycle().name() + "\",\"复制参评单位\":2,"
                + "\"复制考评表\":0");
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

        Entry entry = single(changes.of("SETTINGS", admin()));
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

        assertThat(changes.by(admin(), world.clerkA().username())).isEmpty();
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

        List<Entry> entries = changes.of("ORGANIZATION", admin());
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

        assertThat(changes.by(admin(), world.clerkA().username())).isEmpty();
    }

    // ---- bulk set-up ------------------------------------------------------------------

    @Test
    void aBulkSetUpIsOneSummaryAndOneEntryPerCreatedAccount() throws Exception {
        AssessmentCycle cycle = cycles.open(2025, "审计导入系列-" + suffix, world.cycle().template());
        String s = "-" + suffix.substring(0, 6);
        mvc.perform(multipart("/api/v1/cycles/{c}/setup", cycle.id())
                        .file(new MockMultipartFile("file", "setup.xlsx", "application/octet-stream",
                                SetupWorkbooks.valid(s).bytes()))
                        .with(httpBasic(world.admin().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk());

        Entry summary = single(changes.of("ORGANIZATION", admin()));
        assertThat(summary.subject()).isEqualTo("批量导入 " + cycle.name());
        assertThat(summary.after()).isEqualTo("{\"考评组\":1,\"参评单位\":2,\"科室\":2,\"人员\":2,\"账号\":2}");
        List<Entry> created = changes.of("ACCOUNT", admin());
        long clerkUnit = accountRepository.findByUsername("sw-jbr" + s).orElseThrow().unitId();
        assertThat(created).extracting(Entry::cycleId, Entry::unitId, Entry::subject).containsExactly(
                tuple(cycle.id(), clerkUnit, "新建账号 sw-jbr" + s + "（批量导入）"),
                tuple(cycle.id(), null, "新建账号 kp-zhou" + s + "（批量导入）"));
        assertThat(created.get(0).after()).contains("\"角色\":\"UNIT_CLERK\"")
                .endsWith("\"密码\":\"已设置初始密码\"}").doesNotContain("Shangwu#2026");
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
}
