package org.jixiao.administration.setup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Set-up workbooks for tests, built with POI: the four sheets with the template's headers in row 1,
 * data rows from row 2 on, as Excel numbers them.
 */
public final class SetupWorkbooks {

    private final Map<String, List<String[]>> sheets = new LinkedHashMap<>();

    private SetupWorkbooks() {
        for (SetupSheet sheet : SetupSheet.values()) {
            sheets.put(sheet.title(), new ArrayList<>(List.<String[]>of(
                    sheet.columns().stream().map(SetupColumn::header).toArray(String[]::new))));
        }
    }

    /** Four sheets with headers and no data. */
    public static SetupWorkbooks empty() {
        return new SetupWorkbooks();
    }

    /**
     * Two city units of one group, a department each, a person each (one in a department) and two
     * accounts: a clerk of 商务局 and a rater. Units are named with the suffix so that tests never share data.
     */
    public static SetupWorkbooks valid(String suffix) {
        return empty()
                .row("单位", "泉州市商务局" + suffix, "商务局" + suffix, "第一组", "市直", "")
                .row("单位", "泉州市科学技术局" + suffix, "科技局" + suffix, "第一组", "市直", "")
                .row("科室", "商务局" + suffix, "办公室", "王五")
                .row("科室", "泉州市科学技术局" + suffix, "高新技术科", "赵六")
                .row("人员", "商务局" + suffix, "王五", "办公室主任", "办公室", "科室负责人")
                .row("人员", "科技局" + suffix, "孙七", "局长", "", "主要领导")
                .row("账号", "sw-jbr" + suffix, "王五", "单位经办人", "商务局" + suffix, "Shangwu#2026")
                .row("账号", "kp-zhou" + suffix, "周八", "集中考评组成员", "", "Kaoping@2026x");
    }

    /** Appends a data row to the sheet. */
    public SetupWorkbooks row(String sheet, String... cells) {
        sheets.get(sheet).add(cells);
        return this;
    }

    /** Replaces the sheet's header row. */
    public SetupWorkbooks header(String sheet, String... headers) {
        sheets.get(sheet).set(0, headers);
        return this;
    }

    public SetupWorkbooks without(String sheet) {
        sheets.remove(sheet);
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).length; c++) {
                        row.createCell(c).setCellValue(rows.get(r)[c]);
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
