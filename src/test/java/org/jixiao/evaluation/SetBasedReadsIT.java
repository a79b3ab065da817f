package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jixiao.demo.DemoTables;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitLevel;
import org.jixiao.plan.PlanAction;
import org.jixiao.plan.PlanService;
import org.jixiao.plan.TargetTableService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.SqlStatements;
import org.jixiao.support.TestWorlds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages that show a whole cycle run as many SQL statements for 20 units as for 5 (issue 11):
 * every unit has an approved table, a rater assigned and a score.
 */
@IntegrationTest
class SetBasedReadsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    Organization organization;

    @Autowired
    Accounts accounts;

    @Autowired
    TargetTableService tables;

    @Autowired
    PlanService plans;

    @Autowired
    AssessmentService assessment;

    @Autowired
    Participants participants;

    @Test
    void adminHomeResultsHubsAndAScoreSaveTakeAsManyStatementsForTwentyUnitsAsForFive() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        Account rater = accounts.create("rater-" + UUID.randomUUID().toString().substring(0, 8), TestWorlds.PASSWORD,
                "考评组成员", Role.RATER, null);
        for (Unit unit : List.of(world.unitA(), world.unitB())) {
            assessAndScore(world, rater, unit);
        }
        addUnits(world, rater, 3);
        List<Long> atFive = counts(world, rater);

        addUnits(world, rater, 15);
        assertThat(participants.all(cycle)).hasSize(20);
        List<Long> atTwenty = counts(world, rater);

        System.out.println("SetBasedReadsIT statements [admin home, results, rater hub, office hub, score save] at 5 units: "
                + atFive + ", at 20 units: " + atTwenty);
        assertThat(atTwenty).as("statements of admin home, results, rater hub, office hub, score save")
                .isEqualTo(atFive);
    }

    private List<Long> counts(TestWorlds.World world, Account rater) throws Exception {
        long cycle = world.cycle().id();
        return List.of(statements("/", world.admin()), statements("/evaluation/cycles/" + cycle + "/results",
                world.admin()), statements("/evaluation/cycles/" + cycle, rater),
                statements("/evaluation/cycles/" + cycle, world.admin()), scoreSave(world, rater));
    }

    /**
     * One score save through the sheet's htmx POST, answered with the re-rendered sheet: the second of
     * two saves, each of a new value.
     */
    private long scoreSave(TestWorlds.World world, Account rater) throws Exception {
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        UUID row = participants.one(cycle, unit).rows().rows().get(0).rowId();
        String url = "/evaluation/cycles/" + cycle + "/units/" + unit + "/assess/rows/" + row + "/score";
        mvc.perform(post(url).param("score", "0.25").header("HX-Request", "true").with(csrf())
                .with(user(SignedInAccount.of(rater)))).andExpect(status().isOk());
        saves++;
        String score = saves % 2 == 0 ? "0.75" : "0.5";
        List<String> texts = SqlStatements.texts(() -> mvc.perform(post(url).param("score", score)
                .header("HX-Request", "true").with(csrf()).with(user(SignedInAccount.of(rater))))
                .andExpect(status().isOk()));
        // no recompute of the whole cycle: neither every table of the cycle nor every score is read
        assertThat(texts).as("statements of a score save").noneMatch(sql -> sql.replaceAll("\\s+", " ")
                .contains("from target_table where cycle_id = ? order by unit_id"));
        assertThat(texts).filteredOn(sql -> sql.contains("from rater_score s join account"))
                .allMatch(sql -> sql.contains("and s.unit_id = ?"));
        return texts.size();
    }

    private int saves;

    /** The second of two requests: the first may fill what is kept between requests. */
    private long statements(String page, Account account) throws Exception {
        mvc.perform(get(page).with(user(SignedInAccount.of(account)))).andExpect(status().isOk());
        return SqlStatements.during(() -> mvc.perform(get(page).with(user(SignedInAccount.of(account))))
                .andExpect(status().isOk()));
    }

    private void addUnits(TestWorlds.World world, Account rater, int count) {
        long cycle = world.cycle().id();
        long group = organization.groups(cycle).get(0).id();
        CurrentUser office = CurrentUser.of(world.admin());
        for (int i = 0; i < count; i++) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            Unit unit = organization.addUnit(cycle, world.cycle().series(), group,
                    new Organization.UnitDetails("测试单位-" + suffix, "测试" + suffix, UnitLevel.CITY, null)).unit();
            tables.store(DemoTables.scienceBureau(cycle, unit.id(), world.cycle().template()), office);
            Account clerk = accounts.create("clerk-" + suffix, TestWorlds.PASSWORD, "经办人", Role.UNIT_CLERK, unit.id());
            Account leader = accounts.create("leader-" + suffix, TestWorlds.PASSWORD, "领导", Role.UNIT_LEADER, unit.id());
            PlanService.TableRef table = plans.table(cycle, unit.id(), office);
            plans.take(table, PlanAction.SUBMIT, null, List.of(), CurrentUser.of(clerk));
            plans.take(table, PlanAction.START_PEER_REVIEW, null, List.of(), office);
            plans.take(table, PlanAction.FINISH_PEER_REVIEW, null, List.of(), office);
            plans.take(table, PlanAction.PASS_OFFICE_REVIEW, null, List.of(), office);
            plans.take(table, PlanAction.LEADER_APPROVE, null, List.of(), CurrentUser.of(leader));
            plans.take(table, PlanAction.APPROVE, "同意。", List.of(), office);
            assessAndScore(world, rater, unit);
        }
    }

    private void assessAndScore(TestWorlds.World world, Account rater, Unit unit) {
        long cycle = world.cycle().id();
        assessment.assign(cycle, rater.id(), unit.id(), CurrentUser.of(world.admin()));
        UUID row = participants.one(cycle, unit.id()).rows().rows().get(0).rowId();
        assessment.scoreWithoutReadCheck(cycle, unit.id(), row, new BigDecimal("0.5"), CurrentUser.of(rater));
    }
}
