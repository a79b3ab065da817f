package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.jixiao.organization.Account;
import org.jixiao.organization.CurrentUser;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Every role against every path that changes a table (editor, web import, API import, copy of last
 * year's table, start) with the table a draft, submitted and approved: from submission on nobody,
 * the office included, changes the table — the answer is 409 PLAN_LOCKED and the stored table is
 * exactly as it was; other units' tables stay unknown (404) and leaders never edit (403).
 */
@IntegrationTest
class PlanLockingIT {

    private static final Path SEED = Path.of("../shared/seeds/002_8d0d28c8a60b99c8.txt");
    private static final Pattern TOKEN = Pattern.compile("/import/([0-9a-f]{48})");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    PlanService plans;

    enum State { DRAFT, SUBMITTED, APPROVED }

    enum Who { ADMIN, CLERK_OWN, CLERK_OTHER, LEADER }

    /** The paths that change a table, aimed at unit A of the world, and the answer when they may. */
    enum Endpoint {
        EDIT_ROW(200),
        WEB_IMPORT(200),
        API_IMPORT(200),
        COPY_LAST_YEAR(302),
        START(302);

        final int allowed;

        Endpoint(int allowed) {
            this.allowed = allowed;
        }
    }

    @Test
    void aDraftIsChangedByItsClerkAndTheOfficeOnly() throws Exception {
        runMatrix(State.DRAFT);
    }

    @Test
    void aSubmittedTableIsChangedByNobody() throws Exception {
        runMatrix(State.SUBMITTED);
    }

    @Test
    void anApprovedTableIsChangedByNobody() throws Exception {
        runMatrix(State.APPROVED);
    }

    @Test
    void anImportPreviewedAsADraftCannotBeConfirmedAfterSubmission() throws Exception {
        TestWorlds.World world = worlds.create();
        MockHttpSession session = new MockHttpSession();
        String html = mvc.perform(multipart("/cycles/{c}/units/{u}/import", world.cycle().id(), world.unitA().id())
                        .file(new MockMultipartFile("file", "002.txt", "text/plain", Files.readAllBytes(SEED)))
                        .session(session).with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(html);
        assertThat(token.find()).isTrue();
        move(world, State.SUBMITTED);
        long version = tables.find(world.tableA()).orElseThrow().version();

        mvc.perform(post("/cycles/{c}/units/{u}/import/{t}", world.cycle().id(), world.unitA().id(), token.group(1)).param("confirmUnit", "true")
                        .session(session).with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("考评表已提交（状态：已提交），不能修改；如需修改请由审核人退回")));
        assertThat(tables.findId(world.cycle().id(), world.unitA().id())).contains(world.tableA());
        assertThat(tables.find(world.tableA()).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void theApiNamesTheLockWithItsCode() throws Exception {
        TestWorlds.World world = worlds.create();
        move(world, State.SUBMITTED);

        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/cycles/{c}/units/{u}/table", world.cycle().id(), world.unitA().id())
                        .file(new MockMultipartFile("file", "002.txt", "text/plain", Files.readAllBytes(SEED))).param("confirm", "true")
                        .with(httpBasic(world.admin().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PLAN_LOCKED"))
                .andExpect(jsonPath("$.message").value("考评表已提交（状态：已提交），不能修改；如需修改请由审核人退回"));
    }

    @Test
    void anApprovedTableNamesTheAdjustmentAsTheWayToChangeIt() throws Exception {
        TestWorlds.World world = worlds.create();
        move(world, State.APPROVED);

        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/cycles/{c}/units/{u}/table", world.cycle().id(), world.unitA().id())
                        .file(new MockMultipartFile("file", "002.txt", "text/plain", Files.readAllBytes(SEED))).param("confirm", "true")
                        .with(httpBasic(world.clerkA().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PLAN_LOCKED"))
                .andExpect(jsonPath("$.message").value("考评表已批复（状态：已批复），不能修改；如需修改请申请年中调整"));
    }

    private void runMatrix(State state) throws Exception {
        for (Who who : Who.values()) {
            TestWorlds.World world = worlds.create();
            move(world, state);
            for (Endpoint endpoint : Endpoint.values()) {
                int expected = expected(state, who, endpoint);
                UUID before = current(world);
                long version = tables.find(before).orElseThrow().version();
                int actual = mvc.perform(request(world, who, endpoint)).andReturn().getResponse().getStatus();
                assertThat(actual).as("%s %s on a %s table", who, endpoint, state).isEqualTo(expected);
                if (expected != endpoint.allowed) {
                    assertThat(current(world)).as("refused %s keeps the table", endpoint).isEqualTo(before);
                    assertThat(tables.find(before).orElseThrow().version())
                            .as("refused %s must not change the table", endpoint).isEqualTo(version);
                }
            }
        }
    }

    private static int expected(State state, Who who, Endpoint endpoint) {
        return switch (who) {
            case CLERK_OTHER -> endpoint == Endpoint.START ? 403 : 404;
            case LEADER -> 403;
            case ADMIN, CLERK_OWN -> state == State.DRAFT ? endpoint.allowed : 409;
        };
    }

    private RequestBuilder request(TestWorlds.World world, Who who, Endpoint endpoint) throws Exception {
        Account account = switch (who) {
            case ADMIN -> world.admin();
            case CLERK_OWN -> world.clerkA();
            case CLERK_OTHER -> world.clerkB();
            case LEADER -> world.leaderA();
        };
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        return switch (endpoint) {
            case EDIT_ROW -> {
                TargetTableRepository.Stored stored = tables.find(current(world)).orElseThrow();
                SecondLevelIndicator row = firstSecondLevel(stored.table());
                yield post("/tables/{t}/second-level/{r}", stored.table().id(), row.id())
                        .param("version", Long.toString(stored.version())).param("code", row.code().value())
                        .param("text", "改写的任务").param("points", row.weight().toString())
                        .param("deadline", "12月底前").param("departments", "经济发展科").param("leaders", "邱常冲")
                        .with(csrf()).with(as(account));
            }
            case WEB_IMPORT -> multipart("/cycles/{c}/units/{u}/import", cycle, unit)
                    .file(new MockMultipartFile("file", "002.txt", "text/plain", Files.readAllBytes(SEED)))
                    .with(csrf()).with(as(account));
            case API_IMPORT -> multipart(HttpMethod.PUT, "/api/v1/cycles/{c}/units/{u}/table", cycle, unit)
                    .file(new MockMultipartFile("file", "002.txt", "text/plain", Files.readAllBytes(SEED))).param("confirm", "true")
                    .with(httpBasic(account.username(), TestWorlds.PASSWORD));
            case COPY_LAST_YEAR -> post("/cycles/{c}/units/{u}/copy-last-year", cycle, unit).with(csrf()).with(as(account));
            case START -> post("/cycles/{c}/units/{u}/table", cycle, unit).with(csrf()).with(as(account));
        };
    }

    private void move(TestWorlds.World world, State state) {
        switch (state) {
            case DRAFT -> {
            }
            case SUBMITTED -> plans.take(plans.table(world.cycle().id(), world.unitA().id(), office(world)),
                    PlanAction.SUBMIT, null, List.of(), CurrentUser.of(world.clerkA()));
            case APPROVED -> worlds.approve(world);
        }
    }

    private UUID current(TestWorlds.World world) {
        return tables.findId(world.cycle().id(), world.unitA().id()).orElseThrow();
    }

    private static SecondLevelIndicator firstSecondLevel(TargetTable table) {
        return table.allFirstLevel().stream().filter(l1 -> !l1.isItem() && !l1.secondLevel().isEmpty())
                .findFirst().orElseThrow().secondLevel().get(0);
    }

    private static CurrentUser office(TestWorlds.World world) {
        return CurrentUser.of(world.admin());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Account account) {
        return user(SignedInAccount.of(account));
    }
}
