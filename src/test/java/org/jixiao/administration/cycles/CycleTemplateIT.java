package org.jixiao.administration.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.jixiao.administration.cycles.CycleAdministrationIT.api;
import static org.jixiao.administration.cycles.CycleAdministrationIT.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.Points;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The template editor shows what a change does to the tables already written before it saves it;
 * a stale, invalid or unconfirmed change stores nothing.
 */
@IntegrationTest
class CycleTemplateIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    AssessmentCycles cycles;

    @Autowired
    TargetTableRepository tables;

    TestWorlds.World world;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
    }

    @Test
    void theEditorShowsTheCyclesTemplate() throws Exception {
        mvc.perform(page(get("/admin/cycles/{id}/template", world.cycle().id()), world.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("全面落实从严治党主体责任")))
                .andExpect(content().string(containsString("市委文明办")));
    }

    @Test
    void aChangeThatAffectsTablesIsShownFirstAndSavedOnlyOnConfirmation() throws Exception {
        AssessmentCycle cycle = world.cycle();
        TemplateForm form = TemplateForm.of(reweighted(cycle.template()));
        String unitA = tables.find(world.tableA()).orElseThrow().table().unitName();

        String preview = mvc.perform(form(post("/admin/cycles/{id}/template", cycle.id()), form, cycle.version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("修改前请确认影响")))
                .andExpect(content().string(containsString("固定指标 6-5 权重 3 → 2 分")))
                .andExpect(content().string(containsString("<td>" + unitA + "</td>")))
                .andExpect(content().string(containsString("固定指标 6-5 的权重为 2 分，现为 3 分")))
                .andReturn().getResponse().getContentAsString();
        assertThat(cycles.get(cycle.id()).template()).as("a preview saves nothing").isEqualTo(cycle.template());

        mvc.perform(form(post("/admin/cycles/{id}/template", cycle.id()), form, cycle.version())
                        .param("confirmation", fingerprint(preview)))
                .andExpect(status().is3xxRedirection());
        AssessmentCycle saved = cycles.get(cycle.id());
        assertThat(saved.version()).isEqualTo(cycle.version() + 1);
        assertThat(saved.template()).isEqualTo(reweighted(cycle.template()));
    }

    @Test
    void aConfirmationOfAnotherEditDoesNotSave() throws Exception {
        AssessmentCycle cycle = world.cycle();
        String preview = mvc.perform(form(post("/admin/cycles/{id}/template", cycle.id()),
                        TemplateForm.of(reweighted(cycle.template())), cycle.version()))
                .andReturn().getResponse().getContentAsString();

        mvc.perform(form(post("/admin/cycles/{id}/template", cycle.id()), TemplateForm.of(cycle.template()
                        .scaledTo(Points.of(1000))), cycle.version())
                        .param("confirmation", fingerprint(preview)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("修改前请确认影响")));
        assertThat(cycles.get(cycle.id()).version()).isEqualTo(cycle.version());
    }

    @Test
    void anInvalidTemplateComesBackWithMessagesBesideItsFields() throws Exception {
        AssessmentCycle cycle = world.cycle();
        TemplateForm form = TemplateForm.of(cycle.template());
        TemplateForm.RulesRow r = form.rulesRow();
        TemplateForm wrongTotal = new TemplateForm(form.categories(), new TemplateForm.RulesRow("90",
                r.minFunctionalFirstLevel(), r.capFunctionalAtLastYear(), r.dynamicMaxPoints(), "两项",
                r.dynamicSingleItemPoints(), r.administrativeKeywords(), r.mediaKeywords(), r.mediaLevels()));

        mvc.perform(form(post("/admin/cycles/{id}/template", cycle.id()), wrongTotal, cycle.version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“两项”不是 0 至 999 之间的整数")))
                .andExpect(content().string(not(containsString("修改前请确认影响"))));
        assertThat(cycles.get(cycle.id()).version()).isEqualTo(cycle.version());
    }

    @Test
    void aStaleTemplateEditIsRefusedWithAMessage() throws Exception {
        AssessmentCycle cycle = world.cycle();
        mvc.perform(form(post("/admin/cycles/{id}/template", cycle.id()), TemplateForm.of(reweighted(cycle.template())),
                        cycle.version() + 5))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));
        assertThat(cycles.get(cycle.id()).template()).isEqualTo(cycle.template());
    }

    @Test
    void addingACategoryInTheEditorShowsAnEmptyRowAndSavesNothing() throws Exception {
        AssessmentCycle cycle = world.cycle();
        mvc.perform(form(post("/admin/cycles/{id}/template", cycle.id()).param("action", "addCategory"),
                        TemplateForm.of(cycle.template()), cycle.version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"categories[8].name\"")));
        assertThat(cycles.get(cycle.id()).version()).isEqualTo(cycle.version());
    }

    @Test
    void theApiAnswersWithTheImpactUntilTheChangeIsConfirmed() throws Exception {
        AssessmentCycle cycle = world.cycle();
        String body = JsonMapper.builder().build().writeValueAsString(reweighted(cycle.template()));

        mvc.perform(api(get("/api/v1/cycles/{id}/template", cycle.id()), world.admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + cycle.version() + "\""))
                .andExpect(jsonPath("$.categories[0].key").value(StandardTemplates.KEY_WORK));
        mvc.perform(api(put("/api/v1/cycles/{id}/template", cycle.id()), world.admin()).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TEMPLATE_AFFECTS_TABLES"))
                .andExpect(jsonPath("$.details[0].unitName").isString());
        mvc.perform(api(put("/api/v1/cycles/{id}/template", cycle.id()), world.admin()).content(body)
                        .param("confirm", "true").header("If-Match", "\"" + (cycle.version() - 1) + "\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"));
        mvc.perform(api(put("/api/v1/cycles/{id}/template", cycle.id()), world.admin()).content(body)
                        .param("confirm", "true").header("If-Match", "\"" + cycle.version() + "\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(true));
        assertThat(cycles.get(cycle.id()).template()).isEqualTo(reweighted(cycle.template()));
    }

    @Test
    void theApiRefusesATemplateThatDoesNotAddUp() throws Exception {
        AssessmentCycle cycle = world.cycle();
        String body = JsonMapper.builder().build().writeValueAsString(new TableTemplate(cycle.year(),
                cycle.template().categories(), cycle.template().rules().withTotalPoints(Points.of(90))));

        mvc.perform(api(put("/api/v1/cycles/{id}/template", cycle.id()), world.admin()).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TEMPLATE_INVALID"))
                .andExpect(jsonPath("$.message").value(containsString("与总分 90 分不一致")));
        mvc.perform(api(put("/api/v1/cycles/{id}/template", cycle.id()), world.admin())
                        .content("{\"categories\": [{\"key\": \"x\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TEMPLATE_INVALID"));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, TemplateForm form, long version) {
        MockHttpServletRequestBuilder r = page(request, world.admin()).param("version", Long.toString(version));
        List<TemplateForm.CategoryRow> rows = form.categoryRows();
        for (int i = 0; i < rows.size(); i++) {
            TemplateForm.CategoryRow c = rows.get(i);
            String p = "categories[" + i + "].";
            r.param(p + "key", c.key()).param(p + "name", c.name()).param(p + "group", c.group())
                    .param(p + "role", c.role()).param(p + "points", c.points()).param(p + "codeNumber", c.codeNumber())
                    .param(p + "leadDepartment", c.leadDepartment()).param(p + "position", c.position());
            List<TemplateForm.ItemRow> items = c.itemRows();
            for (int j = 0; j < items.size(); j++) {
                TemplateForm.ItemRow item = items.get(j);
                String q = p + "items[" + j + "].";
                r.param(q + "code", item.code()).param(q + "area", item.area()).param(q + "text", item.text())
                        .param(q + "weight", item.weight()).param(q + "leadDepartment", item.leadDepartment());
            }
        }
        TemplateForm.RulesRow rules = form.rulesRow();
        r.param("rules.totalPoints", rules.totalPoints())
                .param("rules.minFunctionalFirstLevel", rules.minFunctionalFirstLevel())
                .param("rules.dynamicMaxPoints", rules.dynamicMaxPoints())
                .param("rules.dynamicMinItems", rules.dynamicMinItems())
                .param("rules.dynamicSingleItemPoints", rules.dynamicSingleItemPoints())
                .param("rules.administrativeKeywords", rules.administrativeKeywords())
                .param("rules.mediaKeywords", rules.mediaKeywords())
                .param("rules.mediaLevels", rules.mediaLevels());
        if (Boolean.TRUE.equals(rules.capFunctionalAtLastYear())) {
            r.param("rules.capFunctionalAtLastYear", "true");
        }
        return r;
    }

    /** The template with 6-5 (改革创新) weighing 2 instead of 3 and 4-1 weighing 2: totals unchanged. */
    private static TableTemplate reweighted(TableTemplate template) {
        List<CategoryTemplate> categories = new ArrayList<>(template.categories());
        CategoryTemplate capacity = template.category(StandardTemplates.ADMINISTRATIVE_CAPACITY)
                .orElseThrow();
        List<FixedItemTemplate> items = capacity.fixedItems().stream()
                .map(item -> switch (item.code().value()) {
                    case "6-5" -> new FixedItemTemplate(item.code(), item.area(), item.text(),
                            Points.of(2), item.leadDepartment());
                    case "4-1" -> new FixedItemTemplate(item.code(), item.area(), item.text(),
                            Points.of(2), item.leadDepartment());
                    default -> item;
                })
                .toList();
        categories.set(categories.indexOf(capacity), new CategoryTemplate(capacity.key(),
                capacity.name(), capacity.group(), capacity.role(), capacity.points(), items, capacity.codeNumber(),
                capacity.leadDepartment()));
        return new TableTemplate(template.year(), categories, template.rules());
    }

    private static String fingerprint(String page) {
        Matcher matcher = Pattern.compile("name=\"confirmation\" value=\"([0-9a-f]+)\"").matcher(page);
        assertThat(matcher.find()).as("the preview offers a confirmation").isTrue();
        return matcher.group(1);
    }
}
