package org.jixiao.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.table.TargetTable;

/**
 * Writes target tables as .xlsx in the official layout: title, 参评单位（盖章） line, the eleven
 * columns, merged 项目/文件依据/一级指标 cells, wrapped text, numeric weights and no formulas; printed
 * on A4 landscape, one page wide, with the header row repeated on every page. One sheet per table.
 */
public final class XlsxTableExporter {

    private static final int[] WIDTHS = {12, 8, 26, 30, 40, 6, 10, 14, 10, 10, 12};
    private static final int HEADER_ROW = 2;

    private XlsxTableExporter() {
    }

    public static void write(TargetTable table, OutputStream out) throws IOException {
        write(List.of(table), out);
    }

    public static void write(List<TargetTable> tables, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (TargetTable table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(table, names));
                write(table, sheet, styles);
            }
            workbook.write(out);
        }
    }

    private static void write(TargetTable table, Sheet sheet, Styles styles) {
        int columns = OfficialLayout.HEADER.size();
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Row title = sheet.createRow(0);
        title.setHeightInPoints(30);
        cell(title, 0, OfficialLayout.title(table), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        cell(sheet.createRow(1), 0, OfficialLayout.unitLine(table), styles.plain);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < columns; c++) {
            cell(header, c, OfficialLayout.HEADER.get(c), styles.header);
        }
        List<OfficialLayout.Cell[]> rows = OfficialLayout.rows(table);
        for (int r = 0; r < rows.size(); r++) {
            int rowIndex = HEADER_ROW + 1 + r;
            Row row = sheet.createRow(rowIndex);
            OfficialLayout.Cell[] cells = rows.get(r);
            for (int c = 0; c < columns; c++) {
                OfficialLayout.Cell value = cells[c];
                if (value == null) {
                    row.createCell(c).setCellStyle(styles.body);
                    continue;
                }
                if (value.number() != null) {
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                    cell.setCellValue(value.number().value().doubleValue());
                    cell.setCellStyle(styles.number);
                } else {
                    cell(row, c, value.text(), styles.body);
                }
                if (value.rowSpan() > 1) {
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(rowIndex, rowIndex + value.rowSpan() - 1, c, c));
                }
            }
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static String sheetName(TargetTable table, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(table.unitName().isBlank() ? "考评表" : table.unitName());
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "(" + n + ")";
        }
        return name;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;
        final CellStyle number;
        final CellStyle plain;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontName("宋体");
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            big.setFontName("宋体");
            Font normal = workbook.createFont();
            normal.setFontName("宋体");
            normal.setFontHeightInPoints((short) 10);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            plain = workbook.createCellStyle();
            plain.setFont(normal);
            header = bordered(workbook, bold, HorizontalAlignment.CENTER);
            body = bordered(workbook, normal, HorizontalAlignment.LEFT);
            number = bordered(workbook, normal, HorizontalAlignment.CENTER);
            number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
