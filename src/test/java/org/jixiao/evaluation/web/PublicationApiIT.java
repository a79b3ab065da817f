package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jixiao.evaluation.assessment.AdjustmentService;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.ResultsService;
import org.jixiao.evaluation.assessment.ScoredRow;
import org.jixiao.evaluation.json.ResultsPackage;
import org.jixiao.organization.Account;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 发布结果 through the JSON API: the preview a script reads, and the same gate as the page — the counts
 * confirmed, a reason while a unit cannot be scored — before a version is frozen; the hash it answers
 * is the SHA-256 of the results.json in the package it points to.
 */
@IntegrationTest
class PublicationApiIT {

    private static final Pattern TOKEN = Pattern.compile("jxt_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    Participants participants;

    @Autowired
    AssessmentService assessment;

    @Autowired
    AdjustmentService adjustments;

    @Autowired
    ResultsService results;

    @Autowired
    TargetTableRepository tables;

    EvaluationWorlds.World world;
    long cycle;
    String base;

    @BeforeEach
    void unitACompleteUnitBPending() {
        world = worlds.create();
        cycle = world.cycleId();
        long unitA = world.base().unitA().id();
        for (ScoredRow row : participants.one(cycle, unitA).rows().rows()) {
            assessment.gradeWithoutReadCheck(cycle, unitA, row.rowId(), 1, world.admin());
        }
        adjustments.setAppraisal(cycle, unitA, new BigDecimal("85"), world.admin());
        base = "/api/v1/cycles/" + cycle + "/results";
    }

    private ResultActions asOffice(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(world.base().admin().username(), TestWorlds.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON));
    }

    private ResultActions publish(String body) throws Exception {
        return asOffice(post(base + "/publications").content(body));
    }

    @Test
    void thePreviewGivesTheCountsTheChangesAndTheConfirmationExpected() throws Exception {
        asOffice(get(base + "/publication-preview"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.previousVersion").doesNotExist())
                .andExpect(jsonPath("$.counts.complete").value(1))
                .andExpect(jsonPath("$.counts.pending").value(1))
                .andExpect(jsonPath("$.counts.unscorable").value(0))
                .andExpect(jsonPath("$.pending[0].name").value(world.base().unitB().name()))
                .andExpect(jsonPath("$.pending[0].missing[0]").exists())
                .andExpect(jsonPath("$.reasonRequired").value(false))
                .andExpect(jsonPath("$.confirmation.pending").value(1))
                .andExpect(jsonPath("$.confirmationText").value("我已查看上述内容，确认发布：完成 1 个、待完成 1 个、无法计分 0 个单位"));
    }

    @Test
    void aPublicationWithoutTheConfirmationOrWithOtherCountsIsRefusedAndNothingIsPublished() throws Exception {
        publish("{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("results.publish.confirmationRequired"));
        publish("""
                {"confirmation": {"complete": 2, "pending": 0, "unscorable": 0}}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("results.publish.changed"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("当前完成 1 个、待完成 1 个")));
        assertThat(results.versions(cycle)).isEmpty();
    }

    @Test
    void aUnitThatCannotBeScoredNeedsAReason() throws Exception {
        // unit B's table repeats a 序号: it cannot be scored
        TargetTableRepository.Stored stored = tables.find(world.base().tableB()).orElseThrow();
        TargetTable table = stored.table();
        var rows = table.allFirstLevel().stream().flatMap(l1 -> l1.secondLevel().stream())
                .filter(r -> r.code() != null).toList();
        SecondLevelIndicator second = rows.get(1);
        table.replaceSecondLevel(new SecondLevelIndicator(second.id(), rows.get(0).code(), second.text(),
                second.weight(), second.responsibility()));
        tables.update(table, stored.version(), "test", Instant.now());

        asOffice(get(base + "/publication-preview"))
                .andExpect(jsonPath("$.counts.unscorable").value(1))
                .andExpect(jsonPath("$.unscorable[0].reason").value(org.hamcrest.Matchers.containsString("重复")))
                .andExpect(jsonPath("$.reasonRequired").value(true));
        String confirmation = """
                "confirmation": {"complete": 1, "pending": 0, "unscorable": 1}""";
        publish("{" + confirmation + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("results.publish.reasonRequired"));
        publish("{" + confirmation + ", \"reason\": \"  \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("results.publish.reasonRequired"));
        assertThat(results.versions(cycle)).isEmpty();

        publish("{" + confirmation + ", \"reason\": \"科技局考评表待更正，先行公布其余单位\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reason").value("科技局考评表待更正，先行公布其余单位"));
        assertThat(results.versions(cycle)).singleElement()
                .satisfies(v -> assertThat(v.note()).isEqualTo("科技局考评表待更正，先行公布其余单位"));
    }

    @Test
    void aConfirmedPublicationAnswersTheVersionAndAHashMatchingThePackageDownload() throws Exception {
        String answer = publish("""
                {"confirmation": {"complete": 1, "pending": 1, "unscorable": 0}}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.publishedBy").value(world.base().admin().username()))
                .andReturn().getResponse().getContentAsString();
        JsonNode published = JsonMapper.builder().build().readTree(answer);
        String hash = published.get("sha256").asString();
        assertThat(hash).matches("[0-9a-f]{64}");

        byte[] zip = asOffice(get(published.get("packageUrl").asString()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertThat(ResultsPackage.sha256(files.get(ResultsPackage.RESULTS))).isEqualTo(hash);
        assertThat(new String(files.get(ResultsPackage.SUMS), StandardCharsets.UTF_8))
                .contains(hash + "  " + ResultsPackage.RESULTS);
        assertThat(ResultsPackage.verify(new ByteArrayInputStream(zip))).isEmpty();
        asOffice(get(published.get("resultsUrl").asString())).andExpect(status().isOk())
                .andExpect(content().bytes(files.get(ResultsPackage.RESULTS)));
        // the same version the page lists, with the same hash
        assertThat(results.versions(cycle)).singleElement().satisfies(v -> assertThat(v.sha256()).isEqualTo(hash));

        asOffice(get(base + "/publication-preview"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.previousVersion").value(1))
                .andExpect(jsonPath("$.changes.length()").value(0));
    }

    @Test
    void onlyTheOfficeWithAWriteTokenPublishes() throws Exception {
        String body = """
                {"confirmation": {"complete": 1, "pending": 1, "unscorable": 0}}""";
        mvc.perform(post(base + "/publications").with(httpBasic(world.base().clerkA().username(), TestWorlds.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/publication-preview")
                        .with(httpBasic(world.base().clerkA().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isForbidden());
        String read = token("READ");
        mvc.perform(get(base + "/publication-preview").header("Authorization", "Bearer " + read))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/publications").header("Authorization", "Bearer " + read)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("TOKEN_SCOPE"));
        assertThat(results.versions(cycle)).isEmpty();
        mvc.perform(post(base + "/publications").header("Authorization", "Bearer " + token("WRITE"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        assertThat(results.versions(cycle)).hasSize(1);
    }

    private String token(String scope) throws Exception {
        Account admin = world.base().admin();
        String page = mvc.perform(post("/account/tokens").with(user(SignedInAccount.of(admin))).with(csrf())
                        .param("name", "发布脚本 " + scope).param("scope", scope))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).isTrue();
        return token.group();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
