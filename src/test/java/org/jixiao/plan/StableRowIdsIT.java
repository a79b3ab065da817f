package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jixiao.evaluation.assessment.AssessmentService;
import org.jixiao.evaluation.assessment.EvaluationWorlds;
import org.jixiao.exchange.XlsxTableExporter;
import org.jixiao.organization.Account;
import org.jixiao.organization.CurrentUser;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.TargetTable;
import org.jixiao.table.TargetTables;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A re-imported table keeps its rows' ids, so that year-end data stays attached; an import that would
 * drop rows carrying such data is refused until the person confirms the loss.
 *
 * <p>Approved tables are locked, and year-end data exists only on approved tables, so the sound way
 * to re-import over scored rows is the one the product offers: the clerk opens a mid-year
 * adjustment naming the rows to change and imports within it. The draft case (data written on a
 * draft by hand, as older data may be) is covered too.
 */
@IntegrationTest
class StableRowIdsIT {

    private static final int CODE = 1;
    private static final int WEIGHT = 5;
    private static final Pattern TOKEN = Pattern.compile("/import/([0-9a-f]{48})");

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationWorlds evaluationWorlds;

    @Autowired
    TestWorlds worlds;

    @Autowired
    AssessmentService assessment;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    TargetTableService tableService;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportEditOneWeightReimportKeepsEveryRowIdAndItsScores() throws Exception {
        EvaluationWorlds.World world = scored();
        TestWorlds.World base = world.base();
        TargetTable before = table(base);
        adjust(base, "1-1-1");

        byte[] workbook = setWeight(export(before), "1-1-1", 1.5);
        put(base, workbook, false).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(base.tableA().toString()));

        TargetTable after = table(base);
        assertThat(RowMatcherTest.ids(after)).isEqualTo(RowMatcherTest.ids(before));
        assertThat(TargetTables.secondLevel(after, "1-1-1").weight().toString()).isEqualTo("1.5");
        AssessmentService.Sheet sheet = assessment.sheet(world.cycleId(), base.unitA().id(), CurrentUser.of(world.rater()));
        for (String code : List.of("1-1-1", "1-1-2", "1-2-1", "2-1-1")) {
            assertThat(sheet.myScore(TargetTables.secondLevel(after, code).id())).as(code).isEqualByComparingTo("1");
        }
        assertThat(jdbc.sql("select after_json from audit_entry where unit_id = ? and kind = 'TABLE_IMPORTED' "
                        + "order by id desc limit 1").param(base.unitA().id()).query(String.class).single())
                .contains("\"删除行\":0").contains("\"新增行\":0")
                .contains("\"沿用原行标识\":" + RowMatcherTest.ids(before).size());
    }

    @Test
    void anImportThatDropsScoredRowsIsRefusedUntilConfirmed() throws Exception {
        EvaluationWorlds.World world = scored();
        TestWorlds.World base = world.base();
        TargetTable before = table(base);
        adjust(base, "1-2");
        TargetTable without = TableDiffTest.copy(before);
        without.removeSecondLevel(TargetTables.secondLevel(without, "1-2-1").id());
        long version = tables.find(base.tableA()).orElseThrow().version();

        put(base, export(without), false)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ROWS_WOULD_BE_ORPHANED"))
                .andExpect(jsonPath("$.details.length()").value(1))
                .andExpect(jsonPath("$.details[0].rowId").value(TargetTables.secondLevel(before, "1-2-1").id().toString()))
                .andExpect(jsonPath("$.details[0].code").value("1-2-1"))
                .andExpect(jsonPath("$.details[0].data[0]").value("考评组打分 1 条"));
        assertThat(tables.find(base.tableA()).orElseThrow().version()).isEqualTo(version);

        MockHttpSession session = new MockHttpSession();
        String preview = mvc.perform(multipart("/cycles/{c}/units/{u}/import", base.cycle().id(), base.unitA().id())
                        .file(xlsx(export(without))).session(session).with(csrf()).with(as(base.clerkA())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"import-orphans\"")))
                .andExpect(content().string(Matchers.containsString("id=\"confirm-orphans\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("1-2-1").contains("考评组打分 1 条");
        String token = token(preview);
        // A form sent without the tick (the page requires it) is refused and stores nothing.
        mvc.perform(post("/cycles/{c}/units/{u}/import/{t}", base.cycle().id(), base.unitA().id(), token)
                        .session(session).with(csrf()).with(as(base.clerkA())))
                .andExpect(status().isConflict());
        assertThat(tables.find(base.tableA()).orElseThrow().version()).isEqualTo(version);

        put(base, export(without), true).andExpect(status().isOk());
        TargetTable after = table(base);
        assertThat(after.secondLevel(TargetTables.secondLevel(before, "1-2-1").id())).isEmpty();
        assertThat(RowMatcherTest.ids(after)).hasSize(RowMatcherTest.ids(before).size() - 1)
                .isSubsetOf(RowMatcherTest.ids(before));
    }

    @Test
    void anEditThatDeletesAScoredRowIsRefused() {
        EvaluationWorlds.World world = scored();
        TestWorlds.World base = world.base();
        adjust(base, "1-2");
        UUID scoredRow = TargetTables.secondLevel(table(base), "1-2-1").id();
        long version = tables.find(base.tableA()).orElseThrow().version();

        assertThatThrownBy(() -> tableService.edit(base.tableA(), version, CurrentUser.of(base.clerkA()),
                table -> table.removeSecondLevel(scoredRow)))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("1-2-1")
                .extracting(e -> ((Refused) e).code()).isEqualTo("ROWS_WOULD_BE_ORPHANED");
        assertThat(tables.find(base.tableA()).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void aDraftWithSelfEvaluationsIsNotSilentlyReplacedEither() throws Exception {
        TestWorlds.World base = worlds.create();
        TargetTable before = table(base);
        UUID row = TargetTables.secondLevel(before, "1-3-3").id();
        jdbc.sql("""
                        insert into self_evaluation (cycle_id, unit_id, row_id, completion, evidence_text, proposed_tier,
                                                     updated_at, updated_by)
                        values (?, ?, ?, '已完成', '', null, ?, 'test')""")
                .params(base.cycle().id(), base.unitA().id(), row, Timestamp.from(Instant.now())).update();
        TargetTable without = TableDiffTest.copy(before);
        without.removeSecondLevel(row);

        put(base, export(without), false)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ROWS_WOULD_BE_ORPHANED"))
                .andExpect(jsonPath("$.details[0].data[0]").value("自评 1 条"));
        put(base, export(before), false).andExpect(status().isOk());
        assertThat(RowMatcherTest.ids(table(base))).isEqualTo(RowMatcherTest.ids(before));
    }

    /** An approved world whose rater scored four rows of unit A with 1 point each. */
    private EvaluationWorlds.World scored() {
        EvaluationWorlds.World world = evaluationWorlds.create();
        TestWorlds.World base = world.base();
        assessment.assign(world.cycleId(), world.rater().id(), base.unitA().id(), world.admin());
        TargetTable table = table(base);
        for (String code : List.of("1-1-1", "1-1-2", "1-2-1", "2-1-1")) {
            assessment.scoreWithoutReadCheck(world.cycleId(), base.unitA().id(), TargetTables.secondLevel(table, code).id(),
                    BigDecimal.ONE, CurrentUser.of(world.rater()));
        }
        return world;
    }

    private void adjust(TestWorlds.World base, String code) {
        TargetTable table = table(base);
        UUID row = code.chars().filter(c -> c == '-').count() == 1 ? TargetTables.firstLevel(table, code).id()
                : TargetTables.secondLevel(table, code).id();
        plans.take(plans.table(base.tableA(), CurrentUser.of(base.clerkA())), PlanAction.REQUEST_ADJUSTMENT,
                "上级政策调整", List.of(row), CurrentUser.of(base.clerkA()));
    }

    private TargetTable table(TestWorlds.World base) {
        return tables.find(base.tableA()).orElseThrow().table();
    }

    private static byte[] export(TargetTable table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTableExporter.write(table, out);
        return out.toByteArray();
    }

    /** The workbook with the weight of the row coded {@code code} set, as a person would in Excel. */
    private static byte[] setWeight(byte[] xlsx, String code, double weight) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (Row row : sheet) {
                if (row.getCell(CODE) != null && code.equals(row.getCell(CODE).toString())) {
                    row.getCell(WEIGHT).setCellValue(weight);
                    found = true;
                }
            }
            assertThat(found).as("row %s in the workbook", code).isTrue();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private ResultActions put(TestWorlds.World base, byte[] xlsx, boolean confirmOrphans) throws Exception {
        return mvc.perform(multipart(HttpMethod.PUT, "/api/v1/cycles/{c}/units/{u}/table", base.cycle().id(),
                        base.unitA().id()).file(xlsx(xlsx)).param("confirmOrphans", Boolean.toString(confirmOrphans))
                .with(httpBasic(base.clerkA().username(), TestWorlds.PASSWORD)));
    }

    private static MockMultipartFile xlsx(byte[] content) {
        return new MockMultipartFile("file", "table.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
    }

    private static String token(String html) {
        Matcher matcher = TOKEN.matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Account account) {
        return user(SignedInAccount.of(account));
    }
}
