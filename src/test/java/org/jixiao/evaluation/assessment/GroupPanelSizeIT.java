package org.jixiao.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.evaluation.ItemResult;
import org.jixiao.evaluation.UnitResult;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Role;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitLevel;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 应评人数 per group: a unit of a group whose panel size is 5 is complete once 5 of its 7 raters scored
 * every item; a unit of a group without one needs every assigned rater. Set on the raters page, shown on
 * the explanation, copied with the cycle.
 */
@IntegrationTest
class GroupPanelSizeIT {

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    Accounts accounts;

    @Autowired
    AssessmentService assessment;

    @Autowired
    AdjustmentService adjustments;

    @Autowired
    RaterPanelService panels;

    @Autowired
    ResultsService results;

    @Autowired
    Participants participants;

    @Autowired
    Organization organization;

    @Autowired
    SettingsService settings;

    @Autowired
    AssessmentCycles cycles;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    EvaluationWorlds.World world;
    long cycle;
    Unit unitA;
    Unit unitB;
    CurrentUser admin;
    long groupOfA;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        cycle = world.cycleId();
        unitA = world.base().unitA();
        unitB = world.base().unitB();
        admin = world.admin();
        groupOfA = panels.groupPanels(cycle, admin).get(0).group().id();
        // unit B goes to a group of its own, which keeps the default (every assigned rater)
        long second = organization.createGroup(cycle, "第二组").id();
        organization.updateUnit(cycle, unitB.id(), second, new Organization.UnitDetails(unitB.name(),
                unitB.shortName(), UnitLevel.CITY, null));
    }

    /** {@code count} new raters assigned to the unit. */
    private List<Account> raters(Unit unit, int count) {
        List<Account> raters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Account rater = accounts.create("r" + i + "-" + unit.id() + "-" + cycle, TestWorlds.PASSWORD,
                    "考评员" + i, Role.RATER, null);
            assessment.assign(cycle, rater.id(), unit.id(), admin);
            raters.add(rater);
        }
        return raters;
    }

    private void scoreEveryRow(Unit unit, List<Account> raters) {
        for (Account rater : raters) {
            for (ScoredRow row : participants.one(cycle, unit.id()).rows().rows()) {
                assessment.scoreWithoutReadCheck(cycle, unit.id(), row.rowId(), row.weight().value(),
                        CurrentUser.of(rater));
            }
        }
    }

    private UnitResult live(Unit unit) {
        return results.live(cycle, admin).results().unit(String.valueOf(unit.id())).orElseThrow();
    }

    @Test
    void aUnitOfAGroupWithPanelSizeFiveIsCompleteWhenFiveOfItsSevenRatersScoredAndAnotherGroupNeedsAll() {
        panels.setPanelSize(cycle, groupOfA, 5, admin);
        List<Account> ofA = raters(unitA, 7);
        List<Account> ofB = new ArrayList<>(raters(unitB, 6));
        ofB.add(world.rater()); // assigned to B by the world: 7 in all
        scoreEveryRow(unitA, ofA.subList(0, 5));
        scoreEveryRow(unitB, ofB.subList(0, 5));
        adjustments.setAppraisal(cycle, unitA.id(), new BigDecimal("90"), admin);
        adjustments.setAppraisal(cycle, unitB.id(), new BigDecimal("90"), admin);

        UnitResult a = live(unitA);
        assertThat(a.expectedPanel()).isEqualTo(5);
        assertThat(a.items()).allMatch(i -> !i.isPending());
        assertThat(a.isComplete()).isTrue();
        assertThat(a.rankInSeries()).isNotNull();

        UnitResult b = live(unitB);
        assertThat(b.expectedPanel()).isEqualTo(7);
        assertThat(b.items()).allMatch(ItemResult::isPending);
        assertThat(b.isComplete()).isFalse();
        assertThat(b.missing().get(0)).endsWith("（评分 5/7）");

        // the group's size returned to the default: A needs all 7 again
        panels.setPanelSize(cycle, groupOfA, null, admin);
        assertThat(live(unitA).isComplete()).isFalse();
        assertThat(live(unitA).expectedPanel()).isEqualTo(7);
    }

    @Test
    void aPanelSizeAboveTheCyclesPanelOrBelowOneIsRefused() {
        Refused tooMany = catchThrowableOfType(Refused.class, () -> panels.setPanelSize(cycle, groupOfA, 8, admin));
        assertThat(tooMany.code()).isEqualTo("PANEL_SIZE_INVALID");
        assertThat(tooMany.getMessage()).contains("1 到 7 人");
        assertThat(catchThrowableOfType(Refused.class, () -> panels.setPanelSize(cycle, groupOfA, 0, admin)).code())
                .isEqualTo("PANEL_SIZE_INVALID");
        assertThat(panels.groupPanels(cycle, admin).get(0).panelSize()).isNull();
    }

    @Test
    void theOfficeSetsItOnTheRatersPageAndTheExplanationSaysHowManyAreExpected() throws Exception {
        var office = user(users.loadUserByUsername(world.base().admin().username()));
        String page = "/evaluation/cycles/" + cycle + "/raters";
        mvc.perform(post(page + "/panel-size").param("groupId", String.valueOf(groupOfA)).param("size", "五")
                        .with(office).with(csrf()))
                .andExpect(status().isOk()) // the raters page again, the message beside the group's field
                .andExpect(content().string(Matchers.containsString("id=\"size-error\"")))
                .andExpect(content().string(Matchers.containsString("应评人数应填 1 到 7 的整数")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"size-error\"")));
        mvc.perform(post(page + "/panel-size").param("groupId", String.valueOf(groupOfA)).param("size", "4")
                        .with(office).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(office))
                .andExpect(content().string(Matchers.containsString("应评 4 人")));
        mvc.perform(get("/evaluation/cycles/" + cycle + "/units/" + unitA.id() + "/explanation").with(office))
                .andExpect(content().string(Matchers.containsString("应评 4 人：每项指标有 4 个评分")));
        mvc.perform(get("/evaluation/cycles/" + cycle + "/units/" + unitB.id() + "/explanation").with(office))
                .andExpect(content().string(Matchers.containsString("应评 1 人"))); // world.rater only
    }

    @Test
    void theGroupsPanelSizeAndTheSelfEvaluationMinimumAreCopiedWithTheCycle() throws Exception {
        panels.setPanelSize(cycle, groupOfA, 5, admin);
        EvaluationSettings current = settings.settings(cycle);
        settings.update(cycle, new EvaluationSettings(current.scoring(), current.defaultScheme(),
                current.leadDepartments(), new SubmissionMinimum(40)), 0, admin);
        AssessmentCycle source = world.base().cycle();

        mvc.perform(post("/api/v1/cycles").with(httpBasic(world.base().admin().username(), TestWorlds.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"year": %d, "series": "%s", "level": "CITY", "copyFrom": %d}"""
                                .formatted(source.year() + 1, source.series(), source.id())))
                .andExpect(status().isCreated());

        long copy = cycles.find(source.year() + 1, source.series()).orElseThrow().id();
        assertThat(panels.groupPanels(copy, admin)).extracting(g -> g.group().name(), RaterPanelService.GroupPanel::panelSize)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("第一组", 5),
                        org.assertj.core.groups.Tuple.tuple("第二组", null));
        assertThat(settings.settings(copy).submissionMinimum().percent()).isEqualTo(40);
    }
}
