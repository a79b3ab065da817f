package org.jixiao.administration.setup;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The set-up workbook offices download and fill in: a 说明 sheet, then 单位, 科室, 人员 and 账号
 * with their headers (required ones highlighted), one example row each that imports as it is, and
 * drop-down lists for 层级, 职责 and 角色.
 */
public final class SetupTemplate {

    private static final int LIST_ROWS = 2000;

    private SetupTemplate() {
    }

    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            instructions(workbook.createSheet("说明"), workbook);
            CellStyle required = header(workbook, IndexedColors.LIGHT_ORANGE);
            CellStyle optional = header(workbook, IndexedColors.GREY_25_PERCENT);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (SetupSheet setupSheet : SetupSheet.values()) {
                Sheet sheet = workbook.createSheet(setupSheet.title());
                Row header = sheet.createRow(0);
                Row example = sheet.createRow(1);
                List<SetupColumn> columns = setupSheet.columns();
                for (int i = 0; i < columns.size(); i++) {
                    SetupColumn column = columns.get(i);
                    header.createCell(i).setCellValue(column.header());
                    header.getCell(i).setCellStyle(column.required() ? required : optional);
                    example.createCell(i).setCellValue(column.example());
                    sheet.setColumnWidth(i, column.width() * 256 + 512);
                    sheet.setDefaultColumnStyle(i, text);
                    choices(column).ifPresent(words -> list(sheet, words, columns.indexOf(column)));
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private static Optional<List<String>> choices(SetupColumn column) {
        Map<SetupColumn, List<String>> lists = Map.of(SetupColumn.UNIT_LEVEL, SetupVocabulary.levelWords(),
                SetupColumn.PERSON_DUTY, SetupVocabulary.dutyWords(), SetupColumn.ACCOUNT_ROLE,
                SetupVocabulary.roleWords());
        return Optional.ofNullable(lists.get(column));
    }

    private static void list(Sheet sheet, List<String> words, int column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(words.toArray(String[]::new)),
                new CellRangeAddressList(1, LIST_ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("请从列表中选择", "可填写：" + String.join("、", words));
        sheet.addValidationData(validation);
    }

    private static CellStyle header(XSSFWorkbook workbook, IndexedColors colour) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private static void instructions(Sheet sheet, XSSFWorkbook workbook) {
        List<String> lines = List.of(
                "批量导入模板：在“单位”“科室”“人员”“账号”四张工作表中逐行填写，第 1 行是表头，请勿修改表头文字。",
                "第 2 行是示例，导入前请改成本单位的真实内容或删除。橙色表头为必填列，灰色表头为选填列。",
                "单位：单位全称不能与本考评年度已有单位重复；考评组不存在时自动新建；层级填写 "
                        + String.join("、", SetupVocabulary.levelWords()) + "（不填按考评年度的层级）；"
                        + "乡镇的上级单位填写所属县区的全称。",
                "科室：单位可填写全称或简称（简称须唯一）；同一单位的科室名称不能重复。",
                "人员：科室须是该单位在“科室”表中列出或已有的科室；职责填写 "
                        + String.join("、", SetupVocabulary.dutyWords()) + " 之一。",
                "账号：用户名不能重复，也不能与已有账号相同；角色填写 " + String.join("、", SetupVocabulary.roleWords())
                        + " 之一；单位经办人和单位领导必须填写单位。",
                "初始密码至少 " + org.jixiao.organization.PasswordPolicy.MIN_LENGTH + " 位，包含大写字母、小写字母、数字、符号中的至少三类，"
                        + "且不能包含用户名；账号首次登录时须修改密码。",
                "上传后先显示预览和逐行问题（工作表、行号、列）；有任何问题时不会导入任何数据，全部改正后确认才一次性导入。");
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue((i + 1) + ". " + lines.get(i));
            row.getCell(0).setCellStyle(wrap);
        }
        sheet.setColumnWidth(0, 110 * 256);
    }
}
