package org.jixiao.administration.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.organization.UnitLevel;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.Test;

/** Files refused as a whole, headers found by name, and the template that imports as it is. */
class SetupReaderTest {

    private static Refused refusal(byte[] bytes) {
        Throwable thrown = catchThrowable(() -> SetupReader.read(bytes));
        assertThat(thrown).isInstanceOf(Refused.class);
        Refused refused = (Refused) thrown;
        assertThat(refused.kind()).isEqualTo(Refused.Kind.INVALID);
        assertThat(refused.getMessage()).matches(".*\\p{IsHan}.*");
        return refused;
    }

    @Test
    void refusesAWorkbookWithoutTheAccountsSheetNamingIt() {
        Refused refused = refusal(SetupWorkbooks.valid("").without("账号").bytes());

        assertThat(refused.code()).isEqualTo("SETUP_SHEET_MISSING");
        assertThat(refused.getMessage()).contains("“账号”");
    }

    @Test
    void refusesAnEncryptedWorkbook() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(SetupWorkbooks.valid("").bytes());
            }
            fs.writeFilesystem(out);

            assertThat(refusal(out.toByteArray()).code()).isEqualTo("SETUP_FILE_ENCRYPTED");
        }
    }

    @Test
    void refusesAFileThatIsNoWorkbook() {
        Refused refused = refusal("单位全称,单位简称\n泉州市商务局,商务局\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.code()).isEqualTo("SETUP_FILE_UNSUPPORTED_FORMAT");
        assertThat(refused.getMessage()).contains(".xlsx");
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        byte[] big = new byte[(int) SetupReader.LIMITS.maxBytes() + 1];
        big[0] = 0x50;
        big[1] = 0x4B;
        big[2] = 0x03;
        big[3] = 0x04;

        assertThat(refusal(big).code()).isEqualTo("SETUP_FILE_TOO_LARGE");
    }

    @Test
    void refusesAWorkbookWithHeadersOnly() {
        assertThat(refusal(SetupWorkbooks.empty().bytes()).code()).isEqualTo("SETUP_EMPTY");
    }

    @Test
    void findsARequiredColumnMissingOnceAtTheHeaderRow() {
        SetupWorkbook workbook = SetupReader.read(SetupWorkbooks.valid("")
                .header("科室", "单位", "科室负责人").bytes());

        assertThat(workbook.findings()).extracting(SetupFinding::sheet, SetupFinding::row, SetupFinding::column,
                        SetupFinding::code)
                .containsExactly(tuple("科室", 1, "科室名称", "SETUP_COLUMN_MISSING"));
        SetupPlan plan = SetupChecker.check(workbook, CycleState.empty(UnitLevel.CITY));
        assertThat(plan.findings()).extracting(SetupFinding::code).doesNotContain("SETUP_REQUIRED");
        assertThat(plan.departments()).isEmpty();
    }

    @Test
    void findsColumnsByNameInAnyOrderWithMarksAndAliases() {
        SetupWorkbook workbook = SetupReader.read(SetupWorkbooks.valid("")
                .header("单位", "考评组", "单位名称 *", "简称", "层级（选填）").bytes());

        assertThat(workbook.findings()).isEmpty();
        assertThat(workbook.rows(SetupSheet.UNITS).get(0).get(SetupColumn.UNIT_GROUP)).isEqualTo("泉州市商务局");
        assertThat(workbook.rows(SetupSheet.UNITS).get(0).get(SetupColumn.UNIT_NAME)).isEqualTo("商务局");
    }

    @Test
    void skipsBlankRowsAndKeepsExcelRowNumbers() throws IOException {
        byte[] bytes = SetupWorkbooks.valid("").bytes();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet units = workbook.getSheet("单位");
            units.shiftRows(2, units.getLastRowNum(), 3);
            workbook.write(out);

            SetupWorkbook read = SetupReader.read(out.toByteArray());

            assertThat(read.rows(SetupSheet.UNITS)).extracting(SetupRow::number).containsExactly(2, 6);
        }
    }

    @Test
    void theTemplateHasItsInstructionsAndImportsAsItIsIntoAnEmptyCycle() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SetupTemplate.write(out);
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(template.getSheetName(0)).isEqualTo("说明");
            assertThat(template.getSheet("单位").getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位全称");
            assertThat(template.getSheet("单位").getColumnWidth(0)).isGreaterThan(20 * 256);
        }

        SetupPlan plan = SetupChecker.check(SetupReader.read(out.toByteArray()), CycleState.empty(UnitLevel.CITY));

        assertThat(plan.findings()).isEmpty();
        assertThat(plan.counts()).isEqualTo(new SetupPlan.Counts(1, 1, 1, 1, 1));
    }
}
