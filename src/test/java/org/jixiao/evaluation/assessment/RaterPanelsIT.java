package org.jixiao.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.Role;
import org.jixiao.support.TestWorlds;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Rater panels per group: a rater assigned to a group (考评组) of the cycle is assigned to every unit
 * of it, except their own, which they never score; through the API and the raters page.
 */
@IntegrationTest
class RaterPanelsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    Accounts accounts;

    @Autowired
    AssessmentRepository assessment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    EvaluationWorlds.World world;
    long cycle;
    long unitA;
    long unitB;
    long group;
    Account rater;

    @BeforeEach
    void createWorldWithOneGroupOfBothUnits() {
        world = worlds.create();
        cycle = world.cycleId();
        unitA = world.base().unitA().id();
        unitB = world.base().unitB().id();
        // the test world puts both units into one group of the cycle
        group = jdbc.sql("select group_id from cycle_unit where cycle_id = ? and unit_id = ?").params(cycle, unitA)
                .query(Long.class).single();
        assertThat(jdbc.sql("select group_id from cycle_unit where cycle_id = ? and unit_id = ?").params(cycle, unitB)
                .query(Long.class).single()).isEqualTo(group);
        String suffix = world.base().admin().username().substring("admin-".length());
        rater = accounts.create("panel-" + suffix, TestWorlds.PASSWORD, "考评员丙", Role.RATER, null);
    }

    private RequestPostProcessor as(Account account) {
        return user(users.loadUserByUsername(account.username()));
    }

    private RequestPostProcessor office() {
        return httpBasic(world.base().admin().username(), TestWorlds.PASSWORD);
    }

    private String panel(Account account) {
        return "/api/v1/cycles/" + cycle + "/raters/" + account.id();
    }

    @Test
    void aRaterAssignedToAGroupIsAssignedToEveryUnitOfIt() throws Exception {
        assertThat(assessment.isAssigned(cycle, rater.id(), unitA)).isFalse();
        mvc.perform(post(panel(rater) + "/groups/" + group).with(office()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[0].name").value("第一组"))
                .andExpect(jsonPath("$.groups[0].units.length()").value(2));
        assertThat(assessment.isAssigned(cycle, rater.id(), unitA)).isTrue();
        assertThat(assessment.isAssigned(cycle, rater.id(), unitB)).isTrue();
        mvc.perform(get("/evaluation/cycles/" + cycle + "/units/" + unitA + "/assess").with(as(rater)))
                .andExpect(status().isOk());

        mvc.perform(delete(panel(rater) + "/groups/" + group).with(office())).andExpect(status().isNoContent());
        assertThat(assessment.isAssigned(cycle, rater.id(), unitA)).isFalse();
        mvc.perform(get("/evaluation/cycles/" + cycle + "/units/" + unitA + "/assess").with(as(rater)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRaterOfAUnitInTheGroupStillNeverScoresTheirOwnUnit() throws Exception {
        mvc.perform(post(panel(world.raterFromA()) + "/groups/" + group).with(office())).andExpect(status().isOk());
        mvc.perform(get("/evaluation/cycles/" + cycle + "/units/" + unitB + "/assess").with(as(world.raterFromA())))
                .andExpect(status().isOk());
        mvc.perform(get("/evaluation/cycles/" + cycle + "/units/" + unitA + "/assess").with(as(world.raterFromA())))
                .andExpect(status().isForbidden());
        mvc.perform(post(panel(world.raterFromA()) + "/units/" + unitA).with(office()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("OWN_UNIT"));
    }

    @Test
    void singleUnitsAreAssignedAndUnassignedThroughTheApi() throws Exception {
        mvc.perform(post(panel(rater) + "/units/" + unitA).with(office()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units[0].unitId").value(unitA));
        assertThat(assessment.isAssigned(cycle, rater.id(), unitA)).isTrue();
        assertThat(assessment.isAssigned(cycle, rater.id(), unitB)).isFalse();
        mvc.perform(delete(panel(rater) + "/units/" + unitA).with(office())).andExpect(status().isNoContent());
        assertThat(assessment.isAssigned(cycle, rater.id(), unitA)).isFalse();
    }

    @Test
    void aGroupOfAnotherCycleOrAnAccountThatIsNoRaterIsNotFound() throws Exception {
        EvaluationWorlds.World other = worlds.create();
        mvc.perform(post("/api/v1/cycles/" + other.cycleId() + "/raters/" + rater.id() + "/groups/" + group)
                        .with(office()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("GROUP_NOT_FOUND"));
        mvc.perform(post(panel(world.base().clerkA()) + "/groups/" + group).with(office()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("RATER_NOT_FOUND"));
        assertThat(jdbc.sql("select count(*) from rater_group_assignment where group_id = ?").param(group)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theRatersPageAssignsWholeGroups() throws Exception {
        mvc.perform(post("/evaluation/cycles/" + cycle + "/raters/assign-group").param("raterId", rater.id().toString())
                        .param("groupId", String.valueOf(group)).with(as(world.base().admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluation/cycles/" + cycle + "/raters").with(as(world.base().admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("按考评组分配")))
                .andExpect(content().string(containsString("考评员丙")));
        assertThat(assessment.isAssigned(cycle, rater.id(), unitB)).isTrue();
        mvc.perform(get("/admin/accounts/" + rater.id()).with(as(world.base().admin())))
                .andExpect(content().string(containsString("第一组")));
        // the page's change is in the audit trail as the API's is
        assertThat(jdbc.sql("select after_json from audit_entry where cycle_id = ? and subject = ?")
                .params(cycle, "考评组分配：" + rater.username()).query(String.class).list())
                .containsExactly("{\"考评组成员\":\"" + rater.username() + "\",\"考评组\":[\"第一组\"]}");
    }
}
