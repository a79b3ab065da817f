package org.jixiao.evaluation.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.evaluation.UnitResult;
import org.jixiao.evaluation.Unscorable;

/**
 * The results table as .xlsx: one row per unit with numeric cells, ready for the office's report.
 * Pending units show their state and what is missing, without rank or band unless provisional (暂定);
 * units that cannot be scored follow with the reason.
 */
public final class ResultsWorkbook {

    private static final String[] HEADERS = {"系列名次", "组内名次", "参评单位", "系列", "组别", "考评表得分", "考评表满分",
        "公众评议得分", "正向激励加分", "察访核验扣分", "综合得分", "等次", "未评分指标数", "状态", "缺项或原因"};

    static final int ROWS_IN_MEMORY = 100;

    private ResultsWorkbook() {
    }

    /** The workbook in memory, for the publication package. */
    public static byte[] write(String title, List<UnitResult> units, List<Unscorable> unscorable) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(title, units, unscorable, out);
        return out.toByteArray();
    }

    /**
     * Streams the workbook to {@code out} (POI's SXSSF: at most {@link #ROWS_IN_MEMORY} rows are held in
     * memory, the rest go to a temporary file that is deleted afterwards), so that a province's results
     * do not build the whole workbook on the heap.
     */
    public static void write(String title, List<UnitResult> units, List<Unscorable> unscorable, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
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
                if (u.rankInSeries() != null && u.rankInGroup() != null) {
                    row.createCell(0).setCellValue(u.rankInSeries());
                    row.createCell(1).setCellValue(u.rankInGroup());
                } else {
                    row.createCell(0).setCellValue("—");
                    row.createCell(1).setCellValue("—");
                }
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
                row.createCell(11).setCellValue(u.band() == null ? "—"
                        : u.provisional() ? u.band() + "（暂定）" : u.band());
                row.createCell(12).setCellValue(u.pendingItems());
                row.createCell(13).setCellValue(u.stateLabel());
                row.createCell(14).setCellValue(String.join("、", u.missing()));
            }
            for (Unscorable u : unscorable) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue("—");
                row.createCell(1).setCellValue("—");
                row.createCell(2).setCellValue(u.name());
                row.createCell(3).setCellValue(u.series());
                row.createCell(4).setCellValue(u.group());
                row.createCell(13).setCellValue("无法计分");
                row.createCell(14).setCellValue(u.reason());
            }
            sheet.setColumnWidth(2, 36 * 256);
            for (int i = 3; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose(); // the temporary file, which close() of POI 5.4 leaves behind
        }
    }
}
