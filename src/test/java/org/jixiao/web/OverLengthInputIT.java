package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.organization.Account;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every text field of the table editor and of the evaluation forms, posted one character longer
 * than its column (or its documented limit) holds: the answer is a message that names the field,
 * never a 5xx, and nothing is stored.
 */
@IntegrationTest
class OverLengthInputIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds tableWorlds;

    @Autowired
    EvaluationWorlds evaluationWorlds;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    Participants participants;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private static String chars(int length) {
        return "长".repeat(length);
    }

    @Test
    void everyTableEditorFieldRefusesAnOverLongValueBesideTheFieldAndKeepsTheTable() throws Exception {
        TestWorlds.World world = tableWorlds.create();
        TargetTable table = tables.find(world.tableA()).orElseThrow().table();
        FirstLevelIndicator authored = table.allFirstLevel().stream()
                .filter(l1 -> !l1.isItem() && !l1.secondLevel().isEmpty()).findFirst().orElseThrow();
        FirstLevelIndicator item = table.allFirstLevel().stream().filter(FirstLevelIndicator::isItem)
                .findFirst().orElseThrow();
        String addL1 = "/tables/" + world.tableA() + "/categories/" + StandardTemplates.ROUTINE_WORK + "/first-level";
        String updateL1 = "/tables/" + world.tableA() + "/first-level/" + authored.id();
        String addL2 = "/tables/" + world.tableA() + "/first-level/" + authored.id() + "/second-level";
        String updateL2 = "/tables/" + world.tableA() + "/second-level/" + authored.secondLevel().get(0).id();
        String assignItem = "/tables/" + world.tableA() + "/items/" + item.id();

        Map<String, String> firstLevelFields = new LinkedHashMap<>();
        firstLevelFields.put("code", "1-" + "1".repeat(19));
        firstLevelFields.put("text", chars(4001));
        firstLevelFields.put("basis", "《" + chars(1999) + "》");
        firstLevelFields.put("basis ", "《园区发展规划》 | " + chars(1001));
        Map<String, String> responsibilityFields = new LinkedHashMap<>();
        responsibilityFields.put("deadline", chars(201));
        responsibilityFields.put("departments", chars(201));
        responsibilityFields.put("heads", chars(101));
        responsibilityFields.put("leaders", chars(101));
        responsibilityFields.put("persons", chars(101));
        responsibilityFields.put("remark", chars(2001));
        Map<String, String> secondLevelFields = new LinkedHashMap<>();
        secondLevelFields.put("code", "1-1-" + "1".repeat(17));
        secondLevelFields.put("text", chars(4001));
        secondLevelFields.putAll(responsibilityFields);

        for (String url : new String[] {addL1, updateL1}) {
            for (Map.Entry<String, String> field : firstLevelFields.entrySet()) {
                expectRefusedBesideTheField(world, url, field.getKey().strip(), field.getValue(), "1-9");
            }
        }
        for (String url : new String[] {addL2, updateL2}) {
            for (Map.Entry<String, String> field : secondLevelFields.entrySet()) {
                expectRefusedBesideTheField(world, url, field.getKey(), field.getValue(), "1-1-9");
            }
        }
        for (Map.Entry<String, String> field : responsibilityFields.entrySet()) {
            expectRefusedBesideTheField(world, assignItem, field.getKey(), field.getValue(), null);
        }
    }

    private void expectRefusedBesideTheField(TestWorlds.World world, String url, String field, String value,
                                             String code) throws Exception {
        long version = tables.find(world.tableA()).orElseThrow().version();
        MockHttpServletRequestBuilder request = post(url).param("version", Long.toString(version))
                .header("HX-Request", "true").with(csrf()).with(user(SignedInAccount.of(world.clerkA())));
        Map<String, String> params = new LinkedHashMap<>();
        if (code != null) {
            params.put("code", code);
            params.put("text", "正常内容");
            params.put("points", "1");
        }
        params.put("departments", "办公室");
        params.put(field, value);
        params.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s %s", url, field).isLessThan(500);
        assertThat(response.getContentAsString()).as("%s %s", url, field)
                .contains("field-error").contains("不能超过");
        assertThat(tables.find(world.tableA()).orElseThrow().version()).as("%s %s stored nothing", url, field)
                .isEqualTo(version);
    }

    @Test
    void everyEvaluationFormFieldRefusesAnOverLongValueAndStoresNothing() throws Exception {
        EvaluationWorlds.World world = evaluationWorlds.create();
        long cycle = world.cycleId();
        long unitA = world.base().unitA().id();
        ScoredRow row = participants.one(cycle, unitA).rows().rows().get(0);
        String unit = "/evaluation/cycles/" + cycle + "/units/" + unitA;
        Account clerk = world.base().clerkA();
        Account admin = world.base().admin();
        String[] stores = {"self_evaluation", "self_evaluation_transition", "evidence_file", "item_promotion",
            "unit_incentive", "unit_deduction", "score_history"};
        Map<String, Long> before = new LinkedHashMap<>();
        for (String stored : stores) {
            before.put(stored, count(stored, cycle));
        }

        expectRefusedBeside(post(unit + "/self/rows/" + row.rowId()).param("completion", chars(4001)), clerk,
                "completion", "全年完成情况不能超过 4000 个字（现为 4001 个）");
        expectRefusedBeside(post(unit + "/self/rows/" + row.rowId()).param("completion", "完成")
                .param("evidenceText", chars(4001)), clerk, "evidenceText", "定档举证情况不能超过 4000 个字（现为 4001 个）");
        expectRefused(post(unit + "/self/reopen").param("reason", chars(1001)), admin, "退回原因");
        String longName = "a".repeat(252) + ".pdf";
        expectRefused(multipart(unit + "/self/rows/" + row.rowId() + "/evidence").file(new MockMultipartFile("file",
                longName, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8))), clerk, "文件名");
        expectRefusedBeside(post(unit + "/adjustments/promotions").param("rowId", row.rowId().toString())
                .param("kind", "PILOT").param("reason", chars(501)), admin, "reason", "晋档/提档理由不能超过 500 个字（现为 501 个）");
        expectRefusedBeside(post(unit + "/adjustments/incentives").param("level", chars(51)).param("reason", "奖"),
                admin, "level", "奖项级别不能超过 50 个字（现为 51 个）");
        expectRefusedBeside(post(unit + "/adjustments/incentives").param("level", "国家级").param("reason", chars(501)),
                admin, "reason", "获奖名称不能超过 500 个字（现为 501 个）");
        expectRefusedBeside(post(unit + "/adjustments/deductions").param("points", "1").param("reason", chars(501)),
                admin, "reason", "扣分原因不能超过 500 个字（现为 501 个）");
        expectRefusedBeside(post(unit + "/adjustments/deductions").param("points", "1").param("reason", "扣分")
                .param("evidence", chars(1001)), admin, "evidence", "核验依据不能超过 1000 个字（现为 1001 个）");

        for (String stored : stores) {
            assertThat(count(stored, cycle)).as(stored).isEqualTo(before.get(stored));
        }
    }

    private long count(String table, long cycle) {
        return jdbc.sql("select count(*) from " + table + " where cycle_id = ?").param(cycle).query(Long.class).single();
    }

    /** The page comes back with the message beside the field ({@code fragments/field :: error}). */
    private void expectRefusedBeside(AbstractMockHttpServletRequestBuilder<?> request, Account account, String field,
                                     String message) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf())
                .with(user(users.loadUserByUsername(account.username())))).andReturn().getResponse();
        assertThat(response.getStatus()).as(field).isEqualTo(200);
        org.jsoup.nodes.Element error = org.jsoup.Jsoup.parse(response.getContentAsString()).getElementById(field + "-error");
        assertThat(error).as(field).isNotNull();
        assertThat(error.text()).as(field).startsWith(message);
    }

    private void expectRefused(AbstractMockHttpServletRequestBuilder<?> request, Account account, String field) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf())
                .with(user(users.loadUserByUsername(account.username())))).andReturn().getResponse();
        assertThat(response.getStatus()).as(field).isEqualTo(400);
        assertThat(response.getContentAsString()).as(field).contains(field, "不能超过");
    }
}
