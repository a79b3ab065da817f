package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jixiao.organization.Account;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role against every table endpoint, on its own unit's table and on another unit's: nobody
 * reads or changes another unit's table by editing a URL, an id in a form or an htmx request,
 * and a refused request leaves the table exactly as it was.
 */
@IntegrationTest
class TableAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    TargetTableRepository tables;

    /** The ids an endpoint needs, taken from the table it is aimed at. */
    record Target(UUID table, long version, UUID firstLevel, UUID secondLevel, UUID item) {
    }

    enum Endpoint {
        PAGE(false, t -> get("/tables/{t}", t.table())),
        WORKSPACE(false, t -> get("/tables/{t}/workspace", t.table())),
        PRINT(false, t -> get("/tables/{t}/print", t.table())),
        ADD_FIRST_LEVEL(true, t -> form(post("/tables/{t}/categories/{k}/first-level", t.table(),
                StandardTemplates.ROUTINE_WORK), t).param("code", "2-99").param("text", "新增工作").param("points", "1")),
        UPDATE_FIRST_LEVEL(true, t -> form(post("/tables/{t}/first-level/{r}", t.table(), t.firstLevel()), t)
                .param("code", "1-1").param("text", "改写的一级指标").param("points", "5")),
        DELETE_FIRST_LEVEL(true, t -> form(post("/tables/{t}/first-level/{r}/delete", t.table(), t.firstLevel()), t)),
        MOVE_FIRST_LEVEL(true, t -> form(post("/tables/{t}/first-level/{r}/move", t.table(), t.firstLevel()), t)
                .param("direction", "1")),
        ADD_SECOND_LEVEL(true, t -> form(post("/tables/{t}/first-level/{r}/second-level", t.table(),
                t.firstLevel()), t).param("code", "1-1-9").param("text", "新增任务").param("points", "1")),
        UPDATE_SECOND_LEVEL(true, t -> form(post("/tables/{t}/second-level/{r}", t.table(), t.secondLevel()), t)
                .param("code", "1-1-1").param("text", "改写的任务").param("points", "2")),
        DELETE_SECOND_LEVEL(true, t -> form(post("/tables/{t}/second-level/{r}/delete", t.table(),
                t.secondLevel()), t)),
        MOVE_SECOND_LEVEL(true, t -> form(post("/tables/{t}/second-level/{r}/move", t.table(), t.secondLevel()), t)
                .param("direction", "1")),
        ASSIGN_ITEM(true, t -> form(post("/tables/{t}/items/{r}", t.table(), t.item()), t)
                .param("deadline", "12月底前").param("departments", "办公室").param("leaders", "某领导"));

        final boolean writes;
        final Function<Target, MockHttpServletRequestBuilder> request;

        Endpoint(boolean writes, Function<Target, MockHttpServletRequestBuilder> request) {
            this.writes = writes;
            this.request = request;
        }

        private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder builder, Target t) {
            return builder.param("version", Long.toString(t.version())).with(csrf());
        }
    }

    @Test
    void administratorReadsAndChangesEveryUnitsTable() throws Exception {
        TestWorlds.World world = worlds.create();
        for (UUID table : List.of(world.tableA(), world.tableB())) {
            for (Endpoint endpoint : Endpoint.values()) {
                expect(world.admin(), endpoint, table, 200);
            }
        }
    }

    @Test
    void clerkReadsAndChangesOnlyTheOwnUnitsTable() throws Exception {
        TestWorlds.World world = worlds.create();
        for (Endpoint endpoint : Endpoint.values()) {
            expect(world.clerkA(), endpoint, world.tableA(), 200);
            expect(world.clerkA(), endpoint, world.tableB(), 404);
            expect(world.clerkB(), endpoint, world.tableA(), 404);
        }
    }

    @Test
    void leaderReadsTheOwnUnitsTableButChangesNothing() throws Exception {
        TestWorlds.World world = worlds.create();
        for (Endpoint endpoint : Endpoint.values()) {
            expect(world.leaderA(), endpoint, world.tableA(), endpoint.writes ? 403 : 200);
            expect(world.leaderA(), endpoint, world.tableB(), 404);
        }
    }

    @Test
    void htmxRequestForAnotherUnitsTableGetsAMessageNotTheTable() throws Exception {
        TestWorlds.World world = worlds.create();
        mvc.perform(get("/tables/{t}/workspace", world.tableB()).header("HX-Request", "true")
                        .with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isNotFound())
                .andExpect(header().string("HX-Retarget", "#messages"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("考评表或指标不存在")));
    }

    @Test
    void rowIdOfAnotherUnitInAFormChangesNeitherTable() throws Exception {
        TestWorlds.World world = worlds.create();
        Target own = target(world.tableA());
        Target other = target(world.tableB());
        long otherVersion = other.version();

        mvc.perform(post("/tables/{t}/second-level/{r}", own.table(), other.secondLevel())
                        .param("version", Long.toString(own.version())).param("text", "篡改").param("points", "1")
                        .with(csrf()).with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/tables/{t}/second-level/{r}/delete", own.table(), other.secondLevel())
                        .param("version", Long.toString(own.version()))
                        .with(csrf()).with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isBadRequest());

        assertThat(tables.find(world.tableA()).orElseThrow().version()).isEqualTo(own.version());
        assertThat(tables.find(world.tableB()).orElseThrow().version()).isEqualTo(otherVersion);
        assertThat(tables.find(world.tableB()).orElseThrow().table().secondLevel(other.secondLevel())).isPresent();
    }

    @Test
    void startingAnotherUnitsTableIsRefused() throws Exception {
        TestWorlds.World world = worlds.create();
        mvc.perform(post("/cycles/{c}/units/{u}/table", world.cycle().id(), world.unitB().id())
                        .with(csrf()).with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cycles/{c}/units/{u}/table", world.cycle().id(), world.unitA().id())
                        .with(csrf()).with(user(SignedInAccount.of(world.leaderA()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cycles/{c}/units/{u}/table", world.cycle().id(), world.unitA().id())
                        .with(csrf()).with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/tables/" + world.tableA()));
    }

    @Test
    void signedOutVisitorIsSentToTheLoginPage() throws Exception {
        TestWorlds.World world = worlds.create();
        mvc.perform(get("/tables/{t}", world.tableA()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void changeWithoutCsrfTokenIsRefused() throws Exception {
        TestWorlds.World world = worlds.create();
        Target own = target(world.tableA());
        mvc.perform(post("/tables/{t}/second-level/{r}/delete", own.table(), own.secondLevel())
                        .param("version", Long.toString(own.version()))
                        .with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isForbidden());
        assertThat(tables.find(world.tableA()).orElseThrow().version()).isEqualTo(own.version());
    }

    private void expect(Account account, Endpoint endpoint, UUID table, int expected) throws Exception {
        Target target = target(table);
        int actual = mvc.perform(endpoint.request.apply(target).with(user(SignedInAccount.of(account))))
                .andReturn().getResponse().getStatus();
        assertThat(actual).as("%s %s on %s", account.username(), endpoint, table).isEqualTo(expected);
        if (expected != 200) {
            assertThat(tables.find(table).orElseThrow().version())
                    .as("refused %s must not change the table", endpoint).isEqualTo(target.version());
        }
    }

    private Target target(UUID id) {
        TargetTableRepository.Stored stored = tables.find(id).orElseThrow();
        TargetTable table = stored.table();
        FirstLevelIndicator authored = table.allFirstLevel().stream()
                .filter(l1 -> !l1.isItem() && !l1.secondLevel().isEmpty()).findFirst().orElseThrow();
        FirstLevelIndicator item = table.allFirstLevel().stream().filter(FirstLevelIndicator::isItem)
                .findFirst().orElseThrow();
        return new Target(id, stored.version(), authored.id(), authored.secondLevel().get(0).id(), item.id());
    }
}
