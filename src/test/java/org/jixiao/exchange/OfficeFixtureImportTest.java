package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jixiao.table.Points;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Workbooks and Word documents built with POI the way units send them: merged, repeated, reordered. */
class OfficeFixtureImportTest {

    private static ImportResult.Imported imported(byte[] bytes) {
        ImportResult result = TableImporter.withDefaults().importBytes(bytes, ImportTarget.standalone());
        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        return (ImportResult.Imported) result;
    }

    private static TableCategory category(TargetTable table, String name) {
        return table.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** Columns in their own order, a scoring column with #DIV/0!, a page header repeated, 项目 and 一级指标 merged. */
    @Test
    void readsAWorkbookWithReorderedExtraAndMergedColumns() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("考评表");
            row(sheet, 0, "2025年度泉州市商务局绩效目标考评表");
            row(sheet, 1, "参评单位(盖章)：泉州市商务局");
            List<String> header = List.of("项目", "序号", "一级指标", "二级指标", "责任 科室", "分值", "时限", "责任人", "分管领导", "考评结果", "备注");
            row(sheet, 2, header.toArray(String[]::new));
            row(sheet, 3, "重点工作目标（4分）", "1-1-1", "扩大外贸进出口。（4分）", "外贸进出口增长5%", "外贸科", "2", "12月底前", "张三", "李四", "", "省级媒体");
            row(sheet, 4, "", "1-1-2", "", "培育外贸新业态", "外贸科", "2", "12月底前", "张三", "李四");
            sheet.getRow(3).createCell(9).setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            row(sheet, 5, header.toArray(String[]::new));
            row(sheet, 6, "行政能力目标（1分）", "4-1", "完成信息报送任务。", "", "办公室", "1", "12月底前", "王五", "李四");
            row(sheet, 7, "合计", "", "", "", "", "5");
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 2, 2));
            workbook.write(out);
            bytes = out.toByteArray();
        }
        ImportResult.Imported result = imported(bytes);
        TargetTable table = result.table();
        assertThat(table.unitName()).isEqualTo("泉州市商务局");
        assertThat(table.year()).isEqualTo(2025);
        TableCategory key = category(table, "重点工作目标");
        assertThat(key.firstLevel()).singleElement().satisfies(l1 -> {
            assertThat(l1.text()).isEqualTo("扩大外贸进出口。");
            assertThat(l1.points()).isEqualTo(Points.of(4));
            assertThat(l1.secondLevel()).hasSize(2);
            assertThat(l1.secondLevel().get(0).responsibility().departments().get(0).head()).isEqualTo("张三");
            assertThat(l1.secondLevel().get(0).responsibility().remark()).isEqualTo("省级媒体");
        });
        assertThat(category(table, "行政能力目标").firstLevel()).singleElement()
                .satisfies(item -> assertThat(item.isItem()).isTrue());
        assertThat(result.report().skipped()).extracting(s -> s.row().number() + ":" + s.reason())
                .contains("3:HEADER", "6:PAGE_HEADER", "8:TOTAL");
    }

    /** Shifted rows (the extraction moved cells) are realigned on code, weight and deadline. */
    @Test
    void realignsRowsShiftedLeftOrRight() {
        String text = String.join("\n",
                "项目\t序号\t文件依据\t一级指标\t二级指标\t权重\t完成时限\t责任科室\t科室负责人\t分管领导",
                "重点工作目标（4分）\t1-1-1\t泉委办〔2025〕1号\t扩大外贸。（4分）\t外贸增长\t2\t12月底前\t外贸科\t张三\t李四",
                "1-1-2\t\t\t培育新业态\t2\t12月底前\t外贸科\t张三\t李四",
                "\t\t1-2-1\t\t推进口岸建设。（2分）\t口岸扩容\t2\t9月\t口岸科\t王五\t李四");
        TargetTable table = ((ImportResult.Imported) TableImporter.withDefaults()
                .importText(text, ImportTarget.standalone())).table();
        TableCategory key = category(table, "重点工作目标");
        assertThat(key.firstLevel()).hasSize(2);
        assertThat(key.firstLevel().get(0).secondLevel()).extracting(l2 -> l2.text()).containsExactly("外贸增长", "培育新业态");
        assertThat(key.firstLevel().get(1).text()).isEqualTo("推进口岸建设。");
        assertThat(key.firstLevel().get(1).secondLevel().get(0).responsibility().deadline()).isEqualTo("9月");
        assertThat(key.actualPoints()).isEqualTo(Points.of(6));
    }

    /** Two tables in one document, 项目 merged down (vMerge) and 目标内容 spanning columns (gridSpan). */
    @Test
    void readsTheTablesOfAWordDocument() throws IOException {
        byte[] bytes;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("参评单位（盖章）：泉州市科学技术局");
            XWPFTable first = table(document, new String[][] {
                    {"项目", "目标内容", "", "", "权重", "完成时限", "责任单位", "责任人", "分管领导"},
                    {"", "序号", "一级指标", "二级指标", "", "", "", "", ""},
                    {"常规工作目标", "2-1-1", "做好科技统计。（2分）", "完成研发投入统计", "1", "12月", "综合科", "黄奕冰", "陈建兴"},
                    {"", "2-1-2", "", "完成高企统计", "1", "12月", "高新科", "梁秋生", "陈建兴"}});
            span(first.getRow(0).getCell(1), 3);
            vMerge(first.getRow(2).getCell(0), STMerge.RESTART);
            vMerge(first.getRow(3).getCell(0), STMerge.CONTINUE);
            table(document, new String[][] {
                    {"项目", "序号", "目标内容", "权重", "完成时限", "分管领导", "责任单位", "责任人"},
                    {"行政能力目标 (2分)", "4-1", "完成信息报送任务。", "1", "12月", "孙中虎", "办公室", "邱尚长"},
                    {"", "4-2", "规范开展政务公开工作。", "1", "12月", "孙中虎", "办公室", "邱尚长"}});
            document.write(out);
            bytes = out.toByteArray();
        }
        ImportResult.Imported result = imported(bytes);
        TargetTable table = result.table();
        assertThat(table.unitName()).isEqualTo("泉州市科学技术局");
        assertThat(category(table, "常规工作目标").secondLevelCount()).isEqualTo(2);
        assertThat(category(table, "常规工作目标").actualPoints()).isEqualTo(Points.of(2));
        assertThat(category(table, "行政能力目标").firstLevel()).hasSize(2)
                .allSatisfy(item -> assertThat(item.responsibility().leaders()).containsExactly("孙中虎"));
        assertThat(result.report().sources().values()).anySatisfy(r -> assertThat(r.origin()).isEqualTo("表格2"));
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                if (cells[i].matches("\\d+(\\.\\d+)?")) {
                    row.createCell(i).setCellValue(Double.parseDouble(cells[i]));
                } else {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
        }
    }

    private static XWPFTable table(XWPFDocument document, String[][] cells) {
        XWPFTable table = document.createTable(cells.length, cells[0].length);
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                table.getRow(r).getCell(c).setText(cells[r][c]);
            }
        }
        return table;
    }

    private static void span(XWPFTableCell cell, int columns) {
        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
        XWPFTableCell next;
        // the spanned grid columns are no cells of their own
        while (cell.getTableRow().getTableCells().size() > 9 - columns + 1
                && (next = cell.getTableRow().getCell(2)) != null) {
            cell.getTableRow().removeCell(2);
            if (next == cell) {
                break;
            }
        }
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum value) {
        (cell.getCTTc().getTcPr() == null ? cell.getCTTc().addNewTcPr() : cell.getCTTc().getTcPr())
                .addNewVMerge().setVal(value);
    }
}
