package org.jixiao.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the visible sheets of a workbook into rows. A cell merged down several rows (项目, 一级指标,
 * 文件依据 spanning their second-level rows) gives its value to each of those rows; formula cells
 * give their cached value, errors such as {@code #DIV/0!} as text for the importer to treat as residue.
 */
final class XlsxTableReader {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private XlsxTableReader() {
    }

    static List<SourceRow> read(Workbook workbook, ImportLimits limits) {
        List<Sheet> sheets = visibleSheets(workbook, limits);
        List<SourceRow> rows = new ArrayList<>();
        for (Sheet sheet : sheets) {
            rows.addAll(read(sheet, sheets.size() > 1 ? sheet.getSheetName() : ""));
        }
        return rows;
    }

    /** Each visible sheet's rows under its name, in the workbook's order; each row's origin is the sheet name. */
    static Map<String, List<SourceRow>> readByName(Workbook workbook, ImportLimits limits) {
        Map<String, List<SourceRow>> sheets = new LinkedHashMap<>();
        for (Sheet sheet : visibleSheets(workbook, limits)) {
            sheets.put(sheet.getSheetName(), read(sheet, sheet.getSheetName()));
        }
        return sheets;
    }

    private static List<Sheet> visibleSheets(Workbook workbook, ImportLimits limits) {
        List<Sheet> sheets = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                Sheet sheet = workbook.getSheetAt(i);
                sheets.add(sheet);
                total += sheet.getLastRowNum() + 1;
            }
        }
        if (total > limits.maxRows()) {
            throw new ImportRejectedException(ImportProblem.TOO_MANY_ROWS,
                    "工作簿有 " + total + " 行，超过导入上限 " + limits.maxRows() + " 行：请只保留考评表后再导入");
        }
        return sheets;
    }

    private static List<SourceRow> read(Sheet sheet, String origin) {
        Map<Long, String> merged = mergedValues(sheet);
        Map<Integer, Integer> widestMerged = new HashMap<>();
        for (Long key : merged.keySet()) {
            widestMerged.merge((int) (key >> 20), (int) (key & 0xFFFFF) + 1, Math::max);
        }
        List<SourceRow> rows = new ArrayList<>();
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
            List<String> cells = new ArrayList<>();
            int columns = Math.max(width, widestMerged.getOrDefault(r, 0));
            for (int c = 0; c < columns; c++) {
                String value = merged.get(key(r, c));
                if (value == null) {
                    value = row == null ? "" : text(row.getCell(c));
                }
                cells.add(CellText.clean(value));
            }
            rows.add(new SourceRow(origin, r + 1, cells));
        }
        return rows;
    }

    /** Values of cells covered by a merge that spans rows: each row gets the value in the region's first column. */
    private static Map<Long, String> mergedValues(Sheet sheet) {
        Map<Long, String> values = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Row first = sheet.getRow(region.getFirstRow());
            String value = first == null ? "" : text(first.getCell(region.getFirstColumn()));
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    values.put(key(r, c), c == region.getFirstColumn() ? value : "");
                }
            }
        }
        return values;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? FORMATTER.formatCellValue(cell)
                    : plain(cell.getNumericCellValue());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
    }
}
