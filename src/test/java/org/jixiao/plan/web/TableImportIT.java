package org.jixiao.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.Account;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableTemplate;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Import from the UI (upload → preview → confirm), refused files, access to other units' tables,
 * export downloads and the copy of last year's table.
 */
@IntegrationTest
class TableImportIT {

    private static final Path SEED = Path.of("../shared/seeds/002_8d0d28c8a60b99c8.txt");
    private static final Pattern TOKEN = Pattern.compile("/import/([0-9a-f]{48})");

    @Autowired
    MockMvc mvc;

    @Autowired
    org.jixiao.organization.Memberships memberships;

    @Autowired
    TestWorlds worlds;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    AssessmentCycles cycles;

    @Test
    void uploadShowsPreviewWithFindingsAndSkipsThenConfirmReplacesTheTable() throws Exception {
        TestWorlds.World world = worlds.create();
        MockHttpSession session = new MockHttpSession();
        long versionBefore = tables.find(world.tableA()).orElseThrow().version();

        mvc.perform(get("/tables/{t}", world.tableA()).with(as(world.clerkA())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/tables/" + world.tableA() + "/import")))
                .andExpect(content().string(Matchers.containsString("导出Excel")));
        mvc.perform(get("/tables/{t}/import", world.tableA()).with(as(world.clerkA())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(Matchers.containsString("2025年度")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("2,025"))));

        MvcResult preview = mvc.perform(multipart("/cycles/{c}/units/{u}/import", world.cycle().id(), world.unitA().id())
                        .file(new MockMultipartFile("file", "002.txt", "text/plain", Files.readAllBytes(SEED)))
                        .session(session).with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"confirm-import\"")))
                .andExpect(content().string(Matchers.containsString("import-skipped")))
                .andExpect(content().string(Matchers.containsString("class=\"source-row\"")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*第\\d+行.*")))
                .andExpect(content().string(Matchers.containsString("data-reason=")))
                .andReturn();
        String html = preview.getResponse().getContentAsString();
        assertThat(html).contains("1-13").contains("1-17").contains("data-code=");
        // Nothing stored yet.
        assertThat(tables.find(world.tableA()).orElseThrow().version()).isEqualTo(versionBefore);

        String token = token(html);
        // The file names another unit (泉州市国资委): the preview asks to confirm, a confirm without it is refused.
        assertThat(html).contains("id=\"import-unit-mismatch\"").contains("泉州市国资委").contains("name=\"confirmUnit\"");
        mvc.perform(post("/cycles/{c}/units/{u}/import/{t}", world.cycle().id(), world.unitA().id(), token)
                        .session(session).with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("泉州市国资委")));
        assertThat(tables.find(world.tableA()).orElseThrow().version()).isEqualTo(versionBefore);
        html = mvc.perform(multipart("/cycles/{c}/units/{u}/import", world.cycle().id(), world.unitA().id())
                        .file(new MockMultipartFile("file", "002.txt", "text/plain", Files.readAllBytes(SEED)))
                        .session(session).with(csrf()).with(as(world.clerkA())))
                .andReturn().getResponse().getContentAsString();
        token = token(html);
        MvcResult confirmed = mvc.perform(post("/cycles/{c}/units/{u}/import/{t}", world.cycle().id(),
                        world.unitA().id(), token).param("confirmUnit", "true")
                        .session(session).with(csrf()).with(as(world.clerkA())))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        UUID imported = UUID.fromString(confirmed.getResponse().getRedirectedUrl().substring("/tables/".length()));
        // The table keeps its id (rows that match keep theirs, see StableRowIdsIT); its content is the file's.
        assertThat(imported).isEqualTo(world.tableA());
        assertThat(tables.find(imported).orElseThrow().version()).isGreaterThan(versionBefore);
        assertThat(tables.findId(world.cycle().id(), world.unitA().id())).contains(imported);
        TargetTable table = tables.find(imported).orElseThrow().table();
        assertThat(table.category(StandardTemplates.KEY_WORK).orElseThrow().firstLevel()).hasSize(17);
        assertThat(table.totalPoints().toString()).isEqualTo("100");
        assertThat(table.unitName()).isEqualTo(world.unitA().name());

        // The token is used up: confirming again changes nothing.
        mvc.perform(post("/cycles/{c}/units/{u}/import/{t}", world.cycle().id(), world.unitA().id(), token).param("confirmUnit", "true")
                        .session(session).with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isBadRequest());
        assertThat(tables.findId(world.cycle().id(), world.unitA().id())).contains(imported);
    }

    @Test
    void pastedTextGivesThePreviewToo() throws Exception {
        TestWorlds.World world = worlds.create();
        MockHttpSession session = new MockHttpSession();
        MvcResult preview = mvc.perform(multipart("/cycles/{c}/units/{u}/import", world.cycle().id(), world.unitA().id())
                        .param("text", Files.readString(SEED))
                        .session(session).with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"confirm-import\"")))
                .andReturn();
        mvc.perform(post("/cycles/{c}/units/{u}/import/{t}", world.cycle().id(), world.unitA().id(),
                        token(preview.getResponse().getContentAsString())).param("confirmUnit", "true")
                        .session(session).with(csrf()).with(as(world.clerkA())))
                .andExpect(status().is3xxRedirection());
        assertThat(tables.find(world.tableA()).orElseThrow().table().category(StandardTemplates.KEY_WORK).orElseThrow()
                .firstLevel()).hasSize(17);
    }

    @Test
    void rejectedFileShowsItsMessageAndChangesNothing() throws Exception {
        TestWorlds.World world = worlds.create();
        long versionBefore = tables.find(world.tableA()).orElseThrow().version();
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        mvc.perform(multipart("/cycles/{c}/units/{u}/import", world.cycle().id(), world.unitA().id())
                        .file(new MockMultipartFile("file", "table.xlsx", "application/octet-stream", noise))
                        .session(new MockHttpSession()).with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"import-error\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("confirm-import"))));
        assertThat(tables.find(world.tableA()).orElseThrow().version()).isEqualTo(versionBefore);
        assertThat(tables.findId(world.cycle().id(), world.unitA().id())).contains(world.tableA());

        mvc.perform(post("/cycles/{c}/units/{u}/import/{t}", world.cycle().id(), world.unitA().id(), "0".repeat(48))
                        .with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isBadRequest());
        assertThat(tables.find(world.tableA()).orElseThrow().version()).isEqualTo(versionBefore);
    }

    @Test
    void anotherUnitsTableIsNotFound() throws Exception {
        TestWorlds.World world = worlds.create();
        for (String path : new String[] {"/tables/{t}/import", "/tables/{t}/export.xlsx", "/tables/{t}/export.pdf"}) {
            mvc.perform(get(path, world.tableB()).with(as(world.clerkA())))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/cycles/{c}/units/{u}/import", world.cycle().id(), world.unitB().id())
                        .with(as(world.clerkA())))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/cycles/{c}/units/{u}/import", world.cycle().id(), world.unitB().id())
                        .file(new MockMultipartFile("file", "002.txt", "text/plain", Files.readAllBytes(SEED)))
                        .with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isNotFound());
        // A token from the own unit cannot be confirmed into another unit.
        MockHttpSession session = new MockHttpSession();
        MvcResult preview = mvc.perform(multipart("/cycles/{c}/units/{u}/import", world.cycle().id(), world.unitA().id())
                        .file(new MockMultipartFile("file", "002.txt", "text/plain", Files.readAllBytes(SEED)))
                        .session(session).with(csrf()).with(as(world.admin())))
                .andExpect(status().isOk()).andReturn();
        mvc.perform(post("/cycles/{c}/units/{u}/import/{t}", world.cycle().id(), world.unitB().id(),
                        token(preview.getResponse().getContentAsString())).param("confirmUnit", "true")
                        .session(session).with(csrf()).with(as(world.admin())))
                .andExpect(status().isBadRequest());
        assertThat(tables.findId(world.cycle().id(), world.unitB().id())).contains(world.tableB());
        // A leader reads and exports but does not import.
        mvc.perform(get("/tables/{t}/import", world.tableA()).with(as(world.leaderA())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tables/{t}", world.tableA()).with(as(world.leaderA())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/import"))));
    }

    @Test
    void exportsHaveTheRightContentTypes() throws Exception {
        TestWorlds.World world = worlds.create();
        MvcResult xlsx = mvc.perform(get("/tables/{t}/export.xlsx", world.tableA()).with(as(world.leaderA())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andReturn();
        byte[] workbook = xlsx.getResponse().getContentAsByteArray();
        assertThat(workbook).startsWith('P', 'K');
        MvcResult pdf = mvc.perform(get("/tables/{t}/export.pdf", world.tableA()).with(as(world.clerkA())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn();
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void lastYearsTableIsCopiedIntoTheNewCycle() throws Exception {
        TestWorlds.World world = worlds.create();
        TableTemplate template2025 = world.cycle().template();
        AssessmentCycle next = cycles.open(2026, world.cycle().series(),
                new TableTemplate(2026, template2025.categories(), template2025.rules()));
        memberships.copy(world.cycle().id(), next.id());

        mvc.perform(get("/").with(as(world.clerkA())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "/cycles/" + next.id() + "/units/" + world.unitA().id() + "/copy-last-year")))
                .andExpect(content().string(Matchers.containsString(
                        "/cycles/" + next.id() + "/units/" + world.unitA().id() + "/import")));
        mvc.perform(post("/cycles/{c}/units/{u}/copy-last-year", next.id(), world.unitB().id())
                        .with(csrf()).with(as(world.clerkA())))
                .andExpect(status().isNotFound());

        MvcResult copied = mvc.perform(post("/cycles/{c}/units/{u}/copy-last-year", next.id(), world.unitA().id())
                        .with(csrf()).with(as(world.clerkA())))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID id = UUID.fromString(copied.getResponse().getRedirectedUrl().substring("/tables/".length()));
        TargetTable copy = tables.find(id).orElseThrow().table();
        TargetTable last = tables.find(world.tableA()).orElseThrow().table();
        assertThat(copy.cycleId()).isEqualTo(next.id());
        assertThat(copy.year()).isEqualTo(2026);
        assertThat(copy.category(StandardTemplates.KEY_WORK).orElseThrow().firstLevel())
                .hasSameSizeAs(last.category(StandardTemplates.KEY_WORK).orElseThrow().firstLevel());
        assertThat(copy.totalPoints()).isEqualTo(last.totalPoints());
        assertThat(tables.find(world.tableA())).isPresent();
    }

    private static RequestPostProcessor as(Account account) {
        return user(SignedInAccount.of(account));
    }

    private static String token(String html) {
        Matcher matcher = TOKEN.matcher(html);
        assertThat(matcher.find()).as("confirm form with a token").isTrue();
        return matcher.group(1);
    }
}
