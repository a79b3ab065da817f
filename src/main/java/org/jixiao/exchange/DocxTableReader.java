package org.jixiao.exchange;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the tables of a Word document, in document order, into rows. A cell spanning columns
 * ({@code gridSpan}) fills its first grid column; a cell merged down ({@code vMerge}) gives its
 * value to the rows it covers. Several tables (one per page or per category) follow one another.
 */
final class DocxTableReader {

    private DocxTableReader() {
    }

    static List<SourceRow> read(XWPFDocument document, ImportLimits limits) {
        List<XWPFTable> tables = document.getTables();
        int total = tables.stream().mapToInt(t -> t.getRows().size()).sum();
        if (total > limits.maxRows()) {
            throw new ImportRejectedException(ImportProblem.TOO_MANY_ROWS,
                    "文档表格共 " + total + " 行，超过导入上限 " + limits.maxRows() + " 行：请只保留考评表后再导入");
        }
        List<SourceRow> rows = new ArrayList<>();
        int table = 0;
        int paragraph = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFTable t) {
                table++;
                rows.addAll(read(t, tables.size() > 1 ? "表格" + table : "表格"));
            } else if (element instanceof XWPFParagraph p) {
                paragraph++;
                if (!p.getText().isBlank()) {
                    // The title and 参评单位（盖章） line are paragraphs above the table.
                    rows.add(new SourceRow("段落", paragraph, List.of(CellText.clean(p.getText()))));
                }
            }
        }
        return rows;
    }

    private static List<SourceRow> read(XWPFTable table, String origin) {
        List<SourceRow> rows = new ArrayList<>();
        Map<Integer, String> above = new HashMap<>();
        int number = 0;
        for (XWPFTableRow row : table.getRows()) {
            number++;
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                int column = cells.size();
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = span(properties);
                String value;
                if (continuesMerge(properties)) {
                    value = above.getOrDefault(column, "");
                } else {
                    value = text(cell);
                }
                above.put(column, value);
                cells.add(CellText.clean(value));
                for (int i = 1; i < span; i++) {
                    above.put(cells.size(), "");
                    cells.add("");
                }
            }
            rows.add(new SourceRow(origin, number, cells));
        }
        return rows;
    }

    private static int span(CTTcPr properties) {
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        BigInteger value = properties.getGridSpan().getVal();
        return value == null ? 1 : Math.max(1, Math.min(value.intValue(), 64));
    }

    private static boolean continuesMerge(CTTcPr properties) {
        if (properties == null || properties.getVMerge() == null) {
            return false;
        }
        return properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE;
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
}
