package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.jixiao.organization.Account;
import org.jixiao.organization.CurrentUser;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.Points;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TargetTable;
import org.jixiao.table.TargetTables;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Versions and the mid-year adjustment: the 批复 freezes version 1; an adjustment opens only the rows
 * it names; the office's approval freezes version 2 and the diff shows the weights changed; a
 * rejection puts version 2 back. Every step leaves its audit entry.
 */
@IntegrationTest
class PlanVersionsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    TargetTableService tableService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void approvalFreezesVersionOneAndAnApprovedAdjustmentVersionTwo() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        versions(world, world.leaderA())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].number").value(1))
                .andExpect(jsonPath("$[0].kind").value("INITIAL"))
                .andExpect(jsonPath("$[0].approvalText").value("同意。"))
                .andExpect(jsonPath("$[0].approvedBy").value(world.admin().username()));
        SecondLevelIndicator first = row(world, "1-1-1");
        SecondLevelIndicator second = row(world, "1-1-2");

        transition(world, world.clerkA(), "{\"action\": \"REQUEST_ADJUSTMENT\", \"reason\": \"上级政策调整\", \"rows\": [\""
                + first.id() + "\", \"" + second.id() + "\"]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ADJUSTING"));
        getTable(world, world.clerkA())
                .andExpect(jsonPath("$.status").value("ADJUSTING"))
                .andExpect(jsonPath("$.planVersion").value(1))
                .andExpect(jsonPath("$.adjustment.reason").value("上级政策调整"))
                .andExpect(jsonPath("$.adjustment.rows.length()").value(2))
                .andExpect(jsonPath("$.editable").value(true));

        // Only the named rows change: another row is locked, for the page as for the service.
        SecondLevelIndicator other = row(world, "1-2-1");
        mvc.perform(get("/tables/{t}", world.tableA()).with(as(world.clerkA())))
                .andExpect(content().string(Matchers.containsString("id=\"plan-adjustment\"")))
                .andExpect(content().string(Matchers.containsString("edit=l2:" + first.id())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("edit=l2:" + other.id()))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("edit=new-l1:"))));
        long version = tables.find(world.tableA()).orElseThrow().version();
        mvc.perform(post("/tables/{t}/second-level/{r}", world.tableA(), other.id())
                        .param("version", Long.toString(version)).param("code", "1-2-1").param("text", "改写")
                        .param("points", "2").param("deadline", "12月底前").param("departments", "经济发展科")
                        .param("leaders", "邱常冲").with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("年中调整只能修改调整申请中列出的指标")));
        assertThatThrownBy(() -> setWeight(world, other, "1"))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).code()).isEqualTo("PLAN_LOCKED");
        assertThat(tables.find(world.tableA()).orElseThrow().version()).isEqualTo(version);

        setWeight(world, first, "3");
        setWeight(world, second, "1");
        transition(world, world.admin(), "{\"action\": \"APPROVE_ADJUSTMENT\", \"reason\": \"同意调整。\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

        versions(world, world.clerkA())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].kind").value("ADJUSTMENT"))
                .andExpect(jsonPath("$[1].reason").value("上级政策调整"))
                .andExpect(jsonPath("$[1].approvalText").value("同意调整。"));
        mvc.perform(get("/api/v1/cycles/{c}/units/{u}/table/diff", world.cycle().id(), world.unitA().id())
                        .param("from", "1").param("to", "2").with(basic(world.clerkA())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed.length()").value(2))
                .andExpect(jsonPath("$.changed[0].code").value("1-1-1"))
                .andExpect(jsonPath("$.changed[0].fields[0].field").value("POINTS"))
                .andExpect(jsonPath("$.changed[0].fields[0].before").value("2"))
                .andExpect(jsonPath("$.changed[0].fields[0].after").value("3"))
                .andExpect(jsonPath("$.added").isEmpty())
                .andExpect(jsonPath("$.removed").isEmpty())
                .andExpect(jsonPath("$.total.difference").value(0));
        mvc.perform(get("/api/v1/cycles/{c}/units/{u}/table/versions/{n}", world.cycle().id(), world.unitA().id(), 1)
                        .with(basic(world.clerkA())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version.number").value(1))
                .andExpect(jsonPath("$.categories[0].indicators[0].secondLevel[0].weight").value(2));
        mvc.perform(get("/api/v1/cycles/{c}/units/{u}/table/versions/{n}", world.cycle().id(), world.unitA().id(), 3)
                        .with(basic(world.clerkA())))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("PLAN_VERSION_NOT_FOUND"));
        mvc.perform(get("/tables/{t}/versions/diff", world.tableA()).param("from", "1").param("to", "2")
                        .with(as(world.leaderA())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"diff-changed\"")))
                .andExpect(content().string(Matchers.containsString("分值/权重")))
                .andExpect(content().string(Matchers.containsString("window.print()")));
        mvc.perform(get("/tables/{t}/versions/{n}", world.tableA(), 2).with(as(world.clerkA())))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"version-caption\"")));

        assertThat(auditSubjects(world)).contains("考评表流转 提交审核", "考评表流转 批复", "考评表流转 申请年中调整", "考评表流转 同意年中调整",
                "考评表修改 1-1-1", "考评表修改 1-1-2");
        assertThat(jdbc.sql("select after_json from audit_entry where unit_id = ? and subject = ?")
                .params(world.unitA().id(), "考评表修改 1-1-1").query(String.class).single())
                .contains("\"1-1-1 分值/权重\":\"3\"");
        assertThat(jdbc.sql("select after_json from audit_entry where unit_id = ? and subject = ?")
                .params(world.unitA().id(), "考评表流转 申请年中调整").query(String.class).single())
                .contains("上级政策调整").contains("1-1-1 ").contains("年中调整中");
    }

    @Test
    void aRejectedAdjustmentPutsTheLastVersionBack() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        SecondLevelIndicator first = row(world, "1-1-1");
        TargetTable approved = tables.find(world.tableA()).orElseThrow().table();
        transition(world, world.clerkA(), "{\"action\": \"REQUEST_ADJUSTMENT\", \"reason\": \"调整\", \"rows\": [\""
                + first.id() + "\"]}").andExpect(status().isOk());
        setWeight(world, first, "4");
        transition(world, world.admin(), "{\"action\": \"APPROVE_ADJUSTMENT\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PLAN_HAS_ERRORS"));
        transition(world, world.admin(), "{\"action\": \"REJECT_ADJUSTMENT\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PLAN_REASON_REQUIRED"));

        transition(world, world.admin(), "{\"action\": \"REJECT_ADJUSTMENT\", \"reason\": \"依据不足\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

        TargetTable restored = tables.find(world.tableA()).orElseThrow().table();
        assertThat(restored.id()).isEqualTo(world.tableA());
        assertThat(restored.categories()).isEqualTo(approved.categories());
        versions(world, world.clerkA()).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/cycles/{c}/units/{u}/table/diff", world.cycle().id(), world.unitA().id())
                        .param("from", "1").param("to", "current").with(basic(world.admin())))
                .andExpect(jsonPath("$.changed").isEmpty());
        assertThat(auditSubjects(world)).contains("考评表流转 驳回年中调整", "驳回年中调整，恢复第 1 版 1-1-1");
    }

    @Test
    void onlyTheClerkRequestsAnAdjustmentOfAnApprovedTableAndOnlyWithRowsAndReason() throws Exception {
        TestWorlds.World world = worlds.create();
        String request = "{\"action\": \"REQUEST_ADJUSTMENT\", \"reason\": \"调整\", \"rows\": [\""
                + row(world, "1-1-1").id() + "\"]}";
        transition(world, world.clerkA(), request)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PLAN_NOT_IN_STATE"));
        worlds.approve(world);
        transition(world, world.leaderA(), request)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PLAN_NOT_ALLOWED"));
        transition(world, world.clerkA(), "{\"action\": \"REQUEST_ADJUSTMENT\", \"reason\": \"调整\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PLAN_ADJUSTMENT_ROWS_REQUIRED"));
        transition(world, world.clerkA(), request).andExpect(status().isOk());
        transition(world, world.clerkA(), request)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PLAN_NOT_IN_STATE"));
        transition(world, world.clerkA(), "{\"action\": \"APPROVE_ADJUSTMENT\"}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PLAN_NOT_ALLOWED"));
    }

    @Test
    void versionsAndHistoryAreTheUnitsOwn() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        versions(world, world.clerkB()).andExpect(status().isNotFound());
        mvc.perform(get("/tables/{t}/versions", world.tableA()).with(as(world.clerkB())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tables/{t}/history", world.tableA()).with(as(world.clerkB())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tables/{t}/versions", world.tableA()).with(as(world.leaderA())))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("data-version=\"1\"")));
        mvc.perform(get("/tables/{t}/history", world.tableA()).with(as(world.clerkA())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"history-transitions\"")))
                .andExpect(content().string(Matchers.containsString("data-action=\"APPROVE\"")))
                .andExpect(content().string(Matchers.containsString("data-kind=\"PLAN_TRANSITION\"")));
        mvc.perform(get("/tables/{t}", world.tableA()).with(as(world.clerkA())))
                .andExpect(content().string(Matchers.containsString("id=\"plan-history-link\"")))
                .andExpect(content().string(Matchers.containsString("data-action=\"REQUEST_ADJUSTMENT\"")));
    }

    private List<String> auditSubjects(TestWorlds.World world) {
        return jdbc.sql("select subject from audit_entry where cycle_id = ? and unit_id = ? order by id")
                .params(world.cycle().id(), world.unitA().id()).query(String.class).list();
    }

    @Test
    void aPublishedPlanUnderAdjustmentStaysPublicAsLastApproved() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        transition(world, world.admin(), "{\"action\": \"PUBLISH\"}").andExpect(status().isOk());
        SecondLevelIndicator first = row(world, "1-1-1");
        transition(world, world.clerkA(), "{\"action\": \"REQUEST_ADJUSTMENT\", \"reason\": \"上级政策调整\", \"rows\": [\""
                + first.id() + "\"]}").andExpect(status().isOk());
        long version = tables.find(world.tableA()).orElseThrow().version();
        tableService.edit(world.tableA(), version, CurrentUser.of(world.clerkA()), table -> table.replaceSecondLevel(
                new SecondLevelIndicator(first.id(), first.code(), "尚未批准的调整内容", first.weight(),
                        first.responsibility())));

        mvc.perform(get("/public/cycles/{c}/units/{u}", world.cycle().id(), world.unitA().id()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(first.text())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("尚未批准的调整内容"))));
    }

    private SecondLevelIndicator row(TestWorlds.World world, String code) {
        return TargetTables.secondLevel(tables.find(world.tableA()).orElseThrow().table(), code);
    }

    private void setWeight(TestWorlds.World world, SecondLevelIndicator row, String weight) {
        long version = tables.find(world.tableA()).orElseThrow().version();
        tableService.edit(world.tableA(), version, CurrentUser.of(world.clerkA()), table -> table.replaceSecondLevel(
                new SecondLevelIndicator(row.id(), row.code(), row.text(), Points.of(weight), row.responsibility())));
    }

    private ResultActions transition(TestWorlds.World world, Account account, String body) throws Exception {
        return mvc.perform(post("/api/v1/cycles/{c}/units/{u}/table/transitions", world.cycle().id(), world.unitA().id())
                .contentType(MediaType.APPLICATION_JSON).content(body).with(basic(account)));
    }

    private ResultActions versions(TestWorlds.World world, Account account) throws Exception {
        return mvc.perform(get("/api/v1/cycles/{c}/units/{u}/table/versions", world.cycle().id(), world.unitA().id())
                .with(basic(account)));
    }

    private ResultActions getTable(TestWorlds.World world, Account account) throws Exception {
        return mvc.perform(get("/api/v1/cycles/{c}/units/{u}/table", world.cycle().id(), world.unitA().id())
                .with(basic(account)));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(Account account) {
        return httpBasic(account.username(), TestWorlds.PASSWORD);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Account account) {
        return user(SignedInAccount.of(account));
    }
}
