package org.jixiao.administration.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.cycle.CycleLevel;
import org.jixiao.cycle.CycleStatus;
import org.jixiao.organization.Account;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.Points;
import org.jixiao.table.StandardTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The office opens, renames, closes and reopens cycles in the browser and through the JSON API; a
 * duplicate year and series is refused with a reason, and nobody but the office changes anything.
 */
@IntegrationTest
class CycleAdministrationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    AssessmentCycles cycles;

    TestWorlds.World world;
    String series;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        series = "新系列-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void officeCreatesACycleWithTheDistrictPresetOnThePage() throws Exception {
        mvc.perform(page(post("/admin/cycles"), world.admin()).param("year", "2026").param("series", series)
                        .param("level", "DISTRICT").param("totalPoints", "100").param("preset", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/admin/cycles"));

        AssessmentCycle created = cycles.find(2026, series).orElseThrow();
        assertThat(created.level()).isEqualTo(CycleLevel.DISTRICT);
        assertThat(created.template()).isEqualTo(StandardTemplates.district(2026));
        mvc.perform(page(get("/admin/cycles"), world.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(series)));
    }

    @Test
    void aDuplicateYearAndSeriesComesBackBesideTheSeriesField() throws Exception {
        mvc.perform(page(post("/admin/cycles"), world.admin()).param("year", "2025")
                        .param("series", world.cycle().series()).param("level", "CITY").param("totalPoints", "100"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2025年度“" + world.cycle().series() + "”已存在")));
        assertThat(cycles.all()).filteredOn(c -> c.series().equals(world.cycle().series())).hasSize(1);
    }

    @Test
    void valuesThatDoNotReadComeBackWithTheirMessages() throws Exception {
        mvc.perform(page(post("/admin/cycles"), world.admin()).param("year", "二〇二六").param("series", series)
                        .param("level", "CITY").param("totalPoints", "-5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写 2000 至 2100 之间的四位年度")))
                .andExpect(content().string(containsString("总分应为大于 0")));
        assertThat(cycles.find(2026, series)).isEmpty();
    }

    @Test
    void officeRenamesClosesAndReopensACycleOnThePages() throws Exception {
        AssessmentCycle cycle = world.cycle();
        mvc.perform(page(get("/admin/cycles/{id}/edit", cycle.id()), world.admin())).andExpect(status().isOk());
        mvc.perform(page(post("/admin/cycles/{id}", cycle.id()), world.admin())
                        .param("version", Long.toString(cycle.version())).param("series", series).param("level", "DISTRICT"))
                .andExpect(status().is3xxRedirection());
        assertThat(cycles.get(cycle.id()).series()).isEqualTo(series);
        assertThat(cycles.get(cycle.id()).level()).isEqualTo(CycleLevel.DISTRICT);

        mvc.perform(page(get("/admin/cycles/{id}/close", cycle.id()), world.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("确定关闭")));
        assertThat(cycles.get(cycle.id()).status()).as("asking for confirmation closes nothing").isEqualTo(CycleStatus.OPEN);
        mvc.perform(page(post("/admin/cycles/{id}/close", cycle.id()), world.admin())).andExpect(status().is3xxRedirection());
        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.CLOSED);
        mvc.perform(page(post("/admin/cycles/{id}/reopen", cycle.id()), world.admin())).andExpect(status().is3xxRedirection());
        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.OPEN);
    }

    @Test
    void aStaleEditIsRefusedWithAMessage() throws Exception {
        AssessmentCycle cycle = world.cycle();
        mvc.perform(page(post("/admin/cycles/{id}", cycle.id()), world.admin())
                        .param("version", Long.toString(cycle.version() - 1)).param("series", series).param("level", "CITY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));
        assertThat(cycles.get(cycle.id()).series()).isEqualTo(cycle.series());
    }

    @Test
    void officeCreatesReadsChangesAndClosesACycleThroughTheApi() throws Exception {
        String location = mvc.perform(api(post("/api/v1/cycles"), world.admin()).content("""
                        {"year": 2026, "series": "%s", "level": "DISTRICT", "totalPoints": 1000}""".formatted(series)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn().getResponse().getHeader("Location");
        AssessmentCycle created = cycles.find(2026, series).orElseThrow();
        assertThat(location).isEqualTo("/api/v1/cycles/" + created.id());
        assertThat(created.totalPoints()).isEqualTo(Points.of(1000));
        assertThat(created.template()).isEqualTo(StandardTemplates.district(2026).scaledTo(Points.of(1000)));

        mvc.perform(api(get(location), world.clerkA()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("2026年度 " + series))
                .andExpect(jsonPath("$.totalPoints").value(1000))
                .andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(api(put(location), world.admin()).content("""
                        {"series": "%s-改", "level": "TOWNSHIP"}""".formatted(series)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series").value(series + "-改"))
                .andExpect(jsonPath("$.level").value("TOWNSHIP"));
        mvc.perform(api(post(location + "/close"), world.admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(api(put(location), world.admin()).content("{\"series\": \"再改\", \"level\": \"CITY\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CYCLE_CLOSED"));
        mvc.perform(api(post(location + "/reopen"), world.admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void theApiRefusesADuplicateAnUnknownCycleAndATotalThatDoesNotRead() throws Exception {
        mvc.perform(api(post("/api/v1/cycles"), world.admin()).content("""
                        {"year": 2025, "series": "%s", "level": "CITY"}""".formatted(world.cycle().series())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CYCLE_EXISTS"))
                .andExpect(jsonPath("$.message").value(containsString("已存在")));
        mvc.perform(api(get("/api/v1/cycles/{id}", Long.MAX_VALUE), world.admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CYCLE_NOT_FOUND"));
        mvc.perform(api(post("/api/v1/cycles"), world.admin()).content("""
                        {"year": 2026, "series": "%s", "totalPoints": 0}""".formatted(series)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_TOTAL_POINTS"));
        mvc.perform(api(post("/api/v1/cycles"), world.admin()).content("""
                        {"year": 2026, "series": "%s", "totalPoints": 33.33}""".formatted(series)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_TOTAL_POINTS"))
                .andExpect(jsonPath("$.message").value(containsString("两位小数")));
        assertThat(cycles.find(2026, series)).isEmpty();
    }

    @Test
    void everyoneSignedInReadsTheCycleList() throws Exception {
        mvc.perform(api(get("/api/v1/cycles"), world.clerkA()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)].series".formatted(world.cycle().id())).value(world.cycle().series()));
        mvc.perform(get("/api/v1/cycles")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void aClerkIsRefusedEveryPageAndEveryChange() throws Exception {
        long id = world.cycle().id();
        List<MockHttpServletRequestBuilder> pages = List.of(get("/admin/cycles"), get("/admin/cycles/new"),
                post("/admin/cycles").param("year", "2026").param("series", series),
                get("/admin/cycles/{id}/edit", id), post("/admin/cycles/{id}", id).param("version", "1")
                        .param("series", series), get("/admin/cycles/{id}/close", id),
                post("/admin/cycles/{id}/close", id), post("/admin/cycles/{id}/reopen", id),
                get("/admin/cycles/{id}/template", id), post("/admin/cycles/{id}/template", id).param("version", "1"));
        for (MockHttpServletRequestBuilder request : pages) {
            mvc.perform(page(request, world.clerkA()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("仅考评办可以管理考评年度")));
        }
        List<MockHttpServletRequestBuilder> api = List.of(
                post("/api/v1/cycles").content("{\"year\": 2026, \"series\": \"" + series + "\"}"),
                put("/api/v1/cycles/{id}", id).content("{\"series\": \"" + series + "\"}"),
                post("/api/v1/cycles/{id}/close", id), post("/api/v1/cycles/{id}/reopen", id),
                get("/api/v1/cycles/{id}/template", id), put("/api/v1/cycles/{id}/template", id).content("{}"));
        for (MockHttpServletRequestBuilder request : api) {
            mvc.perform(api(request, world.clerkA()))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("OFFICE_ONLY"));
        }
        AssessmentCycle unchanged = cycles.get(id);
        assertThat(unchanged.series()).isEqualTo(world.cycle().series());
        assertThat(unchanged.status()).isEqualTo(CycleStatus.OPEN);
        assertThat(unchanged.version()).isEqualTo(world.cycle().version());
        assertThat(cycles.find(2026, series)).isEmpty();
    }

    @Test
    void theOpenApiDocumentListsEveryCycleEndpoint() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cycles'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cycles'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cycles/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cycles/{id}/close'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cycles/{id}/reopen'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cycles/{id}/template'].put").exists());
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/cycles"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, Account account) {
        return request.with(user(SignedInAccount.of(account))).with(csrf());
    }

    static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Account account) {
        return request.with(httpBasic(account.username(), TestWorlds.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }
}
