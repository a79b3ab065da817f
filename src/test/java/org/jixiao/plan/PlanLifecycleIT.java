package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.organization.Account;
import org.jixiao.organization.CurrentUser;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.Points;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A unit's plan through the JSON API from draft to publication, with the refusals on the way; the
 * table as JSON; the peer review on the pages; and year-end work waiting for the approval.
 */
@IntegrationTest
class PlanLifecycleIT {

    private static final Path SEED = Path.of("../shared/seeds/002_8d0d28c8a60b99c8.txt");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    TargetTableService tableService;

    @Autowired
    AssessmentService assessment;

    @Test
    void aTableGoesFromDraftToPublishedThroughTheApi() throws Exception {
        TestWorlds.World world = worlds.create();
        SecondLevelIndicator row = firstSecondLevel(world);
        setWeight(world, row, row.weight().plus(Points.of(1)));

        transition(world, world.clerkA(), "{\"action\": \"SUBMIT\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PLAN_HAS_ERRORS"))
                .andExpect(jsonPath("$.details[*].code", Matchers.hasItem("L2_WEIGHTS_DIFFER_FROM_L1_POINTS")))
                .andExpect(jsonPath("$.details[*].severity", Matchers.everyItem(Matchers.is("ERROR"))));
        setWeight(world, row, row.weight());
        expectStatus(transition(world, world.clerkA(), "{\"action\": \"SUBMIT\"}"), "SUBMITTED");
        expectStatus(transition(world, world.admin(), "{\"action\": \"START_PEER_REVIEW\"}"), "PEER_REVIEW");
        expectStatus(transition(world, world.admin(), "{\"action\": \"FINISH_PEER_REVIEW\"}"), "OFFICE_REVIEW");

        transition(world, world.admin(), "{\"action\": \"RETURN\", \"reason\": \" \"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PLAN_REASON_REQUIRED"));
        // two rows, the later one of the table first: they are read back in the order the office gave them
        List<UUID> named = List.of(lastSecondLevel(world).id(), row.id());
        expectStatus(transition(world, world.admin(), "{\"action\": \"RETURN\", \"reason\": \"完成时限不明确，请写明月份\", "
                + "\"rows\": [\"" + named.get(0) + "\", \"" + named.get(1) + "\"]}"), "DRAFT");
        getTable(world, world.clerkA())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.returnReasons[0].reason").value("完成时限不明确，请写明月份"))
                .andExpect(jsonPath("$.returnReasons[0].role").value("OFFICE"))
                .andExpect(jsonPath("$.returnReasons[0].rows[0]").value(named.get(0).toString()))
                .andExpect(jsonPath("$.returnReasons[0].rows[1]").value(named.get(1).toString()));
        mvc.perform(get("/tables/{t}", world.tableA()).with(as(world.clerkA())))
                .andExpect(content().string(Matchers.containsString("完成时限不明确，请写明月份")))
                .andExpect(content().string(Matchers.matchesPattern(
                        "(?s).*<tr id=\"row-" + row.id() + "\"[^>]*class=\"[^\"]*returned[^\"]*\".*")));

        expectStatus(transition(world, world.clerkA(), "{\"action\": \"SUBMIT\"}"), "SUBMITTED");
        expectStatus(transition(world, world.admin(), "{\"action\": \"START_PEER_REVIEW\"}"), "PEER_REVIEW");
        expectStatus(transition(world, world.admin(), "{\"action\": \"FINISH_PEER_REVIEW\"}"), "OFFICE_REVIEW");
        expectStatus(transition(world, world.admin(), "{\"action\": \"PASS_OFFICE_REVIEW\"}"), "LEADER_APPROVAL");
        transition(world, world.admin(), "{\"action\": \"APPROVE\", \"reason\": \"同意。\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PLAN_LEADER_NOT_CONFIRMED"));
        transition(world, world.clerkA(), "{\"action\": \"LEADER_APPROVE\"}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PLAN_NOT_ALLOWED"));
        expectStatus(transition(world, world.leaderA(), "{\"action\": \"LEADER_APPROVE\"}"), "LEADER_APPROVAL");
        transition(world, world.admin(), "{\"action\": \"APPROVE\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PLAN_APPROVAL_TEXT_REQUIRED"));
        expectStatus(transition(world, world.admin(), "{\"action\": \"APPROVE\", \"reason\": \"同意该单位绩效目标。\"}"),
                "APPROVED");
        transition(world, world.leaderA(), "{\"action\": \"PUBLISH\"}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PLAN_NOT_ALLOWED"));
        expectStatus(transition(world, world.admin(), "{\"action\": \"PUBLISH\"}"), "PUBLISHED");
        transition(world, world.admin(), "{\"action\": \"RETURN\", \"reason\": \"再改\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PLAN_NOT_IN_STATE"));

        getTable(world, world.leaderA())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.statusLabel").value("已公示"))
                .andExpect(jsonPath("$.approvalText").value("同意该单位绩效目标。"))
                .andExpect(jsonPath("$.editable").value(false))
                .andExpect(jsonPath("$.transitions.length()").value(11))
                .andExpect(jsonPath("$.transitions[3].action").value("RETURN"))
                .andExpect(jsonPath("$.transitions[3].reason").value("完成时限不明确，请写明月份"))
                .andExpect(jsonPath("$.transitions[10].to").value("PUBLISHED"));
    }

    @Test
    void theApiAnswersWithCodesForUnknownActionsRowsAndOtherUnits() throws Exception {
        TestWorlds.World world = worlds.create();
        transition(world, world.clerkA(), "{\"action\": \"FINISH\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PLAN_UNKNOWN_ACTION"));
        transition(world, world.clerkB(), "{\"action\": \"SUBMIT\"}").andExpect(status().isNotFound());
        expectStatus(transition(world, world.clerkA(), "{\"action\": \"SUBMIT\"}"), "SUBMITTED");
        transition(world, world.admin(), "{\"action\": \"RETURN\", \"reason\": \"改\", \"rows\": [\""
                + UUID.randomUUID() + "\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PLAN_UNKNOWN_ROW"));
        getTable(world, world.clerkA()).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void theTableAsJsonHasItsRowsFindingsStatusAndVersion() throws Exception {
        TestWorlds.World world = worlds.create();
        TargetTableRepository.Stored stored = tables.find(world.tableA()).orElseThrow();

        getTable(world, world.clerkA())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(world.tableA().toString()))
                .andExpect(jsonPath("$.unit.id").value(world.unitA().id()))
                .andExpect(jsonPath("$.unit.name").value(stored.table().unitName()))
                .andExpect(jsonPath("$.cycle.id").value(world.cycle().id()))
                .andExpect(jsonPath("$.cycle.year").value(2025))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(stored.version()))
                .andExpect(jsonPath("$.totalPoints").value(100))
                .andExpect(jsonPath("$.categories[0].name").value("重点工作目标"))
                .andExpect(jsonPath("$.categories[0].declaredPoints").value(15))
                .andExpect(jsonPath("$.categories[0].indicators[0].code").value("1-1"))
                .andExpect(jsonPath("$.categories[0].indicators[0].points").value(5))
                .andExpect(jsonPath("$.categories[0].indicators[0].policyReferences[0].documentNumber")
                        .value("泉委办〔2025〕10号"))
                .andExpect(jsonPath("$.categories[0].indicators[0].secondLevel[0].code").value("1-1-1"))
                .andExpect(jsonPath("$.categories[0].indicators[0].secondLevel[0].weight").value(2))
                .andExpect(jsonPath("$.categories[0].indicators[0].secondLevel[0].responsibility.deadline")
                        .value("12月底前"))
                .andExpect(jsonPath("$.categories[0].indicators[0].secondLevel[0].responsibility.departments[0].name")
                        .value("经济发展科"))
                .andExpect(jsonPath("$.categories[0].indicators[0].secondLevel[0].responsibility.departments[0].head")
                        .value("褚达志"))
                .andExpect(jsonPath("$.categories[0].indicators[0].secondLevel[0].responsibility.leaders[0]")
                        .value("邱常冲"))
                .andExpect(jsonPath("$.categories[3].name").value("行政能力目标"))
                .andExpect(jsonPath("$.categories[3].indicators[0].fixedItem").value(true))
                .andExpect(jsonPath("$.categories[3].indicators[0].area").value("从严治党"))
                .andExpect(jsonPath("$.categories[3].indicators[0].responsibility.departments[0].name").isString())
                .andExpect(jsonPath("$.findings[0].code").value("FUNCTIONAL_ADMINISTRATIVE_CONTENT"))
                .andExpect(jsonPath("$.findings[0].severity").value("WARNING"))
                .andExpect(jsonPath("$.findings[0].location").value("常规工作目标 2-1"))
                .andExpect(jsonPath("$.findings[0].rowId").isString())
                .andExpect(jsonPath("$.returnReasons").isEmpty());
        getTable(world, world.leaderA()).andExpect(status().isOk());
        getTable(world, world.admin()).andExpect(status().isOk());
        getTable(world, world.clerkB()).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cycles/{c}/units/{u}/table", world.cycle().id(), world.unitA().id()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentListsTheTableEndpoints() throws Exception {
        TestWorlds.World world = worlds.create();
        mvc.perform(get("/v3/api-docs").with(as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cycles/{cycleId}/units/{unitId}/table'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cycles/{cycleId}/units/{unitId}/table'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cycles/{cycleId}/units/{unitId}/table/transitions'].post")
                        .exists());
    }

    @Test
    void theApiImportReplacesADraftAndRefusesAFileThatIsNoTable() throws Exception {
        TestWorlds.World world = worlds.create();
        long before = tables.find(world.tableA()).orElseThrow().version();
        // The seed names 泉州市国资委, not unit A: refused until confirmed.
        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/cycles/{c}/units/{u}/table", world.cycle().id(), world.unitA().id())
                        .file(new MockMultipartFile("file", "002.txt", "text/plain", Files.readAllBytes(SEED)))
                        .with(httpBasic(world.clerkA().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IMPORT_UNIT_MISMATCH"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("泉州市国资委")));
        assertThat(tables.find(world.tableA()).orElseThrow().version()).isEqualTo(before);
        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/cycles/{c}/units/{u}/table", world.cycle().id(), world.unitA().id())
                        .file(new MockMultipartFile("file", "002.txt", "text/plain", Files.readAllBytes(SEED))).param("confirm", "true")
                        .with(httpBasic(world.clerkA().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.findings[0].code").isString())
                .andExpect(jsonPath("$.skippedRows[0].fileRow").isNumber())
                .andExpect(jsonPath("$.skippedRows[0].reason").isString())
                .andExpect(jsonPath("$.skippedRows[0].reasonText").isString());
        UUID stored = tables.findId(world.cycle().id(), world.unitA().id()).orElseThrow();
        assertThat(stored).as("a replaced table keeps its id").isEqualTo(world.tableA());
        long version = tables.find(stored).orElseThrow().version();

        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/cycles/{c}/units/{u}/table", world.cycle().id(), world.unitA().id())
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain",
                                "会议纪要：今天讨论了绩效工作。".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic(world.clerkA().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("NO_HEADER"));
        assertThat(tables.findId(world.cycle().id(), world.unitA().id())).contains(stored);
        assertThat(tables.find(stored).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void peersCommentDuringThePeerReviewAndTheOfficeReadsTheComments() throws Exception {
        TestWorlds.World world = worlds.create();
        SecondLevelIndicator row = firstSecondLevel(world);
        mvc.perform(get("/tables/{t}", world.tableA()).with(as(world.clerkB()))).andExpect(status().isNotFound());
        expectStatus(transition(world, world.clerkA(), "{\"action\": \"SUBMIT\"}"), "SUBMITTED");
        expectStatus(transition(world, world.admin(), "{\"action\": \"START_PEER_REVIEW\"}"), "PEER_REVIEW");

        mvc.perform(get("/").with(as(world.clerkB())))
                .andExpect(content().string(Matchers.containsString("/tables/" + world.tableA())));
        mvc.perform(get("/tables/{t}", world.tableA()).with(as(world.clerkB())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/tables/" + world.tableA() + "/plan/comments")));
        mvc.perform(post("/tables/{t}/plan/comments", world.tableA()).param("rowId", row.id().toString())
                        .param("text", "建议把招商指标量化到季度").with(csrf()).with(as(world.clerkB())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/tables/{t}/plan/comments", world.tableA()).param("rowId", row.id().toString())
                        .param("text", "自己评自己").with(csrf()).with(as(world.clerkA())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("planRefusal", "只有同组其他单位的经办人可以提出互审意见"));
        mvc.perform(get("/tables/{t}", world.tableA()).with(as(world.admin())))
                .andExpect(content().string(Matchers.containsString("建议把招商指标量化到季度")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("自己评自己"))));

        expectStatus(transition(world, world.admin(), "{\"action\": \"FINISH_PEER_REVIEW\"}"), "OFFICE_REVIEW");
        mvc.perform(get("/tables/{t}", world.tableA()).with(as(world.clerkB()))).andExpect(status().isNotFound());
    }

    @Test
    void yearEndWorkWaitsForTheApproval() throws Exception {
        TestWorlds.World world = worlds.create();
        SecondLevelIndicator row = firstSecondLevel(world);
        mvc.perform(post("/evaluation/cycles/{c}/units/{u}/self/rows/{r}", world.cycle().id(), world.unitA().id(),
                        row.id()).param("completion", "已完成").with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("考评表尚未批复（状态：草稿）")));
        assertThatThrownBy(() -> assessment.gradeWithoutReadCheck(world.cycle().id(), world.unitA().id(), row.id(), 1,
                CurrentUser.of(world.admin())))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo("PLAN_NOT_APPROVED"));

        worlds.approve(world);
        mvc.perform(post("/evaluation/cycles/{c}/units/{u}/self/rows/{r}", world.cycle().id(), world.unitA().id(),
                        row.id()).param("completion", "已完成").with(csrf()).with(as(world.clerkA())))
                .andExpect(status().is3xxRedirection());
        assessment.gradeWithoutReadCheck(world.cycle().id(), world.unitA().id(), row.id(), 1, CurrentUser.of(world.admin()));
    }

    private ResultActions transition(TestWorlds.World world, Account account, String body) throws Exception {
        return mvc.perform(post("/api/v1/cycles/{c}/units/{u}/table/transitions", world.cycle().id(), world.unitA().id())
                .contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(account.username(), TestWorlds.PASSWORD)));
    }

    private static void expectStatus(ResultActions result, String status) throws Exception {
        result.andExpect(status().isOk()).andExpect(jsonPath("$.status").value(status));
    }

    private ResultActions getTable(TestWorlds.World world, Account account) throws Exception {
        return mvc.perform(get("/api/v1/cycles/{c}/units/{u}/table", world.cycle().id(), world.unitA().id())
                .with(httpBasic(account.username(), TestWorlds.PASSWORD)));
    }

    private SecondLevelIndicator firstSecondLevel(TestWorlds.World world) {
        return tables.find(world.tableA()).orElseThrow().table().allFirstLevel().stream()
                .filter(l1 -> !l1.isItem() && !l1.secondLevel().isEmpty()).findFirst().orElseThrow()
                .secondLevel().get(0);
    }

    private SecondLevelIndicator lastSecondLevel(TestWorlds.World world) {
        List<SecondLevelIndicator> rows = tables.find(world.tableA()).orElseThrow().table().allFirstLevel().stream()
                .filter(l1 -> !l1.isItem()).flatMap(l1 -> l1.secondLevel().stream()).toList();
        return rows.get(rows.size() - 1);
    }

    private void setWeight(TestWorlds.World world, SecondLevelIndicator row, Points weight) {
        long version = tables.find(world.tableA()).orElseThrow().version();
        tableService.edit(world.tableA(), version, CurrentUser.of(world.clerkA()), table -> table.replaceSecondLevel(
                new SecondLevelIndicator(row.id(), row.code(), row.text(), weight, row.responsibility())));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Account account) {
        return user(SignedInAccount.of(account));
    }
}
