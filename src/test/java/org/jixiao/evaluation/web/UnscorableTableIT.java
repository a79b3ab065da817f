package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.organization.Account;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.support.IntegrationTest;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A table that cannot be scored — here a first-level indicator with 1,000 second-level rows
 * without 序号, whose last would be numbered “…-1000”, beyond what a 序号 holds — marks only its
 * own unit as 暂未计分 with the reason; the hub, results, export and scoring pages of every other
 * unit keep working.
 */
@IntegrationTest
class UnscorableTableIT {

    @Autowired
    org.jixiao.evaluation.assessment.ResultsService resultsService;

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    Participants participants;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    UserDetailsService users;

    EvaluationWorlds.World world;
    long cycle;
    long unitA;
    long unitB;

    @BeforeEach
    void giveUnitAThousandSecondLevelRowsUnderOneIndicator() {
        world = worlds.create();
        cycle = world.cycleId();
        unitA = world.base().unitA().id();
        unitB = world.base().unitB().id();
        TargetTableRepository.Stored stored = tables.find(world.base().tableA()).orElseThrow();
        TargetTable table = stored.table();
        FirstLevelIndicator authored = table.allFirstLevel().stream()
                .filter(l1 -> !l1.isItem() && !l1.secondLevel().isEmpty()).findFirst().orElseThrow();
        for (int i = 0; i < 1000; i++) {
            table.addSecondLevel(authored.id(), SecondLevelIndicator.create(null, "任务 " + i, null, Responsibility.NONE));
        }
        tables.update(table, stored.version(), "test", Instant.now());
    }

    private RequestPostProcessor as(Account account) {
        return user(users.loadUserByUsername(account.username()));
    }

    @Test
    void theUnitIsListedAsNotScoredWithTheReason() throws Exception {
        String results = mvc.perform(get("/evaluation/cycles/" + cycle + "/results").with(as(world.base().admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(results).contains("暂未计分", "考评表无法计分", "-1000", world.base().unitB().name());
    }

    @Test
    void everyOtherPageOfTheCycleKeepsWorking() throws Exception {
        Account admin = world.base().admin();
        for (String path : new String[] {"", "/results", "/results.xlsx", "/raters", "/units/" + unitB + "/assess",
            "/units/" + unitB + "/self", "/units/" + unitB + "/explanation", "/units/" + unitA + "/assess"}) {
            mvc.perform(get("/evaluation/cycles/" + cycle + path).with(as(admin)))
                    .andExpect(status().isOk());
        }
        ScoredRow row = participants.one(cycle, unitB).rows().rows().get(0);
        mvc.perform(post("/evaluation/cycles/" + cycle + "/units/" + unitB + "/assess/rows/" + row.rowId() + "/score")
                        .param("score", "0").header("HX-Request", "true").with(as(world.rater())).with(csrf()))
                .andExpect(status().isOk());
        org.jixiao.evaluation.Results.Counts counts = resultsService.preview(cycle,
                org.jixiao.organization.CurrentUser.of(admin)).counts();
        mvc.perform(post("/evaluation/cycles/" + cycle + "/results/publish").with(as(admin)).with(csrf())
                        .param("complete", String.valueOf(counts.complete()))
                        .param("pending", String.valueOf(counts.pending()))
                        .param("unscorable", String.valueOf(counts.unscorable()))
                        .param("confirmed", "true").param("reason", "单位考评表待修改，先发布其余单位"))
                .andExpect(status().is3xxRedirection());
    }
}
