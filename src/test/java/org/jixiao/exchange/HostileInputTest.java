package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files that are no target table, or are built to hurt: refused whole, with a stable code and a Chinese message. */
class HostileInputTest {

    private final TableImporter importer = TableImporter.withDefaults();

    private ImportResult.Rejected rejected(byte[] bytes) {
        ImportResult result = importer.importBytes(bytes, ImportTarget.standalone());
        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        ImportResult.Rejected rejected = (ImportResult.Rejected) result;
        assertThat(rejected.message()).matches(".*\\p{IsHan}.*");
        return rejected;
    }

    @Test
    void refusesBinaryThatIsNoSpreadsheet() {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        noise[0] = 0x7F;
        noise[1] = 0;
        assertThat(rejected(noise).problem()).isEqualTo(ImportProblem.NOT_A_TABLE);
    }

    @Test
    void refusesAnEncryptedWorkbook() throws Exception {
        byte[] plain = workbook(3);
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            assertThat(rejected(out.toByteArray()).problem()).isEqualTo(ImportProblem.ENCRYPTED);
        }
    }

    @Test
    void refusesAZipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        assertThat(rejected(out.toByteArray()).problem()).isEqualTo(ImportProblem.ZIP_BOMB);
    }

    @Test
    void refusesASheetOfTenThousandRows() throws IOException {
        assertThat(rejected(workbook(10_000)).problem()).isEqualTo(ImportProblem.TOO_MANY_ROWS);
    }

    @Test
    void refusesAFileOfTwentyMegabytes() {
        byte[] big = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        ImportResult.Rejected rejected = rejected(big);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.TOO_LARGE);
        assertThat(rejected.message()).contains("20.0 MB");
    }

    @Test
    void refusesASheetWithoutARecognizableHeader() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.getRow(0).createCell(1).setCellValue("电话");
            workbook.write(out);
            assertThat(rejected(out.toByteArray()).problem()).isEqualTo(ImportProblem.NO_HEADER);
        }
    }

    @Test
    void limitsAreSettings() throws IOException {
        TableImporter strict = new TableImporter(ImportLimits.DEFAULTS.withMaxRows(2));
        assertThat(strict.importBytes(workbook(3), ImportTarget.standalone()))
                .isInstanceOfSatisfying(ImportResult.Rejected.class,
                        r -> assertThat(r.problem()).isEqualTo(ImportProblem.TOO_MANY_ROWS));
    }

    private static byte[] workbook(int rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            String[] header = {"项目", "序号", "一级指标", "二级指标", "权重", "完成时限"};
            for (int c = 0; c < header.length; c++) {
                sheet.createRow(0);
                sheet.getRow(0).createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r < rows; r++) {
                sheet.createRow(r).createCell(3).setCellValue("二级指标内容" + r);
                sheet.getRow(r).createCell(4).setCellValue(1);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
