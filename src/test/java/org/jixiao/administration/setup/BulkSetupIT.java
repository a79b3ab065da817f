package org.jixiao.administration.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.Account;
import org.jixiao.organization.AccountRepository;
import org.jixiao.organization.Member;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Role;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.StandardTemplates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Bulk set-up of a cycle from one workbook, through the API and the page: everything or nothing is
 * stored, findings name the sheet, row and column, only the office may do it.
 */
@IntegrationTest
class BulkSetupIT {

    private static final Pattern TOKEN = Pattern.compile("/setup/([0-9a-f]{48})");
    private static final List<String> TABLES =
            List.of("assessment_group", "unit", "cycle_unit", "department", "person", "account");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    AssessmentCycles cycles;

    @Autowired
    Organization organization;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    private AssessmentCycle emptyCycle() {
        return cycles.open(2025, "批量导入系列-" + UUID.randomUUID().toString().substring(0, 8),
                StandardTemplates.cityGovernment2025());
    }

    private static String suffix() {
        return "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private ResultActions api(long cycleId, byte[] file, boolean dryRun, Account account) throws Exception {
        return mvc.perform(multipart("/api/v1/cycles/{c}/setup", cycleId)
                .file(new MockMultipartFile("file", "setup.xlsx", SetupPageController.XLSX.toString(), file))
                .param("dryRun", String.valueOf(dryRun))
                .with(httpBasic(account.username(), TestWorlds.PASSWORD)));
    }

    @Test
    void aValidFileThroughTheApiCreatesGroupsUnitsDepartmentsPeopleAndAccounts() throws Exception {
        TestWorlds.World world = worlds.create();
        AssessmentCycle cycle = emptyCycle();
        String s = suffix();
        byte[] file = SetupWorkbooks.valid(s).bytes();

        api(cycle.id(), file, true, world.admin()).andExpect(status().isOk())
                .andExpect(jsonPath("$.created.units").value(2));
        assertThat(organization.members(cycle.id())).isEmpty();

        api(cycle.id(), file, false, world.admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created.groups").value(1))
                .andExpect(jsonPath("$.created.units").value(2))
                .andExpect(jsonPath("$.created.departments").value(2))
                .andExpect(jsonPath("$.created.people").value(2))
                .andExpect(jsonPath("$.created.accounts").value(2))
                .andExpect(jsonPath("$.findings").isEmpty());

        List<Member> members = organization.members(cycle.id());
        assertThat(members).extracting(m -> m.unit().name(), m -> m.group().name())
                .containsExactly(tuple("泉州市商务局" + s, "第一组"),
                        tuple("泉州市科学技术局" + s, "第一组"));
        long commerce = members.get(0).unit().id();
        long office = organization.departments(commerce).get(0).id();
        assertThat(organization.departments(commerce)).extracting(d -> d.name()).containsExactly("办公室");
        assertThat(organization.people(commerce)).singleElement()
                .satisfies(p -> assertThat(p.departmentId()).isEqualTo(office));
        Account clerk = accounts.findByUsername("sw-jbr" + s).orElseThrow();
        assertThat(clerk.role()).isEqualTo(Role.UNIT_CLERK);
        assertThat(clerk.unitId()).isEqualTo(commerce);
        assertThat(clerk.mustChangePassword()).isTrue();
    }

    @Test
    void aFileWithADuplicateUnitAndAMissingDepartmentGivesRowFindingsAndStoresNothing() throws Exception {
        TestWorlds.World world = worlds.create();
        AssessmentCycle cycle = emptyCycle();
        String s = suffix();
        byte[] file = SetupWorkbooks.valid(s)
                .row("单位", "泉州市商务局" + s, "商务局", "第二组", "市直", "")
                .row("人员", "科技局" + s, "钱九", "科员", "财务科", "责任人").bytes();
        Map<String, Long> before = counts();

        api(cycle.id(), file, false, world.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SETUP_INVALID"))
                .andExpect(jsonPath("$.message").value(containsString("未导入任何数据")))
                .andExpect(jsonPath("$.details.length()").value(2))
                .andExpect(jsonPath("$.details[0].sheet").value("单位"))
                .andExpect(jsonPath("$.details[0].row").value(4))
                .andExpect(jsonPath("$.details[0].column").value("单位全称"))
                .andExpect(jsonPath("$.details[0].code").value("UNIT_DUPLICATE"))
                .andExpect(jsonPath("$.details[1].sheet").value("人员"))
                .andExpect(jsonPath("$.details[1].row").value(4))
                .andExpect(jsonPath("$.details[1].code").value("PERSON_DEPARTMENT_UNKNOWN"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void filesThatAreNoSetupWorkbookAreRefusedWithAStableCode() throws Exception {
        TestWorlds.World world = worlds.create();
        AssessmentCycle cycle = emptyCycle();

        api(cycle.id(), "单位全称\n泉州市商务局\n".getBytes(StandardCharsets.UTF_8), false, world.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SETUP_FILE_UNSUPPORTED_FORMAT"));
        api(cycle.id(), SetupWorkbooks.valid(suffix()).without("人员").bytes(), false, world.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SETUP_SHEET_MISSING"))
                .andExpect(jsonPath("$.message").value(containsString("人员")));
    }

    @Test
    void onlyTheOfficeMaySetUpACycle() throws Exception {
        TestWorlds.World world = worlds.create();
        AssessmentCycle cycle = emptyCycle();

        api(cycle.id(), SetupWorkbooks.valid(suffix()).bytes(), false, world.clerkA())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/admin/cycles/{c}/setup", cycle.id()).with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/cycles/{c}/setup/template.xlsx", cycle.id())
                        .with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isForbidden());
        assertThat(organization.members(cycle.id())).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheSetupCall() throws Exception {
        TestWorlds.World world = worlds.create();

        mvc.perform(get("/v3/api-docs").with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cycles/{cycleId}/setup'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cycles/{cycleId}/setup'].post.tags[0]").value("批量导入"));
    }

    @Test
    void thePageShowsFindingsOfABadFileThenConfirmsAValidOneAtOnce() throws Exception {
        TestWorlds.World world = worlds.create();
        AssessmentCycle cycle = emptyCycle();
        String s = suffix();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(upload(cycle, SetupWorkbooks.valid(s).row("科室", "教育局" + s, "办公室", "").bytes(), session,
                        world.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"setup-blocked\"")))
                .andExpect(content().string(containsString("DEPARTMENT_UNIT_UNKNOWN")))
                .andExpect(content().string(not(containsString("id=\"confirm-setup\""))));

        String html = mvc.perform(upload(cycle, SetupWorkbooks.valid(s).bytes(), session, world.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("泉州市商务局" + s)))
                .andExpect(content().string(not(containsString("Shangwu#2026"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(organization.members(cycle.id())).isEmpty();

        Matcher token = TOKEN.matcher(html);
        assertThat(token.find()).isTrue();
        mvc.perform(post("/admin/cycles/{c}/setup/{t}", cycle.id(), token.group(1))
                        .session(session).with(csrf()).with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", new SetupPlan.Counts(1, 2, 2, 2, 2)));
        assertThat(organization.members(cycle.id())).hasSize(2);
        assertThat(accounts.findByUsername("kp-zhou" + s)).isPresent();

        mvc.perform(post("/admin/cycles/{c}/setup/{t}", cycle.id(), token.group(1))
                        .session(session).with(csrf()).with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theTemplateOpensInExcelAndImportsAsItIsIntoAnEmptyCycle() throws Exception {
        TestWorlds.World world = worlds.create();
        AssessmentCycle cycle = emptyCycle();

        byte[] template = mvc.perform(get("/admin/cycles/{c}/setup/template.xlsx", cycle.id())
                        .with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheet("说明")).isNotNull();
            for (SetupSheet sheet : SetupSheet.values()) {
                assertThat(workbook.getSheet(sheet.title()).getLastRowNum()).isEqualTo(1);
            }
        }

        api(cycle.id(), template, true, world.admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings").isEmpty())
                .andExpect(jsonPath("$.created.units").value(1));
    }

    private static MockMultipartHttpServletRequestBuilder upload(AssessmentCycle cycle, byte[] file,
                                                                   MockHttpSession session, Account account) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/admin/cycles/{c}/setup", cycle.id())
                .file(new MockMultipartFile("file", "setup.xlsx", SetupPageController.XLSX.toString(), file))
                .session(session).with(csrf()).with(user(SignedInAccount.of(account)));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
