package org.jixiao.evaluation.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.evaluation.UnitResult;

/** The results table as .xlsx: one row per unit with numeric cells, ready for the office's report. */
public final class ResultsWorkbook {

    private static final String[] HEADERS = {"系列名次", "组内名次", "参评单位", "系列", "组别", "考评表得分", "考评表满分",
        "公众评议得分", "正向激励加分", "察访核验扣分", "综合得分", "等次", "未评分指标数"};

    private ResultsWorkbook() {
    }

    public static byte[] write(String title, List<UnitResult> units) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("考评结果");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(bold);
            }
            int r = 2;
            for (UnitResult u : units) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(u.rankInSeries());
                row.createCell(1).setCellValue(u.rankInGroup());
                row.createCell(2).setCellValue(u.name());
                row.createCell(3).setCellValue(u.series());
                row.createCell(4).setCellValue(u.group());
                row.createCell(5).setCellValue(u.tableScore().doubleValue());
                row.createCell(6).setCellValue(u.tableTotal().doubleValue());
                if (u.breakdown().publicAppraisal() != null) {
                    row.createCell(7).setCellValue(u.breakdown().publicAppraisal().doubleValue());
                } else {
                    row.createCell(7).setCellValue("未录入");
                }
                row.createCell(8).setCellValue(u.adjustments().bonus().doubleValue());
                row.createCell(9).setCellValue(u.adjustments().deductionTotal().doubleValue());
                row.createCell(10).setCellValue(u.composite().doubleValue());
                row.createCell(11).setCellValue(u.band());
                row.createCell(12).setCellValue(u.pendingItems());
            }
            sheet.setColumnWidth(2, 36 * 256);
            for (int i = 3; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
