package org.jixiao.tracking.web;

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
import org.jixiao.tracking.Board;
import org.jixiao.tracking.ProgressReport;
import org.jixiao.tracking.progress.Boards;
import org.jixiao.tracking.progress.ProgressService;
import org.springframework.stereotype.Component;

/** The dashboard's tables and the period's progress of all units as xlsx workbooks. */
@Component
class DashboardWorkbook {

    private final Labels labels;

    DashboardWorkbook(Labels labels) {
        this.labels = labels;
    }

    Labels labels() {
        return labels;
    }

    byte[] dashboard(Boards.View view) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle head = head(book);
            Sheet units = book.createSheet(labels.get("tr.xlsx.sheet.units"));
            row(units, 0, head, (Object[]) labels.all("tr.col.unit", "tr.col.items", "tr.col.completed", "tr.col.completion",
                    "tr.col.overdue", "tr.col.behind", "tr.col.expected", "tr.col.onTime", "tr.col.late", "tr.col.timeliness"));
            int r = 1;
            for (Board.UnitLine u : view.board().units()) {
                row(units, r++, null, u.unitName(), u.items(), u.done(), u.completionPercent(), u.overdue(), u.behind(),
                        u.expected(), u.onTime(), u.late(), u.timelinessPercent());
            }
            Sheet categories = book.createSheet(labels.get("tr.xlsx.sheet.categories"));
            row(categories, 0, head, (Object[]) labels.all("tr.col.category", "tr.col.items", "tr.col.completed", "tr.col.completion"));
            r = 1;
            for (Board.CategoryLine c : view.board().categories()) {
                row(categories, r++, null, c.category(), c.items(), c.done(), c.completionPercent());
            }
            Sheet overdue = book.createSheet(labels.get("tr.overdue.title"));
            row(overdue, 0, head, (Object[]) labels.all("tr.col.unit", "tr.col.code", "tr.col.item", "tr.col.deadline", "tr.col.problem"));
            r = 1;
            for (Board.OverdueItem o : view.board().overdue()) {
                row(overdue, r++, null, o.item().unitName(), o.item().code(), o.item().text(), o.item().deadline().text(),
                        o.flag().message());
            }
            return bytes(book, units, categories, overdue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 全年完成情况 in the layout of the table: the table's columns, then the period's 完成情况 columns. */
    byte[] progress(ProgressService.Export export) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle head = head(book);
            Sheet sheet = book.createSheet(labels.get("tr.xlsx.sheet.progress", export.period().label()));
            row(sheet, 0, head, labels.get("tr.xlsx.progress.title", export.cycleName(), export.period().label()));
            row(sheet, 1, head, (Object[]) labels.all("tr.col.unit", "tr.xlsx.col.category", "tr.xlsx.col.firstLevel", "tr.col.code",
                    "tr.col.item", "tr.col.deadline", "tr.col.department", "tr.xlsx.col.person", "tr.col.status",
                    "tr.col.percent", "tr.col.done", "tr.col.review", "tr.xlsx.col.comment", "tr.xlsx.col.submittedAt"));
            int r = 2;
            for (ProgressService.ExportLine line : export.lines()) {
                ProgressReport p = line.report();
                var i = line.item();
                row(sheet, r++, null, i.unitName(), i.category(), i.firstLevel(), i.code(), i.text(), i.deadline().text(),
                        String.join("、", i.departments()), String.join("、", i.persons()),
                        p == null ? labels.get("tr.notReported") : p.status().label(), p == null || p.percent() == null ? "" : p.percent(),
                        p == null ? "" : p.done(), p == null ? "" : p.review().label(), p == null ? "" : p.reviewComment(),
                        p == null ? "" : p.submittedAt().toString());
            }
            sheet.setColumnWidth(4, 60 * 256);
            sheet.setColumnWidth(10, 60 * 256);
            return bytes(book, sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle head(XSSFWorkbook book) {
        CellStyle style = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        style.setFont(bold);
        return style;
    }

    private static void row(Sheet sheet, int index, CellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            if (values[c] instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                String text = String.valueOf(values[c]);
                // a text starting like a formula is kept as text (no formula injection)
                cell.setCellValue(text.matches("^[=+\\-@].*") ? "'" + text : text);
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static byte[] bytes(XSSFWorkbook book, Sheet... sheets) throws IOException {
        for (Sheet sheet : List.of(sheets)) {
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
