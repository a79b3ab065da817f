package org.jixiao.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A fixture of the corpus under {@code src/test/resources/exchange/}: a description of a file as units
 * send it (its paragraphs and tables, cells separated by {@code |}, {@code ^} for a cell merged with
 * the one above) and what its import must give. The test makes the file from it with POI.
 *
 * <pre>
 * # what the file is
 * format: docx            (docx, xlsx or text — text is what a PDF's extraction gives, tab-separated)
 * unit: 泉州市某局          (the unit name the import must read)
 * expect: 行政能力目标 3 0 6  (category, first-level count, second-level count, points)
 * finding: IMPORT_COLUMN_IGNORED 1   (exactly this many findings with this code)
 * basis: 1-1 泉委办〔2025〕10号       (the first-level indicator 1-1 cites this document)
 * paragraph: text
 * table:
 * 项目|序号|…
 * </pre>
 */
record FixtureDescription(String name, String format, String unit, List<Expected> expected,
                          Map<String, Integer> findings, Map<String, String> basis, List<Block> blocks) {

    record Expected(String category, int firstLevel, int secondLevel, String points) {
    }

    /** A paragraph (one line of text) or a table (rows of cells). */
    record Block(String paragraph, List<List<String>> rows) {
        boolean isTable() {
            return paragraph == null;
        }
    }

    static FixtureDescription read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String format = "xlsx";
        String unit = null;
        List<Expected> expected = new ArrayList<>();
        Map<String, Integer> findings = new LinkedHashMap<>();
        Map<String, String> basis = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        List<List<String>> table = null;
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                table = null;
                continue;
            }
            if (table != null) {
                table.add(List.of(line.split("\\|", -1)));
            } else if (line.startsWith("format:")) {
                format = value(line);
            } else if (line.startsWith("unit:")) {
                unit = value(line);
            } else if (line.startsWith("expect:")) {
                String[] p = value(line).split("\\s+");
                expected.add(new Expected(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]), p[3]));
            } else if (line.startsWith("finding:")) {
                String[] p = value(line).split("\\s+");
                findings.put(p[0], Integer.parseInt(p[1]));
            } else if (line.startsWith("basis:")) {
                String[] p = value(line).split("\\s+", 2);
                basis.put(p[0], p[1]);
            } else if (line.startsWith("paragraph:")) {
                blocks.add(new Block(value(line), null));
            } else if (line.startsWith("table:")) {
                table = new ArrayList<>();
                blocks.add(new Block(null, table));
            } else {
                throw new IllegalArgumentException(file + ": unknown line " + line);
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        return new FixtureDescription(name, format, unit, expected, findings, basis, blocks);
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    /** The file's bytes, as Excel, Word or extracted text would have it. */
    byte[] bytes() {
        try {
            return switch (format) {
                case "xlsx" -> xlsx();
                case "docx" -> docx();
                case "text" -> text().getBytes(StandardCharsets.UTF_8);
                default -> throw new IllegalArgumentException("unknown format " + format);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String extension() {
        return format.equals("text") ? "txt" : format;
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (!block.isTable()) {
                text.append(block.paragraph()).append('\n');
                continue;
            }
            for (List<String> row : block.rows()) {
                text.append(String.join("\t", row.stream().map(c -> c.equals("^") ? "" : c).toList())).append('\n');
            }
        }
        return text.toString();
    }

    private byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("考评表");
            int r = 0;
            for (Block block : blocks) {
                if (!block.isTable()) {
                    sheet.createRow(r++).createCell(0).setCellValue(block.paragraph());
                    continue;
                }
                int top = r;
                for (List<String> cells : block.rows()) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < cells.size(); c++) {
                        String cell = cells.get(c);
                        if (cell.equals("^")) {
                            int start = r - 1;
                            while (start > top && block.rows().get(start - top).get(c).equals("^")) {
                                start--;
                            }
                            if (r == start + 1 || !extendMerge(sheet, start, r, c)) {
                                sheet.addMergedRegion(new CellRangeAddress(start, r, c, c));
                            }
                        } else if (cell.matches("\\d+(\\.\\d+)?")) {
                            row.createCell(c).setCellValue(Double.parseDouble(cell));
                        } else if (!cell.isEmpty()) {
                            row.createCell(c).setCellValue(cell);
                        }
                    }
                    r++;
                }
                r++;
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Grows the merged region that starts at (start, column) down to row {@code to}. */
    private static boolean extendMerge(Sheet sheet, int start, int to, int column) {
        for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
            CellRangeAddress region = sheet.getMergedRegion(i);
            if (region.getFirstRow() == start && region.getFirstColumn() == column) {
                sheet.removeMergedRegion(i);
                sheet.addMergedRegion(new CellRangeAddress(start, to, column, column));
                return true;
            }
        }
        return false;
    }

    private byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : blocks) {
                if (!block.isTable()) {
                    document.createParagraph().createRun().setText(block.paragraph());
                    continue;
                }
                List<List<String>> rows = block.rows();
                XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String cell = rows.get(r).get(c);
                        XWPFTableCell target = table.getRow(r).getCell(c);
                        if (cell.equals("^")) {
                            vMerge(target, STMerge.CONTINUE);
                            vMerge(table.getRow(r - 1).getCell(c), null);
                        } else {
                            target.setText(cell);
                        }
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** Marks a cell as merged down: CONTINUE below, RESTART at the top unless it already continues. */
    private static void vMerge(XWPFTableCell cell, STMerge.Enum value) {
        CTTcPr properties = cell.getCTTc().getTcPr() == null ? cell.getCTTc().addNewTcPr() : cell.getCTTc().getTcPr();
        if (value == null) {
            if (properties.getVMerge() == null) {
                properties.addNewVMerge().setVal(STMerge.RESTART);
            }
            return;
        }
        (properties.getVMerge() == null ? properties.addNewVMerge() : properties.getVMerge()).setVal(value);
    }
}
