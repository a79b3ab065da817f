package org.jixiao.administration.setup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.exchange.ImportLimits;
import org.jixiao.exchange.ImportProblem;
import org.jixiao.exchange.ImportRejectedException;
import org.jixiao.exchange.SourceRow;
import org.jixiao.exchange.WorkbookFiles;
import org.jixiao.web.Refused;

/**
 * Reads a set-up workbook into rows by column. In each of the four sheets the first non-blank row
 * holds the headers, found by name in any order; other sheets (说明) are ignored. A file that cannot
 * be read, or lacks one of the four sheets, is refused as a whole with a stable code
 * ({@code SETUP_FILE_ENCRYPTED}, {@code SETUP_SHEET_MISSING} …).
 */
final class SetupReader {

    /** An office of a few hundred units with their people fits; a larger file is split in two. */
    static final ImportLimits LIMITS = ImportLimits.DEFAULTS.withMaxRows(20_000);

    private static final Pattern NOISE = Pattern.compile("[\\s*＊]|[（(](必填|选填|可选)[)）]");

    private SetupReader() {
    }

    static SetupWorkbook read(byte[] bytes) {
        Map<String, List<SourceRow>> sheets = sheets(bytes);
        Map<SetupSheet, List<SourceRow>> found = new EnumMap<>(SetupSheet.class);
        List<String> missing = new ArrayList<>();
        for (SetupSheet sheet : SetupSheet.values()) {
            List<SourceRow> rows = sheets.get(sheet.title());
            if (rows == null) {
                missing.add("“" + sheet.title() + "”");
            } else {
                found.put(sheet, rows);
            }
        }
        if (!missing.isEmpty()) {
            throw Refused.invalid("SETUP_SHEET_MISSING", "文件缺少工作表 " + String.join("、", missing)
                    + "：请下载导入模板，在“单位”“科室”“人员”“账号”四张工作表中填写（没有内容的表保留表头即可）");
        }
        Map<SetupSheet, List<SetupRow>> rows = new EnumMap<>(SetupSheet.class);
        List<SetupFinding> findings = new ArrayList<>();
        found.forEach((sheet, sourceRows) -> rows.put(sheet, rows(sheet, sourceRows, findings)));
        if (rows.values().stream().allMatch(List::isEmpty) && findings.isEmpty()) {
            throw Refused.invalid("SETUP_EMPTY", "文件中没有可导入的数据：请在各工作表的表头下方逐行填写");
        }
        return new SetupWorkbook(rows, findings);
    }

    private static Map<String, List<SourceRow>> sheets(byte[] bytes) {
        try {
            Map<String, List<SourceRow>> byName = new HashMap<>();
            WorkbookFiles.readSheets(bytes, LIMITS).forEach((name, rows) -> byName.put(compact(name), rows));
            return byName;
        } catch (ImportRejectedException e) {
            String message = e.problem() == ImportProblem.TOO_MANY_ROWS
                    ? "文件行数超过导入上限 " + LIMITS.maxRows() + " 行：请分成几个文件导入"
                    : e.getMessage();
            throw Refused.invalid("SETUP_FILE_" + e.problem().name(), message);
        }
    }

    private static List<SetupRow> rows(SetupSheet sheet, List<SourceRow> sourceRows, List<SetupFinding> findings) {
        int header = 0;
        while (header < sourceRows.size() && sourceRows.get(header).isBlank()) {
            header++;
        }
        if (header == sourceRows.size()) {
            return List.of();
        }
        SourceRow headerRow = sourceRows.get(header);
        Map<SetupColumn, Integer> columns = columns(sheet, headerRow);
        for (SetupColumn column : sheet.columns()) {
            if (column.required() && !columns.containsKey(column)) {
                findings.add(new SetupFinding(sheet.title(), headerRow.number(), column.header(),
                        "SETUP_COLUMN_MISSING",
                        "工作表“" + sheet.title() + "”的表头中没有“" + column.header() + "”列：请按模板补上该列"));
            }
        }
        List<SetupRow> rows = new ArrayList<>();
        for (SourceRow source : sourceRows.subList(header + 1, sourceRows.size())) {
            Map<SetupColumn, String> cells = new EnumMap<>(SetupColumn.class);
            columns.forEach((column, index) -> cells.put(column, source.cell(index).strip()));
            if (cells.values().stream().anyMatch(cell -> !cell.isEmpty())) {
                rows.add(new SetupRow(sheet, source.number(), cells));
            }
        }
        return rows;
    }

    private static Map<SetupColumn, Integer> columns(SetupSheet sheet, SourceRow header) {
        Map<SetupColumn, Integer> columns = new EnumMap<>(SetupColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String name = compact(header.cell(i));
            for (SetupColumn column : sheet.columns()) {
                if (!columns.containsKey(column) && column.isNamed(name)) {
                    columns.put(column, i);
                    break;
                }
            }
        }
        return columns;
    }

    private static String compact(String text) {
        return NOISE.matcher(text).replaceAll("");
    }
}
