package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;

class XlsxRoundTripTest {

    static byte[] xlsx(TargetTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTableExporter.write(table, out);
        return out.toByteArray();
    }

    static TargetTable readBack(byte[] bytes) {
        ImportResult result = TableImporter.withDefaults().importBytes(bytes, ImportTarget.standalone());
        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        return ((ImportResult.Imported) result).table();
    }

    @Test
    void exportedTableImportsAsTheSameTable() throws IOException {
        TargetTable table = TargetTables.stateAssets2025();
        assertThat(TableSnapshot.of(readBack(xlsx(table)))).isEqualTo(TableSnapshot.of(table));
    }

    @Test
    void exportedSeedImportsAsTheSameTable() throws IOException {
        ImportResult.Imported seed = (ImportResult.Imported) TableImporter.withDefaults()
                .importFile(Path.of("../shared/seeds/002_8d0d28c8a60b99c8.txt"), ImportTarget.standalone());
        TargetTable table = seed.table();
        assertThat(TableSnapshot.of(readBack(xlsx(table)))).isEqualTo(TableSnapshot.of(table));
    }

    @Test
    void writesTheOfficialPrintLayoutWithNumericWeightsAndNoFormulas() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(TargetTables.stateAssets2025())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025年度泉州市国资委绩效目标考评表");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("参评单位（盖章）：泉州市国资委");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("权重");
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(2.5);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
            assertThat(sheet.getMergedRegions()).anySatisfy(region -> {
                assertThat(region.getFirstColumn()).isEqualTo(0);
                assertThat(region.getNumberOfCells()).isEqualTo(3);
            });
            sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA)));
        }
    }
}
