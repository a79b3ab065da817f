package org.jixiao.exchange;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jixiao.table.TargetTable;

/**
 * Writes a target table as PDF in the official layout (the same rows and merged cells as the
 * Excel export), A4 landscape, header row repeated on every page, with an embedded CJK font.
 */
public final class PdfTableExporter {

    private final PdfFont font;

    public PdfTableExporter(PdfFont font) {
        this.font = font;
    }

    public static PdfTableExporter withDefaultFont() {
        return new PdfTableExporter(PdfFont.defaults());
    }

    public void write(TargetTable table, OutputStream out) throws IOException {
        font.requireInstalled();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(font.path().toFile(), font.family());
        builder.withHtmlContent(html(table), null);
        builder.toStream(out);
        builder.run();
    }

    String html(TargetTable table) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page { size: A4 landscape; margin: 12mm; }")
                .append("body { font-family: '").append(font.family()).append("'; font-size: 9pt; }")
                .append("h1 { font-size: 15pt; text-align: center; margin: 0 0 4mm 0; }")
                .append("table { width: 100%; border-collapse: collapse; table-layout: fixed; -fs-table-paginate: paginate; }")
                .append("th, td { border: 0.5pt solid #000; padding: 1mm; vertical-align: middle; word-wrap: break-word; }")
                .append("thead { display: table-header-group; } tr { page-break-inside: avoid; }")
                .append("td.n { text-align: center; } th { font-weight: bold; }")
                .append("</style></head><body>");
        html.append("<h1>").append(escape(OfficialLayout.title(table))).append("</h1>");
        html.append("<p>").append(escape(OfficialLayout.unitLine(table))).append("</p>");
        html.append("<table><colgroup>");
        for (int width : new int[] {8, 5, 14, 16, 22, 4, 7, 8, 6, 6, 6}) {
            html.append("<col style=\"width:").append(width).append("%\"/>");
        }
        html.append("</colgroup><thead><tr>");
        OfficialLayout.HEADER.forEach(h -> html.append("<th>").append(h).append("</th>"));
        html.append("</tr></thead><tbody>");
        List<OfficialLayout.Cell[]> rows = OfficialLayout.rows(table);
        for (OfficialLayout.Cell[] row : rows) {
            html.append("<tr>");
            for (OfficialLayout.Cell cell : row) {
                if (cell == null) {
                    continue;
                }
                html.append("<td").append(cell.number() != null ? " class=\"n\"" : "")
                        .append(cell.rowSpan() > 1 ? " rowspan=\"" + cell.rowSpan() + "\"" : "").append(">")
                        .append(escape(cell.text()).replace("\n", "<br/>")).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
