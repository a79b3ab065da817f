package org.jixiao.administration.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.administration.cycles.CycleAdministrationIT.api;
import static org.jixiao.administration.cycles.CycleAdministrationIT.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.evaluation.ScoringSettings;
import org.jixiao.evaluation.RaterPanels;
import org.jixiao.evaluation.assessment.EvaluationSettings;
import org.jixiao.evaluation.assessment.LeadDepartment;
import org.jixiao.evaluation.assessment.SettingsService;
import org.jixiao.organization.CurrentUser;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.plan.TargetTableService;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableTemplate;
import org.jixiao.table.rules.FunctionalFirstLevelCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cycle copied from last year's takes over its template, settings and, on request, each unit's
 * table, so that the year-on-year rule runs in the table editor.
 */
@IntegrationTest
class CycleCopyIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    AssessmentCycles cycles;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    TargetTableService tableService;

    @Autowired
    SettingsService settings;

    @Autowired
    org.jixiao.organization.Memberships memberships;

    @Autowired
    org.jixiao.organization.Accounts accounts;

    @Autowired
    org.jixiao.evaluation.RaterPanels raterPanels;

    TestWorlds.World world;
    CurrentUser office;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        office = CurrentUser.of(world.admin());
    }

    @Test
    void aCycleCopiedFromLastYearTakesOverTemplateSettingsAndTables() throws Exception {
        AssessmentCycle source = world.cycle();
        EvaluationSettings own = new EvaluationSettings(ScoringSettings.defaults(), "系数四档",
                List.of(new LeadDepartment("市委文明办", List.of("精神文明"), "")));
        settings.update(source.id(), own, 0, office);
        org.jixiao.organization.Account rater = accounts.create("rater-" + world.unitA().id(), TestWorlds.PASSWORD,
                "评委", org.jixiao.organization.Role.RATER, null);
        long group = memberships.members(source.id()).get(0).group().id();
        raterPanels.assignGroup(source.id(), rater.id(), group, office);

        String response = mvc.perform(api(post("/api/v1/cycles"), world.admin()).content("""
                        {"year": 2026, "series": "%s", "level": "CITY", "copyFrom": %d, "copyTables": true}"""
                        .formatted(source.series(), source.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.copiedTables").value(2))
                .andReturn().getResponse().getContentAsString();

        AssessmentCycle copy = cycles.find(2026, source.series()).orElseThrow();
        assertThat(response).contains("\"id\":" + copy.id());
        assertThat(copy.copiedFrom()).isEqualTo(source.id());
        assertThat(copy.template()).isEqualTo(source.template().forYear(2026));
        assertThat(settings.settings(copy.id())).isEqualTo(own);
        assertThat(memberships.members(copy.id()))
                .extracting(member -> member.unit().id(), member -> member.group().name())
                .containsExactlyInAnyOrderElementsOf(memberships.members(source.id()).stream()
                        .map(member -> org.assertj.core.groups.Tuple.tuple(member.unit().id(), member.group().name()))
                        .toList());
        assertThat(raterPanels.panel(copy.id(), rater.id(), office).groups())
                .extracting(RaterPanels.Group::name).containsExactly("第一组");
        assertThat(tables.summaries(copy.id())).extracting(TargetTableRepository.Summary::unitId)
                .containsExactlyInAnyOrder(world.unitA().id(), world.unitB().id());
        TargetTableRepository.Stored copiedA = tables.find(tables.findId(copy.id(), world.unitA().id()).orElseThrow())
                .orElseThrow();
        assertThat(copiedA.table().year()).isEqualTo(2026);
        assertThat(copiedA.table().allFirstLevel()).hasSameSizeAs(tables.find(world.tableA()).orElseThrow().table()
                .allFirstLevel());
    }

    @Test
    void aCopyWithoutTablesLeavesTheUnitsToStartTheirOwn() throws Exception {
        AssessmentCycle source = world.cycle();
        mvc.perform(page(post("/admin/cycles"), world.admin()).param("year", "2026").param("series", source.series())
                        .param("level", "CITY").param("totalPoints", "").param("copyFrom", Long.toString(source.id())))
                .andExpect(status().is3xxRedirection());

        AssessmentCycle copy = cycles.find(2026, source.series()).orElseThrow();
        assertThat(copy.copiedFrom()).isEqualTo(source.id());
        assertThat(tables.summaries(copy.id())).isEmpty();
        assertThat(settings.versioned(copy.id()).version()).as("no settings of its own were stored").isZero();
    }

    @Test
    void copyingFromTheSameOrALaterYearIsRefused() throws Exception {
        AssessmentCycle source = world.cycle();
        mvc.perform(api(post("/api/v1/cycles"), world.admin()).content("""
                        {"year": 2024, "series": "%s", "copyFrom": %d}""".formatted(source.series(), source.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("COPY_SOURCE_INVALID"));
        assertThat(cycles.find(2024, source.series())).isEmpty();
    }

    @Test
    void theTableEditorChecksFirstLevelIndicatorsAgainstLastYearsTableWhereTheCycleCapsThem() throws Exception {
        AssessmentCycle source = world.cycle();
        mvc.perform(api(post("/api/v1/cycles"), world.admin()).content("""
                        {"year": 2026, "series": "%s", "copyFrom": %d, "copyTables": true}"""
                        .formatted(source.series(), source.id())))
                .andExpect(status().isCreated());
        AssessmentCycle copy = cycles.find(2026, source.series()).orElseThrow();
        UUID tableA = tables.findId(copy.id(), world.unitA().id()).orElseThrow();
        long version = tables.find(tableA).orElseThrow().version();
        tableService.edit(tableA, version, office, table -> table.addFirstLevel(StandardTemplates.ROUTINE_WORK,
                FirstLevelIndicator.create(new IndicatorCode("2-99"), "新增的一级指标", null, List.of())));
        assertThat(tableService.view(tableA, office).findings()).extracting(f -> f.code())
                .as("the copied city template does not cap").doesNotContain(FunctionalFirstLevelCount.ABOVE_LAST_YEAR);

        TableTemplate capped = new TableTemplate(2026, copy.template().categories(),
                copy.template().rules().withCapAtLastYear(true));
        mvc.perform(api(put("/api/v1/cycles/{id}/template", copy.id()), world.admin()).param("confirm", "true")
                        .content(JsonMapper.builder().build().writeValueAsString(capped)))
                .andExpect(status().isOk());

        assertThat(tableService.view(tableA, office).findings()).extracting(f -> f.code())
                .contains(FunctionalFirstLevelCount.ABOVE_LAST_YEAR);
    }
}
